import {
  Anchor,
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { DeadlineStatus, SkpSummary } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../app/api';
import { useMe } from '../../app/auth/use-session';
import { formatDate } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { notify } from '../../app/notify';
import { AppModal } from '../../components/app-modal';
import { ConfirmModal } from '../../components/confirm-modal';
import { DataTable, type Column } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { PlusIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { PredikatBadge, SkpStatusBadge, usePeriodName, YearSelect } from './performance-display';
import {
  useCreateSkp,
  useDeadlines,
  useOpenYear,
  usePendingObjections,
  useSkps,
  useYears,
} from './use-performance';

/**
 * The starting point of performance management: the employee's own SKP for the chosen year, the team's SKPs for a
 * superior (everybody's for the Pimpinan and Admin), objections waiting for a decision, and — for the Admin — opening
 * a performance year.
 */
export function SkpHomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const years = useYears();
  const [chosen, setChosen] = useState<number | undefined>();
  const [opening, setOpening] = useState(false);
  const yearId = chosen ?? years.data?.items[0]?.id;
  const isAdmin = me.capabilities.performance.manageYears;
  const seesAll = me.capabilities.performance.readAllSkp;

  if (years.isPending) return <LoadingState />;
  if (years.isError) return <ErrorState error={years.error} onRetry={() => void years.refetch()} />;

  return (
    <>
      <PageHeader
        title={t('performance.home.title')}
        description={t('performance.home.description')}
        actions={
          isAdmin && (
            <Button leftSection={<PlusIcon />} onClick={() => setOpening(true)}>
              {t('performance.home.openYear')}
            </Button>
          )
        }
      />
      {years.data.items.length === 0 ? (
        <EmptyState title={t('performance.home.noYear')} />
      ) : (
        <Stack gap="lg">
          <YearSelect years={years.data.items} value={yearId} onChange={setChosen} />
          {me.employeeId !== null && yearId !== undefined && <MySkpCard yearId={yearId} />}
          {yearId !== undefined && <DeadlinesCard yearId={yearId} />}
          {me.employeeId !== null && <ObjectionsCard />}
          {yearId !== undefined && <SkpListCard yearId={yearId} scope="team" />}
          {seesAll && yearId !== undefined && <SkpListCard yearId={yearId} scope="all" />}
        </Stack>
      )}
      <OpenYearModal opened={opening} onClose={() => setOpening(false)} />
    </>
  );
}

function MySkpCard({ yearId }: { yearId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mine = useSkps(yearId, 'mine');
  const create = useCreateSkp();
  const [confirming, setConfirming] = useState(false);
  // After a transfer the newest SKP of the year (the current position's) is the one to work on.
  const skp = mine.data?.items.filter((s) => s.yearId === yearId).at(-1);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('performance.home.mine')}
      </Title>
      {mine.isPending ? (
        <LoadingState lines={1} />
      ) : skp && skp.isCurrentPosition ? (
        <Group justify="space-between">
          <Group gap="sm">
            <SkpStatusBadge status={skp.status} />
            <Text size="sm">{t('performance.skp.version', { version: skp.version })}</Text>
            <PredikatBadge predikat={skp.latestPredikat} />
          </Group>
          <Button component={Link} to={`/kinerja/skp/${skp.id}`}>
            {t('performance.home.open')}
          </Button>
        </Group>
      ) : (
        <Stack align="flex-start">
          <Text size="sm">{skp ? t('performance.home.transferred') : t('performance.home.noSkp')}</Text>
          {skp && (
            <Anchor component={Link} to={`/kinerja/skp/${skp.id}`} size="sm">
              {t('performance.home.previous')}
            </Anchor>
          )}
          <Button onClick={() => setConfirming(true)}>{t('performance.home.start')}</Button>
          {/* An SKP cannot be deleted once made, so starting one is confirmed (issue 10 §3). */}
          <ConfirmModal
            opened={confirming}
            title={t('performance.home.start')}
            message={t('performance.home.startConfirm')}
            confirmLabel={t('performance.home.start')}
            loading={create.isPending}
            error={create.error}
            onClose={() => {
              setConfirming(false);
              create.reset();
            }}
            onConfirm={() =>
              create.mutate(yearId, { onSuccess: (created) => void navigate(`/kinerja/skp/${created.id}`) })
            }
          />
        </Stack>
      )}
    </Card>
  );
}

