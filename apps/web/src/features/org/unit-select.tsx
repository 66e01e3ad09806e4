import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from './use-org';

type UnitSelectProps = {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  /** Units that may not be picked (a unit and its descendants when choosing its parent). */
  exclude?: Set<number>;
  error?: React.ReactNode;
  required?: boolean;
  clearable?: boolean;
  placeholder?: string;
  description?: string;
};

/** Picks a unit from the whole tree, shown indented by depth. */
export function UnitSelect({ label, value, onChange, exclude, ...rest }: UnitSelectProps) {
  const { t } = useTranslation();
  const units = useUnits();
  const depthById = useMemo(
    () => new Map(units.flat.map((unit) => [String(unit.id), unit.depth])),
    [units.flat],
  );
  const data = useMemo(
    () =>
      units.flat
        .filter((unit) => !exclude?.has(unit.id))
        .map((unit) => ({ value: String(unit.id), label: unit.name })),
    [units.flat, exclude],
  );
  return (
    <Select
      label={label}
      data={data}
      value={value === null ? null : String(value)}
      onChange={(next) => onChange(next ? Number(next) : null)}
      searchable
      nothingFoundMessage={t('common.nothingFound')}
      disabled={units.isPending}
      renderOption={({ option }) => (
        <span style={{ paddingLeft: (depthById.get(option.value) ?? 0) * 12 }}>{option.label}</span>
      )}
      comboboxProps={{ withinPortal: true }}
      {...rest}
    />
  );
}
