import { Anchor, Checkbox, Grid, NativeSelect, Stack, TextInput, Textarea, Title } from '@mantine/core';
import {
  TRAINING_PROVIDERS,
  type TrainingForm,
  type TrainingProgramme,
  type TrainingProvider,
  type TrainingTrainer,
} from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, todayInWib } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { AppModal } from '../../components/app-modal';
import { DataTable } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import {
  CompetencyMultiSelect,
  editColumn,
  EmployeeSelect,
  FormCard,
  TrainingFormSelect,
  useTextFields,
} from './training-form-parts';
import { SessionManageActions } from './training-session-actions';
import { SessionForm } from './training-session-form';
import {
  useCreateProgramme,
  useCreateTrainer,
  useProgrammes,
  useSessions,
  useTrainers,
  useUpdateProgramme,
  useUpdateTrainer,
} from './use-training';

/** HR's screen: programmes, sessions (edit, cancel) and the trainer registry, each with the competencies it covers. */
export function TrainingManagePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('training.manage.title')} description={t('training.manage.description')} />
      <Stack>
        <ProgrammeList />
        <ProgrammeForm />
        <SessionList />
        <SessionForm />
        <TrainerRegistry />
      </Stack>
    </>
  );
}

const names = (items: { name: string }[]) => items.map((c) => c.name).join(', ') || '—';

function ProgrammeList() {
  const { t } = useTranslation();
  const programmes = useProgrammes(true);
  const [editing, setEditing] = useState<TrainingProgramme | null>(null);
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('training.catalogue.programmes')}
      </Title>
      <DataTable<TrainingProgramme>
        caption={t('training.catalogue.programmes')}
        rows={programmes.data?.items ?? []}
        rowKey={(p) => p.id}
        minWidth={560}
        columns={[
          {
            key: 'title',
            header: t('training.common.title'),
            rowHeader: true,
            render: (p) => (
              <>
                {p.title}{' '}
                {!p.isActive && <StatusBadge tone="neutral">{t('training.manage.inactive')}</StatusBadge>}
              </>
            ),
          },
          { key: 'jp', header: 'JP', align: 'right', render: (p) => p.jp },
          {
            key: 'competencies',
            header: t('training.catalogue.competencies'),
            render: (p) => names(p.competencies),
          },
          editColumn<TrainingProgramme>(t('training.manage.edit'), (p) => p.title, setEditing),
        ]}
      />
      <AppModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={`${t('training.manage.editProgramme')}: ${editing?.title ?? ''}`}
        size="lg"
      >
        {editing && <ProgrammeForm programme={editing} onSaved={() => setEditing(null)} />}
      </AppModal>
    </Stack>
  );
}

/** A programme, new or edited: title, JP, form, provider, cost, description and the competencies it addresses. */
function ProgrammeForm({ programme, onSaved }: { programme?: TrainingProgramme; onSaved?: () => void }) {
  const { t } = useTranslation();
  const create = useCreateProgramme();
  const update = useUpdateProgramme();
  const save = programme ? update : create;
  const { values: v, set } = useTextFields({
    title: programme?.title ?? '',
    description: programme?.description ?? '',
    jp: programme ? String(programme.jp) : '',
    form: programme?.form ?? 'KLASIKAL',
    provider: programme?.provider ?? 'INTERNAL',
    providerName: programme?.providerName ?? '',
    cost: programme?.costPerParticipant != null ? String(programme.costPerParticipant) : '',
  });
  const [competencyIds, setCompetencyIds] = useState(programme?.competencies.map((c) => c.id) ?? []);
  const [active, setActive] = useState(programme?.isActive ?? true);
  const external = v.provider === 'EXTERNAL';
  const body = {
    title: v.title,
    description: v.description || null,
    jp: Number(v.jp.replace(',', '.')),
    form: v.form as TrainingForm,
    provider: v.provider as TrainingProvider,
    providerName: v.providerName || null,
    costPerParticipant: external && v.cost ? Number(v.cost) : null,
    competencyIds,
    isActive: active,
  };
  return (
    <FormCard
      title={programme ? t('training.manage.editProgramme') : t('training.manage.newProgramme')}
      order={programme ? 3 : 2}
      error={save.error}
      success={!programme && create.isSuccess && t('training.manage.created')}
      pending={save.isPending}
      submitLabel={t('training.common.save')}
      onSubmit={() =>
        programme
          ? update.mutate({ id: programme.id, ...body }, { onSuccess: () => onSaved?.() })
          : create.mutate(body)
      }
    >
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label={t('training.common.title')} required value={v.title} onChange={set('title')} />
      </Grid.Col>
      <Grid.Col span={{ base: 4, sm: 2 }}>
        <TextInput label="JP" inputMode="decimal" required value={v.jp} onChange={set('jp')} />
      </Grid.Col>
      <Grid.Col span={{ base: 8, sm: 4 }}>
        <TrainingFormSelect value={v.form} onChange={set('form')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <NativeSelect
          label={t('training.catalogue.provider')}
          value={v.provider}
          onChange={set('provider')}
          data={TRAINING_PROVIDERS.map((p) => ({ value: p, label: t(`training.providers.${p}`) }))}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput
          label={t('training.manage.providerName')}
          value={v.providerName}
          onChange={set('providerName')}
        />
      </Grid.Col>
      {external && (
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label={t('training.manage.cost')}
            inputMode="numeric"
            value={v.cost}
            onChange={set('cost')}
          />
        </Grid.Col>
      )}
      <Grid.Col span={12}>
        <CompetencyMultiSelect
          label={t('training.manage.competenciesAddressed')}
          value={competencyIds}
          onChange={setCompetencyIds}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Textarea
          label={t('training.manage.descriptionField')}
          value={v.description}
          onChange={set('description')}
        />
      </Grid.Col>
      {programme && (
        <Grid.Col span={12}>
          <Checkbox
            label={t('training.manage.active')}
            checked={active}
            onChange={(e) => setActive(e.currentTarget.checked)}
          />
        </Grid.Col>
      )}
    </FormCard>
  );
}

function SessionList() {
  const { t } = useTranslation();
  const language = useLanguage();
  const sessions = useSessions({ from: todayInWib() });
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('training.manage.sessions')}
      </Title>
      <DataTable
        caption={t('training.manage.sessions')}
        rows={sessions.data?.items ?? []}
        rowKey={(s) => s.id}
        minWidth={640}
        columns={[
          {
            key: 'title',
            header: t('training.common.title'),
            rowHeader: true,
            render: (s) => (
              <Anchor component={Link} to={`/pelatihan/sesi/${s.id}`}>
                {s.title}
              </Anchor>
            ),
          },
          {
            key: 'when',
            header: t('training.common.when'),
            render: (s) => formatDateTime(s.startsAt, language),
          },
          {
            key: 'status',
            header: t('training.common.status'),
            render: (s) => t(`training.sessionStatus.${s.status}`),
          },
          {
            key: 'seats',
            header: t('training.manage.seats'),
            align: 'right',
            render: (s) => `${s.seatsTaken}/${s.capacity}`,
          },
          {
            key: 'actions',
            header: t('training.manage.edit'),
            hiddenHeader: true,
            render: (s) => <SessionManageActions session={s} />,
          },
        ]}
      />
    </Stack>
  );
}