function SkpListCard({ yearId, scope }: { yearId: number; scope: 'team' | 'all' }) {
  const { t } = useTranslation();
  const list = useSkps(yearId, scope);
  const columns: Column<SkpSummary>[] = [
    {
      key: 'employee',
      header: t('performance.home.employee'),
      render: (s) => (
        <Stack gap={0}>
          <Anchor component={Link} to={`/kinerja/skp/${s.id}`} fw={600}>
            {s.employee.fullName}
          </Anchor>
          <Text size="xs" c="dimmed">
            {s.employee.positionName ?? '—'}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'status',
      header: t('performance.home.status'),
      render: (s) => <SkpStatusBadge status={s.status} />,
    },
    {
      key: 'predikat',
      header: t('performance.home.latest'),
      render: (s) => <PredikatBadge predikat={s.latestPredikat} />,
    },
  ];
  const title = scope === 'team' ? t('performance.home.team') : t('performance.home.all');
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {list.isPending ? (
        <LoadingState lines={3} />
      ) : list.isError ? (
        <ErrorState error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('performance.home.noTeam')}
        </Text>
      ) : (
        <DataTable caption={title} columns={columns} rows={list.data.items} rowKey={(s) => s.id} />
      )}
    </Card>
  );
}

/** The overdue list stays short on the home page; the rest is counted. */
const OVERDUE_SHOWN = 10;

type OverdueItem = DeadlineStatus['overdue'][number];

/**
 * In-app reminders of deadlines in the coming days and what is already late in the viewer's scope, split into what
 * the viewer must do and what waits for someone else (named on each line).
 */
