import { Button, Grid, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notify } from '../../app/notify';
import type { EmployeeDetail, EmployeeInput, EmployeeKind } from '@sim/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../app/api';
import { todayInWib } from '../../app/format';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { PositionSelect } from '../org/position-select';
import { displayNip, golonganOptions, parseNip } from './nip';
import { NipPreview } from './nip-preview';
import { useCreateEmployee, useEmployee, useUpdateEmployee } from './use-employees';

type Values = {
  nip: string;
  kind: EmployeeKind;
  frontTitle: string;
  name: string;
  backTitle: string;
  golongan: string | null;
  email: string;
  phone: string;
  positionId: number | null;
  startDate: string;
};

const blankToNull = (value: string) => value.trim() || null;

/** Create (/employees/new) or edit (/employees/:id/edit) an employee. */
export function EmployeeFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const employeeId = id ? Number(id) || -1 : null;
  const employee = useEmployee(employeeId);
  if (employeeId === null) return <EmployeeForm />;
  if (employee.isSuccess) return <EmployeeForm employee={employee.data} />;
  return (
    <>
      <PageHeader title={t('employees.detailTitle')} />
      {employee.isError ? (
        <ErrorState error={employee.error} onRetry={() => void employee.refetch()} />
      ) : (
        <LoadingState lines={10} />
      )}
    </>
  );
}

function EmployeeForm({ employee }: { employee?: EmployeeDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEmployee();
  const update = useUpdateEmployee(employee?.id ?? 0);
  const mutation = employee ? update : create;
  const isEdit = Boolean(employee);

  const form = useForm<Values>({
    initialValues: {
      nip: employee?.nip ?? '',
      kind: employee?.kind ?? 'PNS',
      frontTitle: employee?.frontTitle ?? '',
      name: employee?.name ?? '',
      backTitle: employee?.backTitle ?? '',
      golongan: employee?.golongan ?? null,
      email: employee?.email ?? '',
      phone: employee?.phone ?? '',
      positionId: null,
      startDate: todayInWib(),
    },
    validate: {
      nip: (value, values) => {
        if (isEdit) return null;
        const parsed = parseNip(value, todayInWib());
        if (!parsed.ok) return t(`employees.nipErrors.${parsed.error.code}`);
        return parsed.value.kind === values.kind
          ? null
          : t('employees.form.kindMismatch', { kind: parsed.value.kind });
      },
      name: (value) => (value.trim() ? null : t('validation.required')),
      email: (value) =>
        !value.trim() || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : t('validation.email'),
      phone: (value) =>
        !value.trim() || /^\+?[0-9 -]{6,20}$/.test(value.trim()) ? null : t('validation.phone'),
    },
  });

  const submit = form.onSubmit((values) => {
    const common = {
      name: values.name.trim(),
      frontTitle: blankToNull(values.frontTitle),
      backTitle: blankToNull(values.backTitle),
      golongan: values.golongan,
      email: blankToNull(values.email),
      phone: blankToNull(values.phone),
    };
    const onSuccess = (saved: EmployeeDetail) => {
      notify(t('employees.form.saved', { name: saved.fullName }));
      void navigate(`/employees/${saved.id}`);
    };
    const onError = (error: unknown) => {
      if (isApiError(error)) form.setErrors(error.fieldErrors());
    };
    if (employee) {
      update.mutate(common, { onSuccess, onError });
    } else {
      const body: EmployeeInput = {
        ...common,
        nip: values.nip.replace(/[\s.]/g, ''),
        kind: values.kind,
        positionId: values.positionId,
        ...(values.positionId ? { startDate: values.startDate } : {}),
      };
      create.mutate(body, { onSuccess, onError });
    }
  });

  const title = employee
    ? t('employees.form.editTitle', { name: employee.fullName })
    : t('employees.form.createTitle');

  return (
    <>
      <PageHeader title={title} />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg" maw={880}>
          <FormError error={mutation.error} />
          <Paper withBorder p="md">
            <Title order={2} fz="h4" mb="sm">
              {t('employees.form.identity')}
            </Title>
            <Grid gap="sm">
              <Grid.Col span={{ base: 12, sm: 8 }}>
                {employee ? (
                  <TextInput label={t('employees.fields.nip')} value={displayNip(employee.nip)} readOnly />
                ) : (
                  <TextInput
                    label={t('employees.fields.nip')}
                    description={t('employees.form.nipHint')}
                    required
                    inputMode="numeric"
                    autoComplete="off"
                    {...form.getInputProps('nip')}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      form.setFieldValue('nip', value);
                      const parsed = parseNip(value, todayInWib());
                      if (parsed.ok) form.setFieldValue('kind', parsed.value.kind);
                    }}
                  />
                )}
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <Select
                  label={t('employees.fields.kind')}
                  required
                  allowDeselect={false}
                  disabled={isEdit}
                  data={[
                    { value: 'PNS', label: 'PNS' },
                    { value: 'PPPK', label: 'PPPK' },
                  ]}
                  {...form.getInputProps('kind')}
                  onChange={(value) => {
                    form.setFieldValue('kind', value === 'PPPK' ? 'PPPK' : 'PNS');
                    form.setFieldValue('golongan', null);
                  }}
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <NipPreview nip={employee?.nip ?? form.values.nip} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 3 }}>
                <TextInput label={t('employees.fields.frontTitle')} {...form.getInputProps('frontTitle')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput label={t('employees.fields.name')} required {...form.getInputProps('name')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 3 }}>
                <TextInput label={t('employees.fields.backTitle')} {...form.getInputProps('backTitle')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select
                  label={t('employees.fields.golongan')}
                  data={golonganOptions(form.values.kind)}
                  searchable
                  clearable
                  nothingFoundMessage={t('common.nothingFound')}
                  {...form.getInputProps('golongan')}
                />
              </Grid.Col>
            </Grid>
          </Paper>

          <Paper withBorder p="md">
            <Title order={2} fz="h4" mb="sm">
              {t('employees.form.contact')}
            </Title>
            <Grid gap="sm">
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  label={t('employees.fields.email')}
                  type="email"
                  autoComplete="off"
                  {...form.getInputProps('email')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  label={t('employees.fields.phone')}
                  type="tel"
                  autoComplete="off"
                  {...form.getInputProps('phone')}
                />
              </Grid.Col>
            </Grid>
          </Paper>

          {!employee && (
            <Paper withBorder p="md">
              <Title order={2} fz="h4" mb="xs">
                {t('employees.form.placement')}
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                {t('employees.form.placementHint')}
              </Text>
              <Grid gap="sm">
                <Grid.Col span={{ base: 12, sm: 8 }}>
                  <PositionSelect
                    label={t('employees.fields.position')}
                    value={form.values.positionId}
                    onChange={(value) => form.setFieldValue('positionId', value)}
                    error={form.errors.positionId}
                    vacantOnly
                    clearable
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <TextInput
                    type="date"
                    label={t('employees.fields.startDate')}
                    disabled={!form.values.positionId}
                    {...form.getInputProps('startDate')}
                  />
                </Grid.Col>
              </Grid>
            </Paper>
          )}

          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {t('common.save')}
            </Button>
            <Button
              variant="default"
              onClick={() => void navigate(employee ? `/employees/${employee.id}` : '/employees')}
            >
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
