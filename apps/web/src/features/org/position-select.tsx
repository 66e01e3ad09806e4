import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePositions } from './use-org';

export type PositionOption = { id: number; label: string };

type PositionSelectProps = {
  label: string;
  value: number | null;
  onChange: (value: number | null, option: PositionOption | null) => void;
  /** Shown for the current value before a search has loaded it. */
  initialOption?: PositionOption | null;
  vacantOnly?: boolean;
  excludeId?: number;
  error?: React.ReactNode;
  required?: boolean;
  clearable?: boolean;
  description?: string;
};

/** Picks a position by searching the server (a city has too many to list at once). */
export function PositionSelect(props: PositionSelectProps) {
  const { label, value, onChange, initialOption, vacantOnly, excludeId, ...rest } = props;
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<PositionOption | null>(initialOption ?? null);
  // After a pick the input shows the option's label; that is not a search.
  const [debounced] = useDebouncedValue(picked && search === picked.label ? '' : search, 250);
  const positions = usePositions({
    q: debounced || undefined,
    vacant: vacantOnly ? 'true' : undefined,
    pageSize: 50,
  });

  const data = useMemo(() => {
    const options = (positions.data?.items ?? [])
      .filter((position) => position.id !== excludeId && position.isActive)
      .map((position) => ({
        value: String(position.id),
        label: `${position.name} — ${position.unitName}${position.holder ? '' : ` (${t('org.positions.vacant')})`}`,
      }));
    if (picked && !options.some((option) => option.value === String(picked.id))) {
      options.unshift({ value: String(picked.id), label: picked.label });
    }
    return options;
  }, [positions.data, picked, excludeId, t]);

  return (
    <Select
      label={label}
      data={data}
      value={value === null ? null : String(value)}
      onChange={(next, option) => {
        const chosen = next && option ? { id: Number(next), label: option.label } : null;
        setPicked(chosen);
        onChange(chosen?.id ?? null, chosen);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by the search text.
      filter={({ options }) => options}
      nothingFoundMessage={positions.isFetching ? t('common.loading') : t('common.nothingFound')}
      comboboxProps={{ withinPortal: true }}
      {...rest}
    />
  );
}