function DeadlinesCard({ yearId }: { yearId: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const periodName = usePeriodName();
  const status = useDeadlines(yearId);
  if (!status.data || (status.data.upcoming.length === 0 && status.data.overdue.length === 0)) return null;
  const mine = status.data.overdue.filter((o) => o.isMine);
  const others = status.data.overdue.filter((o) => !o.isMine);
  return (
    <Card withBorder>
      <Stack gap="sm">
        {status.data.upcoming.length > 0 && (
          <div>
            <Title order={2} size="h4" mb="xs">
              {t('performance.home.upcoming')}
            </Title>
            <List size="sm">
              {status.data.upcoming.map((d) => (
                <List.Item key={d.label}>
                  {t(`performance.home.deadlineKinds.${d.kind}`, { period: periodName(d.periodLabel ?? '') })}
                  : {formatDate(d.dueDate, language)} ({t('performance.home.daysLeft', { count: d.daysLeft })}
                  )
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {mine.length > 0 && (
          <OverdueList
            title={`${t('performance.home.overdue')} — ${t('performance.home.overdueMine')}`}
            items={mine}
          />
        )}
        {others.length > 0 && (
          <OverdueList
            title={`${t('performance.home.overdue')} — ${t('performance.home.overdueOthers')}`}
            hint={t('performance.home.overdueOthersHint')}
            items={others}
          />
        )}
      </Stack>
    </Card>
  );
}

function OverdueList({ title, hint, items }: { title: string; hint?: string; items: OverdueItem[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const periodName = usePeriodName();
  return (
    <section aria-label={title}>
      <Title order={2} size="h4" mb={hint ? 0 : 'xs'}>
        {title}
      </Title>
      {hint && (
        <Text size="sm" c="dimmed" mb="xs">
          {hint}
        </Text>
      )}
      <List size="sm">
        {items.slice(0, OVERDUE_SHOWN).map((o) => (
          <List.Item key={`${o.kind}:${o.employee.employeeId}:${o.label}`}>
            {o.skpId !== null ? (
              <Anchor component={Link} to={`/kinerja/skp/${o.skpId}`}>
                {o.employee.fullName}
              </Anchor>
            ) : (
              o.employee.fullName
            )}{' '}
            — {t(`performance.home.overdueKinds.${o.kind}`, { period: periodName(o.periodLabel ?? '') })} (
            {t('performance.home.dueOn', { date: formatDate(o.dueDate, language) })})
            {!o.isMine && (
              <Text span size="sm" c="dimmed">
                {' — '}
                {o.responsible
                  ? t('performance.home.mustAct', {
                      name: o.responsible.positionName
                        ? `${o.responsible.fullName} (${o.responsible.positionName})`
                        : o.responsible.fullName,
                    })
                  : t('performance.home.noRater')}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
      {items.length > OVERDUE_SHOWN && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('performance.home.more', { count: items.length - OVERDUE_SHOWN })}
        </Text>
      )}
    </section>
  );
}

function ObjectionsCard() {
  const { t } = useTranslation();
  const periodName = usePeriodName();
  const language = useLanguage();
  const pending = usePendingObjections();
  if (!pending.data || pending.data.items.length === 0) return null;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('performance.home.objections')}
      </Title>
      <Stack gap="xs">
        {pending.data.items.map((o) => (
          <Group key={o.id} justify="space-between">
            <Text size="sm">
              {o.employee.fullName} — {periodName(o.periodLabel)} ({formatDate(o.createdAt, language)}):{' '}
              {o.reason}
              {o.isExternal && ` (${t('performance.evaluation.external')})`}
            </Text>
            <Button size="xs" component={Link} to={`/kinerja/skp/${o.skpId}?tab=evaluation`}>
              {t('performance.evaluation.decide')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

function OpenYearModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const open = useOpenYear();
  const [year, setYear] = useState<number | string>(new Date().getFullYear() + 1);
  const [scheme, setScheme] = useState('QUARTERLY');
  const [skpSubmission, setSkpSubmission] = useState('');
  const [skpApproval, setSkpApproval] = useState('');
  const [annualEvaluation, setAnnualEvaluation] = useState('');
  const [objectionDays, setObjectionDays] = useState<number | string>(14);
  const [periodicEvaluationDays, setPeriodicEvaluationDays] = useState<number | string>(10);
  const fieldErrors = isApiError(open.error) ? open.error.fieldErrors() : {};
  const submit = () =>
    open.mutate(
      {
        year: Number(year),
        scheme,
        deadlines: {
          skpSubmission: skpSubmission || null,
          skpApproval: skpApproval || null,
          annualEvaluation: annualEvaluation || null,
          objectionDays: Number(objectionDays),
          periodicEvaluationDays: Number(periodicEvaluationDays),
        },
      },
      {
        onSuccess: () => {
          notify(t('performance.year.opened'));
          onClose();
        },
      },
    );
  return (
    <AppModal opened={opened} onClose={onClose} title={t('performance.year.title')}>
      <Stack>
        <FormError error={Object.keys(fieldErrors).length === 0 ? open.error : null} />
        <NumberInput
          label={t('performance.year.year')}
          value={year}
          onChange={setYear}
          error={fieldErrors.year}
        />
        <NativeSelect
          label={t('performance.year.scheme')}
          value={scheme}
          onChange={(e) => setScheme(e.currentTarget.value)}
          data={(['QUARTERLY', 'MONTHLY', 'SEMESTER'] as const).map((s) => ({
            value: s,
            label: t(`performance.scheme.${s}`),
          }))}
          error={fieldErrors.scheme}
        />
        <TextInput
          type="date"
          label={t('performance.year.skpSubmission')}
          value={skpSubmission}
          onChange={(e) => setSkpSubmission(e.currentTarget.value)}
          error={fieldErrors['deadlines.skpSubmission']}
        />
        <TextInput
          type="date"
          label={t('performance.year.skpApproval')}
          value={skpApproval}
          onChange={(e) => setSkpApproval(e.currentTarget.value)}
          error={fieldErrors['deadlines.skpApproval']}
        />
        <TextInput
          type="date"
          label={t('performance.year.annualEvaluation')}
          value={annualEvaluation}
          onChange={(e) => setAnnualEvaluation(e.currentTarget.value)}
          error={fieldErrors['deadlines.annualEvaluation']}
        />
        <NumberInput
          label={t('performance.year.objectionDays')}
          value={objectionDays}
          onChange={setObjectionDays}
          min={1}
          max={90}
        />
        <NumberInput
          label={t('performance.year.periodicEvaluationDays')}
          value={periodicEvaluationDays}
          onChange={setPeriodicEvaluationDays}
          min={1}
          max={90}
        />
        <Button onClick={submit} loading={open.isPending}>
          {t('performance.year.save')}
        </Button>
      </Stack>
    </AppModal>
  );
}
