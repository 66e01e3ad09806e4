import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUsers } from '../users/use-users';

type ActorSelectProps = { label: string; value: number | null; onChange: (value: number | null) => void };

/** Picks the user who acted, searching accounts by name or username. */
export function ActorSelect({ label, value, onChange }: ActorSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const [debounced] = useDebouncedValue(picked && search === picked.label ? '' : search.trim(), 250);
  const users = useUsers({ q: debounced || undefined, page: 1, pageSize: 20 });
  const data = useMemo(() => {
    const options = (users.data?.items ?? []).map((u) => ({
      value: String(u.id),
      label: `${u.displayName} (${u.username})`,
    }));
    if (picked && !options.some((o) => o.value === picked.value)) options.unshift(picked);
    return options;
  }, [users.data, picked]);

  return (
    <Select
      label={label}
      data={data}
      value={value === null ? null : String(value)}
      onChange={(next, option) => {
        setPicked(next && option ? { value: next, label: option.label } : null);
        onChange(next ? Number(next) : null);
      }}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      placeholder={t('common.all')}
      nothingFoundMessage={users.isError ? t('audit.actorUnavailable') : t('common.nothingFound')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
