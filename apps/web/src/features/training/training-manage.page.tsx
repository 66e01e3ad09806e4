import {
  Alert,
  Button,
  Card,
  Checkbox,
  Grid,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { TRAINING_FORMS, TRAINING_PROVIDERS, type TrainingForm, type TrainingProvider } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { FormError } from '../../components/form-error';
import { PageHeader } from '../../components/page-header';
import {
  useCreateProgramme,
  useCreateSession,
  useCreateTrainer,
  useProgrammes,
  useTrainers,
} from './use-training';

/** HR's screen: programmes, sessions (with an internal trainer) and the trainer registry. */
export function TrainingManagePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('training.manage.title')} description={t('training.manage.description')} />
      <Stack>
        <ProgrammeForm />
        <SessionForm />
        <TrainerRegistry />
      </Stack>
    </>
  );
}

function ProgrammeForm() {
  const { t } = useTranslation();
  const create = useCreateProgramme();
  const [v, setV] = useState({
    title: '',
    description: '',
    jp: '',
    form: 'KLASIKAL',
    provider: 'INTERNAL',
    cost: '',
  });
  const set = (k: keyof typeof v) => (e: { currentTarget: { value: string } }) =>
    setV((x) => ({ ...x, [k]: e.currentTarget.value }));
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('training.manage.newProgramme')}
        </Title>
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label={t('training.common.title')} required value={v.title} onChange={set('title')} />
          </Grid.Col>
          <Grid.Col span={{ base: 4, sm: 2 }}>
            <TextInput label="JP" inputMode="decimal" required value={v.jp} onChange={set('jp')} />
          </Grid.Col>
          <Grid.Col span={{ base: 8, sm: 4 }}>
            <NativeSelect
              label={t('training.catalogue.form')}
              value={v.form}
              onChange={set('form')}
              data={TRAINING_FORMS.map((f) => ({ value: f, label: t(`training.forms.${f}`) }))}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 4 }}>
            <NativeSelect
              label={t('training.catalogue.provider')}
              value={v.provider}
              onChange={set('provider')}
              data={TRAINING_PROVIDERS.map((p) => ({ value: p, label: t(`training.providers.${p}`) }))}
            />
          </Grid.Col>
          {v.provider === 'EXTERNAL' && (
            <Grid.Col span={{ base: 6, sm: 4 }}>
              <TextInput
                label={t('training.manage.cost')}
                inputMode="numeric"
                value={v.cost}
                onChange={set('cost')}
              />
            </Grid.Col>
          )}
          <Grid.Col span={12}>
            <Textarea
              label={t('training.manage.descriptionField')}
              value={v.description}
              onChange={set('description')}
            />
          </Grid.Col>
        </Grid>
        <FormError error={create.error} />
        {create.isSuccess && <Alert color="teal">{t('training.manage.created')}</Alert>}
        <Button
          style={{ alignSelf: 'flex-start' }}
          loading={create.isPending}
          onClick={() =>
            create.mutate({
              title: v.title,
              description: v.description || null,
              jp: Number(v.jp.replace(',', '.')),
              form: v.form as TrainingForm,
              provider: v.provider as TrainingProvider,
              costPerParticipant: v.provider === 'EXTERNAL' && v.cost ? Number(v.cost) : null,
            })
          }
        >
          {t('training.common.save')}
        </Button>
      </Stack>
    </Card>
  );
}

/** A datetime-local value (WIB wall clock) as an ISO instant with the +07:00 offset. */
const wib = (local: string) => (local ? `${local}:00+07:00` : '');

