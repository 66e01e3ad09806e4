import {
  Alert,
  Button,
  Card,
  Grid,
  MultiSelect,
  NativeSelect,
  Select,
  Stack,
  TextInput,
  Title,
  type GridColProps,
  type TextInputProps,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { TRAINING_FORMS } from '@sim/contracts';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../components/data-table';
import { FormError } from '../../components/form-error';
import { useEmployees } from '../employees/use-employees';
import { useCompetencies } from './use-competency';
// These parts use the training strings wherever they are mounted (the competency page's edit column too).
import './training.i18n';

// Pieces the training forms share (HR's programme, session and trainer forms, the employee's evidence upload, the
// session page's edit, assignment and material forms): one card shape, one way to keep text fields, one text cell of
// the form grid, one form select, one competency multi-select and one employee picker.

type TextEvent = { currentTarget: { value: string } };

/** Text-field state of a form: the values and, per key, the value and onChange an input or select takes. */
export function useTextFields<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState(initial);
  const field = (key: keyof T) => ({
    value: values[key],
    // The value is read at once: React clears the event's currentTarget before a state updater runs.
    onChange: (e: TextEvent) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [key]: value }));
    },
  });
  return { values, field };
}

/** A text input in a cell of a form's grid: the full width on a phone, half of it from the small breakpoint up. */
export function TextCol({
  span = { base: 12, sm: 6 },
  ...input
}: TextInputProps & { span?: GridColProps['span'] }) {
  return (
    <Grid.Col span={span}>
      <TextInput {...input} />
    </Grid.Col>
  );
}

/** A titled card holding a form's fields in a grid, its error, a success note and the submit button. */
export function FormCard(props: {
  title: string;
  /** Heading level: 2 for a card of its own on a page, 3 inside a section. */
  order?: 2 | 3;
  error: unknown;
  success?: string | false;
  pending: boolean;
  submitLabel: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const { title, order = 2, error, success, pending, submitLabel, onSubmit, children } = props;
  return (
    <Card withBorder>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <Stack gap="xs">
          <Title order={order} size={order === 2 ? 'h4' : 'h5'}>
            {title}
          </Title>
          <Grid gap="sm">{children}</Grid>
          <FormError error={error} />
          {success && <Alert color="teal">{success}</Alert>}
          <Button type="submit" loading={pending} style={{ alignSelf: 'flex-start' }}>
            {submitLabel}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

/** The training form (klasikal, e-learning, coaching, …) as a native select. */
export function TrainingFormSelect(props: { value: string; onChange: (e: TextEvent) => void }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('training.catalogue.form')}
      value={props.value}
      onChange={props.onChange}
      data={TRAINING_FORMS.map((f) => ({ value: f, label: t(`training.forms.${f}`) }))}
    />
  );
}

/** Competencies from the dictionary (active ones, plus any already chosen) as a searchable multi-select. */
export function CompetencyMultiSelect(props: {
  label: string;
  value: number[];
  onChange: (ids: number[]) => void;
}) {
  const { t } = useTranslation();
  const competencies = useCompetencies();
  const data = (competencies.data?.items ?? [])
    .filter((c) => c.isActive || props.value.includes(c.id))
    .map((c) => ({ value: String(c.id), label: `${c.name} (${t(`competency.kind.${c.kind}`)})` }));
  return (
    <MultiSelect
      label={props.label}
      data={data}
      value={props.value.map(String)}
      onChange={(ids) => props.onChange(ids.map(Number))}
      searchable
      clearable
      nothingFoundMessage={t('common.nothingFound')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/**
 * Picks an active employee by searching the server. The list is the actor's own scope (HR: everybody; a superior:
 * their team), so nobody is offered whom they cannot see; the server still decides who may be assigned.
 */
export function EmployeeSelect(props: {
  label: string;
  value: number | null;
  onChange: (id: number | null) => void;
  excludeId?: number | null;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  // After a pick the input shows the option's label; that is not a search.
  const [debounced] = useDebouncedValue(picked && search === picked.label ? '' : search, 250);
  const employees = useEmployees({
    q: debounced || undefined,
    status: 'active',
    sort: 'name',
    page: 1,
    pageSize: 30,
  });
  const data = useMemo(() => {
    const options = (employees.data?.items ?? [])
      .filter((e) => e.id !== props.excludeId)
      .map((e) => ({ value: String(e.id), label: `${e.fullName} — ${e.nip}` }));
    if (picked && !options.some((o) => o.value === picked.value)) options.unshift(picked);
    return options;
  }, [employees.data, props.excludeId, picked]);
  return (
    <Select
      label={props.label}
      data={data}
      value={props.value === null ? null : String(props.value)}
      onChange={(v, option) => {
        setPicked(v && option ? { value: v, label: option.label } : null);
        props.onChange(v ? Number(v) : null);
      }}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by the search text.
      filter={({ options }) => options}
      nothingFoundMessage={employees.isFetching ? t('common.loading') : t('common.nothingFound')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** A datetime-local value (WIB wall clock) as an ISO instant with the +07:00 offset. */
export const wibInstant = (local: string) => (local ? `${local}:00+07:00` : '');

/** An instant as the WIB wall clock a datetime-local input shows ("2026-12-10T08:00"). */
export const wibLocal = (iso: string) => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 16);

/** A table's last column: an "edit" button per row, named after the row for screen readers. */
export function editColumn<T>(
  label: string,
  nameOf: (row: T) => string,
  onEdit: (row: T) => void,
): Column<T> {
  return {
    key: 'edit',
    header: label,
    hiddenHeader: true,
    render: (row) => (
      <Button size="xs" variant="subtle" aria-label={`${label}: ${nameOf(row)}`} onClick={() => onEdit(row)}>
        {label}
      </Button>
    ),
  };
}
