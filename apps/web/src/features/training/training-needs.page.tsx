import {
  Anchor,
  Button,
  Card,
  Group,
  Select,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import type {
  CompetencyScope,
  TrainingNeed,
  TrainingNeedProgramme,
  TrainingNeedStatus,
} from '@sim/contracts';
import {
  COMPETENCY_SCOPES,
  isOneOf,
  LIVE_ENROLMENT_STATUSES,
  TRAINING_NEED_STATUSES,
} from '@sim/contracts/values';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCapabilities, useMe } from '../../app/auth/use-session';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { AppModal } from '../../components/app-modal';
import { ConfirmModal } from '../../components/confirm-modal';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { StatusBadge, type Tone } from '../../components/status-badge';
import { TrainingNeedSettingsForm } from './training-needs-settings';
import { useDecideNeed, useNeedSettings, useTrainingNeeds } from './use-competency';
import { useMyTraining, useRequestSeat } from './use-training';

const TONE: Record<TrainingNeedStatus, Tone> = {
  OPEN: 'attention',
  ACCEPTED: 'positive',
  DISMISSED: 'neutral',
};

/**
 * Kebutuhan Pelatihan: computed needs with their signal, records and matching sessions; the superior decides. With
 * `?scope=mine` ("Rekomendasi untuk saya", linked from Pelatihan saya) the employee reads their own needs and asks
 * for a seat in a recommended session straight from the recommendation.
 */
export function TrainingNeedsPage() {
  const { t } = useTranslation();
  const caps = useCapabilities();
  const me = useMe();
  // An account without an employee record (the HR admin) has no own or team scope: the server refuses them.
  const scopes: CompetencyScope[] = [
    ...(me.employeeId !== null ? (['mine', 'team'] as const) : []),
    ...(caps.competency.readAll ? (['all'] as const) : []),
  ];
  const [params, setParams] = useSearchParams();
  const asked = COMPETENCY_SCOPES.find((s) => s === params.get('scope'));
  const scope: CompetencyScope =
    asked && scopes.includes(asked) ? asked : scopes.includes('team') ? 'team' : (scopes[0] ?? 'team');
  const setScope = (s: CompetencyScope) => setParams({ scope: s }, { replace: true });
  const [status, setStatus] = useState<TrainingNeedStatus | undefined>('OPEN');
  const needs = useTrainingNeeds(scope, status);
  const [accepting, setAccepting] = useState<TrainingNeed | null>(null);
  const [dismissing, setDismissing] = useState<TrainingNeed | null>(null);
  const settings = useNeedSettings(caps.competency.manageNeedSettings);

  return (
    <>
      <PageHeader title={t('competency.needs.title')} description={t('competency.needs.description')} />
      <Group mb="md" align="flex-end" wrap="wrap">
        <SegmentedControl
          value={scope}
          onChange={(v) => setScope(v as CompetencyScope)}
          data={scopes.map((s) => ({ value: s, label: t(`competency.scope.${s}`) }))}
          aria-label={t('competency.needs.title')}
        />
        <Select
          label={t('competency.needs.statusFilter')}
          value={status ?? ''}
          onChange={(v) => setStatus(v ? (v as TrainingNeedStatus) : undefined)}
          data={[
            { value: '', label: t('competency.needs.all') },
            ...TRAINING_NEED_STATUSES.map((s) => ({ value: s, label: t(`competency.needs.status.${s}`) })),
          ]}
          w={180}
        />
      </Group>
      {needs.isPending ? (
        <LoadingState />
      ) : needs.isError ? (
        <ErrorState error={needs.error} onRetry={() => void needs.refetch()} />
      ) : (
        <Stack>
          {needs.data.pendingSignals.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('competency.needs.pending', {
                signals: needs.data.pendingSignals.map((s) => t(`competency.needs.signal.${s}`)).join(', '),
              })}
            </Text>
          )}
          {needs.data.items.length === 0 ? (
            <EmptyState title={t('competency.needs.empty')} />
          ) : (
            needs.data.items.map((n) => (
              <NeedCard
                key={`${n.employeeId}-${n.key}`}
                need={n}
                onAccept={() => setAccepting(n)}
                onDismiss={() => setDismissing(n)}
              />
            ))
          )}
        </Stack>
      )}
      {caps.competency.manageNeedSettings && settings.data && (
        <TrainingNeedSettingsForm settings={settings.data} />
      )}
      {accepting && <AcceptModal need={accepting} onClose={() => setAccepting(null)} />}
      {dismissing && <DismissModal need={dismissing} onClose={() => setDismissing(null)} />}
    </>
  );
}