function SessionForm() {
  const { t } = useTranslation();
  const programmes = useProgrammes();
  const trainers = useTrainers();
  const create = useCreateSession();
  const [v, setV] = useState({
    programmeId: '',
    titleSuffix: '',
    startsAt: '',
    endsAt: '',
    location: '',
    onlineUrl: '',
    capacity: '20',
    minutes: '',
    passMark: '',
    trainer: '',
  });
  const [open, setOpen] = useState(true);
  const set = (k: keyof typeof v) => (e: { currentTarget: { value: string } }) =>
    setV((x) => ({ ...x, [k]: e.currentTarget.value }));
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('training.manage.newSession')}
        </Title>
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <NativeSelect
              label={t('training.manage.programme')}
              required
              value={v.programmeId}
              onChange={set('programmeId')}
              data={[
                { value: '', label: '—' },
                ...(programmes.data?.items ?? []).map((p) => ({ value: String(p.id), label: p.title })),
              ]}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('training.manage.titleSuffix')}
              value={v.titleSuffix}
              onChange={set('titleSuffix')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              type="datetime-local"
              label={t('training.manage.startsAt')}
              required
              value={v.startsAt}
              onChange={set('startsAt')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              type="datetime-local"
              label={t('training.manage.endsAt')}
              required
              value={v.endsAt}
              onChange={set('endsAt')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label={t('training.manage.location')} value={v.location} onChange={set('location')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('training.manage.onlineUrl')}
              type="url"
              value={v.onlineUrl}
              onChange={set('onlineUrl')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 4, sm: 2 }}>
            <TextInput
              label={t('training.manage.capacity')}
              inputMode="numeric"
              required
              value={v.capacity}
              onChange={set('capacity')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 8, sm: 4 }}>
            <TextInput
              label={t('training.manage.minutes')}
              inputMode="numeric"
              value={v.minutes}
              onChange={set('minutes')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('training.manage.passMark')}
              inputMode="numeric"
              value={v.passMark}
              onChange={set('passMark')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <NativeSelect
              label={t('training.manage.trainer')}
              value={v.trainer}
              onChange={set('trainer')}
              data={[
                { value: '', label: '—' },
                ...(trainers.data?.items ?? [])
                  .filter((x) => x.isActive)
                  .map((x) => ({ value: String(x.employeeId), label: x.employeeName })),
              ]}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <Checkbox
              label={t('training.manage.openSession')}
              checked={open}
              onChange={(e) => setOpen(e.currentTarget.checked)}
            />
          </Grid.Col>
        </Grid>
        <FormError error={create.error} />
        {create.isSuccess && <Alert color="teal">{t('training.manage.created')}</Alert>}
        <Button
          style={{ alignSelf: 'flex-start' }}
          loading={create.isPending}
          onClick={() =>
            create.mutate({
              programmeId: Number(v.programmeId),
              titleSuffix: v.titleSuffix || null,
              startsAt: wib(v.startsAt),
              endsAt: wib(v.endsAt),
              location: v.location || null,
              onlineUrl: v.onlineUrl || null,
              capacity: Number(v.capacity),
              status: open ? 'OPEN' : 'PLANNED',
              durationMinutes: v.minutes ? Number(v.minutes) : null,
              postTestPassMark: v.passMark ? Number(v.passMark) : null,
              trainers: v.trainer ? [{ employeeId: Number(v.trainer) }] : [],
            })
          }
        >
          {t('training.common.save')}
        </Button>
      </Stack>
    </Card>
  );
}

function TrainerRegistry() {
  const { t } = useTranslation();
  const trainers = useTrainers();
  const create = useCreateTrainer();
  const [employeeId, setEmployeeId] = useState('');
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('training.manage.trainers')}
        </Title>
        <DataTable
          caption={t('training.manage.trainers')}
          columns={[
            {
              key: 'name',
              header: t('training.common.employee'),
              render: (x) => `${x.employeeName} (${x.nip})`,
            },
            { key: 'position', header: '', hiddenHeader: true, render: (x) => x.positionName ?? '—' },
            {
              key: 'competencies',
              header: t('training.catalogue.competencies'),
              render: (x) => x.competencies.map((c) => c.name).join(', ') || '—',
            },
          ]}
          rows={trainers.data?.items ?? []}
          rowKey={(x) => x.id}
          minWidth={520}
        />
        <Text size="sm">{t('training.manage.newTrainer')}</Text>
        <TextInput
          label={t('training.manage.employeeId')}
          inputMode="numeric"
          value={employeeId}
          onChange={(e) => setEmployeeId(e.currentTarget.value)}
        />
        <FormError error={create.error} />
        <Button
          style={{ alignSelf: 'flex-start' }}
          loading={create.isPending}
          onClick={() => create.mutate({ employeeId: Number(employeeId) })}
        >
          {t('training.common.save')}
        </Button>
      </Stack>
    </Card>
  );
}
