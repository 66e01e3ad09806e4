import { Anchor, Checkbox, Grid, NativeSelect, Stack, Textarea, Title } from '@mantine/core';
import {
  TRAINING_PROVIDERS,
  type TrainingForm,
  type TrainingProgramme,
  type TrainingProvider,
  type TrainingTrainer,
} from '@sim/contracts';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, todayInWib } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { AppModal } from '../../components/app-modal';
import { DataTable, type Column } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import {
  CompetencyMultiSelect,
  editColumn,
  EmployeeSelect,
  FormCard,
  TextCol,
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

/** The "active" switch of an edited registry entry (a new one starts active). */
function ActiveCol({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Grid.Col span={12}>
      <Checkbox
        label={t('training.manage.active')}
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
    </Grid.Col>
  );
}

const names = (items: { name: string }[]) => items.map((c) => c.name).join(', ') || '—';

/**
 * A registry HR keeps (programmes, trainers): its table, the name marked when no longer active, and an edit button
 * per row that opens the row's form in a modal titled with its name.
 */
function Registry<T extends { id: number; isActive: boolean }>(props: {
  title: string;
  rows: T[];
  name: { key: string; header: string; render: (row: T) => string };
  columns: Column<T>[];
  nameOf: (row: T) => string;
  editTitle: string;
  editForm: (row: T, close: () => void) => ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<T | null>(null);
  const close = () => setEditing(null);
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {props.title}
      </Title>
      <DataTable<T>
        caption={props.title}
        rows={props.rows}
        rowKey={(row) => row.id}
        minWidth={560}
        columns={[
          {
            key: props.name.key,
            header: props.name.header,
            rowHeader: true,
            render: (row) => (
              <>
                {props.name.render(row)}{' '}
                {!row.isActive && <StatusBadge tone="neutral">{t('training.manage.inactive')}</StatusBadge>}
              </>
            ),
          },
          ...props.columns,
          editColumn<T>(t('training.manage.edit'), props.nameOf, setEditing),
        ]}
      />
      {props.children}
      <AppModal
        opened={editing !== null}
        onClose={close}
        title={`${props.editTitle}: ${editing ? props.nameOf(editing) : ''}`}
        size="lg"
      >
        {editing && props.editForm(editing, close)}
      </AppModal>
    </Stack>
  );
}

function ProgrammeList() {
  const { t } = useTranslation();
  const programmes = useProgrammes(true);
  return (
    <Registry<TrainingProgramme>
      title={t('training.catalogue.programmes')}
      rows={programmes.data?.items ?? []}
      name={{ key: 'title', header: t('training.common.title'), render: (p) => p.title }}
      columns={[
        { key: 'jp', header: 'JP', align: 'right', render: (p) => p.jp },
        {
          key: 'competencies',
          header: t('training.catalogue.competencies'),
          render: (p) => names(p.competencies),
        },
      ]}
      nameOf={(p) => p.title}
      editTitle={t('training.manage.editProgramme')}
      editForm={(p, close) => <ProgrammeForm programme={p} onSaved={close} />}
    />
  );
}

/** A programme, new or edited: title, JP, form, provider, cost, description and the competencies it addresses. */
function ProgrammeForm({ programme, onSaved }: { programme?: TrainingProgramme; onSaved?: () => void }) {
  const { t } = useTranslation();
  const create = useCreateProgramme();
  const update = useUpdateProgramme();
  const save = programme ? update : create;
  const { values: v, field } = useTextFields({
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
      <TextCol label={t('training.common.title')} required {...field('title')} />
      <TextCol span={{ base: 4, sm: 2 }} label="JP" inputMode="decimal" required {...field('jp')} />
      <Grid.Col span={{ base: 8, sm: 4 }}>
        <TrainingFormSelect {...field('form')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <NativeSelect
          label={t('training.catalogue.provider')}
          {...field('provider')}
          data={TRAINING_PROVIDERS.map((p) => ({ value: p, label: t(`training.providers.${p}`) }))}
        />
      </Grid.Col>
      <TextCol
        span={{ base: 12, sm: 4 }}
        label={t('training.manage.providerName')}
        {...field('providerName')}
      />
      {external && (
        <TextCol
          span={{ base: 12, sm: 4 }}
          label={t('training.manage.cost')}
          inputMode="numeric"
          {...field('cost')}
        />
      )}
      <Grid.Col span={12}>
        <CompetencyMultiSelect
          label={t('training.manage.competenciesAddressed')}
          value={competencyIds}
          onChange={setCompetencyIds}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Textarea label={t('training.manage.descriptionField')} {...field('description')} />
      </Grid.Col>
      {programme && <ActiveCol checked={active} onChange={setActive} />}
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
  return (
    <Registry<TrainingTrainer>
      title={t('training.manage.trainers')}
      rows={trainers.data?.items ?? []}
      name={{
        key: 'name',
        header: t('training.common.employee'),
        render: (x) => `${x.employeeName} (${x.nip})`,
      }}
      columns={[
        { key: 'position', header: t('training.manage.position'), render: (x) => x.positionName ?? '—' },
        {
          key: 'competencies',
          header: t('training.manage.competenciesTaught'),
          render: (x) => names(x.competencies),
        },
      ]}
      nameOf={(x) => x.employeeName}
      editTitle={t('training.manage.editTrainer')}
      editForm={(x, close) => <TrainerForm trainer={x} onSaved={close} />}
    >
      <TrainerForm />
    </Registry>
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
      <TextCol
        span={12}
        label={t('training.manage.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      {trainer && <ActiveCol checked={active} onChange={setActive} />}
    </FormCard>
  );
}