function NeedCard({
  need,
  onAccept,
  onDismiss,
}: {
  need: TrainingNeed;
  onAccept: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const hasSession = need.programmes.some((p) => p.sessions.length > 0);
  return (
    <Card withBorder data-testid="training-need">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={2} size="h5">
          {need.employeeName} — {t(`competency.needs.signal.${need.signal}`)}
        </Title>
        <StatusBadge tone={TONE[need.status]}>{t(`competency.needs.status.${need.status}`)}</StatusBadge>
      </Group>
      <Text size="sm" mt={4}>
        {need.summary}
      </Text>
      <Group gap="sm" mt={4}>
        {need.links.map((l) => (
          <Anchor key={l.href} component={Link} to={l.href} size="sm">
            {l.label}
          </Anchor>
        ))}
      </Group>
      <Text size="sm" mt="xs">
        <b>{t('competency.needs.competencies')}:</b> {need.competencies.map((c) => c.name).join(', ')}
      </Text>
      <Text size="sm" fw={600} mt="xs">
        {t('competency.needs.programmes')}
      </Text>
      {need.programmes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('competency.needs.noProgramme')}
        </Text>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: '1.2em' }}>
          {need.programmes.map((p) => (
            <li key={p.id}>
              <Text size="sm">
                {p.title} ({t('competency.needs.jp', { jp: p.jp })})
                {p.sessions.length === 0 && `: ${t('competency.needs.noSession')}`}
              </Text>
              {p.sessions.length > 0 && <SessionList need={need} programme={p} />}
            </li>
          ))}
        </ul>
      )}
      {need.decision && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('competency.needs.decidedBy', {
            status: t(`competency.needs.status.${need.decision.decision}`),
            name: need.decision.decidedByName,
            date: formatDateTime(need.decision.decidedAt, language),
          })}
          {need.decision.reason ? ` — ${need.decision.reason}` : ''}
        </Text>
      )}
      {need.canDecide && need.status === 'OPEN' && (
        <Group mt="sm">
          <Button size="xs" onClick={onAccept} disabled={!hasSession}>
            {t('competency.needs.accept')}
          </Button>
          <Button size="xs" variant="default" onClick={onDismiss}>
            {t('competency.needs.dismiss')}
          </Button>
        </Group>
      )}
    </Card>
  );
}

/**
 * The upcoming sessions of a recommended programme, each linking to its page; on the employee's own need each has
 * a request button (or the seat's status once asked for), the request carrying the need as its note.
 */
function SessionList({ need, programme }: { need: TrainingNeed; programme: TrainingNeedProgramme }) {
  const language = useLanguage();
  const own = useMe().employeeId === need.employeeId;
  return (
    <Stack gap={4} mt={2}>
      {programme.sessions.map((s) => (
        <Group key={s.id} gap="xs" wrap="wrap">
          <Anchor component={Link} to={`/pelatihan/sesi/${s.id}`} size="sm">
            {s.title}, {formatDateTime(s.startsAt, language)}
          </Anchor>
          {own && <RequestFromNeed need={need} sessionId={s.id} sessionTitle={s.title} />}
        </Group>
      ))}
    </Stack>
  );
}

function RequestFromNeed({
  need,
  sessionId,
  sessionTitle,
}: {
  need: TrainingNeed;
  sessionId: number;
  sessionTitle: string;
}) {
  const { t } = useTranslation();
  const mine = useMyTraining();
  const request = useRequestSeat(sessionId);
  if (mine.isPending) return null;
  const enrolment = mine.data?.enrolments.find(
    (e) => e.sessionId === sessionId && isOneOf(LIVE_ENROLMENT_STATUSES, e.status),
  );
  if (enrolment)
    return (
      <StatusBadge tone={enrolment.status === 'REQUESTED' ? 'attention' : 'positive'}>
        {t(`training.enrolmentStatus.${enrolment.status}`)}
      </StatusBadge>
    );
  return (
    <>
      <Button
        size="compact-sm"
        loading={request.isPending}
        aria-label={`${t('competency.needs.request')}: ${sessionTitle}`}
        onClick={() =>
          request.mutate({
            note: t('competency.needs.requestNote', { summary: need.summary }).slice(0, 1000),
          })
        }
      >
        {t('competency.needs.request')}
      </Button>
      <FormError error={request.error} />
    </>
  );
}

function AcceptModal({ need, onClose }: { need: TrainingNeed; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const decide = useDecideNeed();
  const options = need.programmes.flatMap((p) =>
    p.sessions.map((s) => ({
      value: String(s.id),
      label: `${s.title} — ${formatDateTime(s.startsAt, language)}`,
    })),
  );
  const [sessionId, setSessionId] = useState<string | null>(options[0]?.value ?? null);
  return (
    <ConfirmModal
      opened
      title={t('competency.needs.acceptTitle')}
      message={
        <Select
          label={t('competency.needs.session')}
          data={options}
          value={sessionId}
          onChange={setSessionId}
          required
          comboboxProps={{ withinPortal: false }}
        />
      }
      confirmLabel={t('competency.needs.acceptConfirm')}
      loading={decide.isPending}
      error={decide.error}
      onClose={onClose}
      onConfirm={() => {
        if (!sessionId) return;
        decide.mutate(
          { employeeId: need.employeeId, key: need.key, decision: 'ACCEPTED', sessionId: Number(sessionId) },
          { onSuccess: onClose },
        );
      }}
    />
  );
}

function DismissModal({ need, onClose }: { need: TrainingNeed; onClose: () => void }) {
  const { t } = useTranslation();
  const decide = useDecideNeed();
  const [reason, setReason] = useState('');
  return (
    <AppModal opened onClose={onClose} title={t('competency.needs.dismissTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          decide.mutate(
            { employeeId: need.employeeId, key: need.key, decision: 'DISMISSED', reason },
            { onSuccess: onClose },
          );
        }}
      >
        <Stack>
          <Text size="sm">{need.summary}</Text>
          <Textarea
            label={t('competency.needs.reason')}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <FormError error={decide.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={decide.isPending}>
              {t('competency.needs.dismiss')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