function TrainerRegistry() {
  const { t } = useTranslation();
  const trainers = useTrainers();
  const [editing, setEditing] = useState<TrainingTrainer | null>(null);
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('training.manage.trainers')}
      </Title>
      <DataTable<TrainingTrainer>
        caption={t('training.manage.trainers')}
        columns={[
          {
            key: 'name',
            header: t('training.common.employee'),
            rowHeader: true,
            render: (x) => (
              <>
                {x.employeeName} ({x.nip}){' '}
                {!x.isActive && <StatusBadge tone="neutral">{t('training.manage.inactive')}</StatusBadge>}
              </>
            ),
          },
          { key: 'position', header: t('training.manage.position'), render: (x) => x.positionName ?? '—' },
          {
            key: 'competencies',
            header: t('training.manage.competenciesTaught'),
            render: (x) => names(x.competencies),
          },
          editColumn<TrainingTrainer>(t('training.manage.edit'), (x) => x.employeeName, setEditing),
        ]}
        rows={trainers.data?.items ?? []}
        rowKey={(x) => x.id}
        minWidth={560}
      />
      <TrainerForm />
      <AppModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={`${t('training.manage.editTrainer')}: ${editing?.employeeName ?? ''}`}
        size="lg"
      >
        {editing && <TrainerForm trainer={editing} onSaved={() => setEditing(null)} />}
      </AppModal>
    </Stack>
  );
}

/** An internal trainer, new (an employee picked by name or NIP) or edited: the competencies they may teach. */
function TrainerForm({ trainer, onSaved }: { trainer?: TrainingTrainer; onSaved?: () => void }) {
  const { t } = useTranslation();
  const create = useCreateTrainer();
  const update = useUpdateTrainer();
  const save = trainer ? update : create;
  const [employeeId, setEmployeeId] = useState<number | null>(null);
  const [competencyIds, setCompetencyIds] = useState(trainer?.competencies.map((c) => c.id) ?? []);
  const [note, setNote] = useState(trainer?.note ?? '');
  const [active, setActive] = useState(trainer?.isActive ?? true);
  const body = { competencyIds, note: note || null, isActive: active };
  return (
    <FormCard
      title={trainer ? t('training.manage.editTrainer') : t('training.manage.newTrainer')}
      order={3}
      error={save.error}
      success={!trainer && create.isSuccess && t('training.manage.created')}
      pending={save.isPending}
      submitLabel={t('training.common.save')}
      onSubmit={() =>
        trainer
          ? update.mutate({ id: trainer.id, ...body }, { onSuccess: () => onSaved?.() })
          : create.mutate({ employeeId: employeeId ?? 0, ...body })
      }
    >
      {!trainer && (
        <Grid.Col span={12}>
          <EmployeeSelect label={t('training.common.employee')} value={employeeId} onChange={setEmployeeId} />
        </Grid.Col>
      )}
      <Grid.Col span={12}>
        <CompetencyMultiSelect
          label={t('training.manage.competenciesTaught')}
          value={competencyIds}
          onChange={setCompetencyIds}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <TextInput
          label={t('training.manage.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
      </Grid.Col>
      {trainer && (
        <Grid.Col span={12}>
          <Checkbox
            label={t('training.manage.active')}
            checked={active}
            onChange={(e) => setActive(e.currentTarget.checked)}
          />
        </Grid.Col>
      )}
    </FormCard>
  );
}
