import type { ComplaintDetail } from '@sim/contracts';
import {
  Anchor,
  Button,
  Checkbox,
  Grid,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { COMPLEXITY_VALUES, REJECT_REASONS } from '@sim/contracts/values';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canOpen, useMe } from '../../app/auth/use-session';
import { formatDateTime, type Language } from '../../app/format';
import { notify } from '../../app/notify';
import { ErrorState } from '../../components/error-state';
import { FieldsList } from '../../components/fields-list';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { UnitSelect } from '../org/unit-select';
import { AttachmentThumbnails, MapLinks } from './complaint-media';
import { ResolutionPhotosPanel } from './resolution-photos-panel';
import { SlaCountdown } from './sla-countdown';
import { useAssignees, useComplaint, useComplaintStep } from './use-complaints';
import { useTimelineText } from './timeline-message';
import { withIdParam } from '../../app/with-id-param';

type Action = ComplaintDetail['actions'][number];

const STAFF_FILES = { kind: 'url', url: (id: number) => `/api/v1/complaints/attachments/${id}` } as const;

// The oversight team's part of an integrity complaint (issue 12 §4) loads only when it is shown.
const ComplaintOversightPanel = lazy(() => import('../oversight/complaint-oversight-panel'));

function ComplaintDetailView({ id }: { id: number }) {
  const timeline = useTimelineText();
  const { t, i18n } = useTranslation();
  const complaint = useComplaint(id);
  const me = useMe();
  if (complaint.isPending) return <LoadingState lines={8} />;
  if (complaint.isError)
    return <ErrorState error={complaint.error} onRetry={() => void complaint.refetch()} />;
  const c = complaint.data;
  const lang = i18n.language as Language;
  const eventLabel = (type: string) =>
    i18n.exists(`complaints.events.${type}`)
      ? t(`complaints.events.${type}` as 'complaints.events.DITERIMA')
      : type;

  return (
    <>
      <Anchor component={Link} to="/complaints" size="sm">
        ← {t('complaints.detail.back')}
      </Anchor>
      <PageHeader
        title={`${c.ticket} · ${c.categoryName}`}
        description={t(`complaints.statuses.${c.status}`)}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Paper withBorder p="md">
              <SlaCountdown sla={c.sla} />
              <Group gap={6} mt="sm">
                {c.isAnonymous && (
                  <StatusBadge tone="neutral">{t('complaints.detail.anonymous')}</StatusBadge>
                )}
                {c.isConfidential && (
                  <StatusBadge tone="neutral">{t('complaints.detail.confidential')}</StatusBadge>
                )}
                {c.isIntegrity && (
                  <StatusBadge tone="attention">{t('complaints.detail.integrity')}</StatusBadge>
                )}
                {c.wasBreached && <StatusBadge tone="danger">{t('complaints.queue.late')}</StatusBadge>}
              </Group>
              <Text mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {c.description}
              </Text>
              <FieldsList
                items={[
                  { label: t('complaints.detail.location'), value: `${c.address}, ${c.kelurahan}` },
                  ...(c.lat !== null && c.lng !== null
                    ? [{ label: t('complaints.media.gps'), value: <MapLinks lat={c.lat} lng={c.lng} /> }]
                    : []),
                  { label: t('complaints.detail.unit'), value: c.unitName ?? '—' },
                  {
                    label: t('complaints.queue.assignee'),
                    value: c.assigneeId ? (
                      <Anchor component={Link} to={`/complaints/stats?employeeId=${c.assigneeId}`}>
                        {c.assigneeName}
                      </Anchor>
                    ) : (
                      '—'
                    ),
                  },
                  {
                    label: t('complaints.detail.complexity'),
                    value: c.complexity
                      ? `${t(`complaints.complexities.${c.complexity}`)} (${t('complaints.sla.workingDaysShort', { count: c.resolutionDays ?? 0 })})`
                      : '—',
                  },
                  { label: t('complaints.queue.received'), value: formatDateTime(c.receivedAt, lang) },
                  ...(c.duplicateOfTicket
                    ? [
                        {
                          label: t('complaints.detail.flags'),
                          value: t('complaints.detail.duplicateOf', { ticket: c.duplicateOfTicket }),
                        },
                      ]
                    : []),
                  ...(c.mergedTickets.length > 0
                    ? [
                        {
                          label: t('complaints.detail.flags'),
                          value: t('complaints.detail.merged', { tickets: c.mergedTickets.join(', ') }),
                        },
                      ]
                    : []),
                  ...(c.rating !== null
                    ? [
                        {
                          label: t('complaints.detail.flags'),
                          value: `${t('complaints.detail.rating', { score: c.rating })} ${c.ratingComment ?? ''}`,
                        },
                      ]
                    : []),
                ]}
              />
            </Paper>
            <Paper withBorder p="md">
              <Title order={2} fz="h5" mb="xs">
                {t('complaints.detail.reporter')}
              </Title>
              {c.reporter ? (
                <FieldsList
                  items={[
                    { label: t('complaints.detail.name'), value: c.reporter.name ?? '—' },
                    { label: t('complaints.detail.phone'), value: c.reporter.phone ?? '—' },
                    { label: t('complaints.detail.email'), value: c.reporter.email ?? '—' },
                  ]}
                />
              ) : (
                <Text size="sm" c="dimmed">
                  {c.reporterHidden === 'ANONIM'
                    ? t('complaints.detail.reporterAnon')
                    : c.reporterHidden === 'DIANONIMKAN'
                      ? t('complaints.detail.reporterAnonymised')
                      : t('complaints.detail.reporterHidden')}
                </Text>
              )}
              {c.reporterHidden !== 'ANONIM' && canOpen(me, 'complaintPrivacy') && (
                <Anchor
                  component={Link}
                  to={`/complaints/data-pelapor?tiket=${encodeURIComponent(c.ticket)}`}
                  size="sm"
                  mt="xs"
                  display="inline-block"
                >
                  {t('complaints.detail.reporterExport')}
                </Anchor>
              )}
            </Paper>
            {c.actions.length > 0 && <ActionsPanel key={c.status} complaint={c} />}
            {c.actions.includes('RESOLVE') && <ResolutionPhotosPanel complaintId={c.id} />}
            {c.isIntegrity && canOpen(me, 'oversightInspections') && (
              <Suspense fallback={<LoadingState lines={2} />}>
                <ComplaintOversightPanel complaint={c} />
              </Suspense>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="md">
            <Title order={2} fz="h5" mb="sm">
              {t('complaints.detail.timeline')}
            </Title>
            <Timeline bulletSize={14} lineWidth={2}>
              {c.timeline.map((e) => (
                <Timeline.Item
                  key={e.id}
                  title={
                    <Group gap={6}>
                      <Text size="sm" fw={600}>
                        {timeline.actor(e)}
                      </Text>
                      <StatusBadge tone={e.isPublic ? 'info' : 'neutral'}>
                        {e.isPublic ? t('complaints.detail.public') : t('complaints.detail.internal')}
                      </StatusBadge>
                    </Group>
                  }
                >
                  <Text size="xs" c="dimmed">
                    {formatDateTime(e.at, lang)} · {eventLabel(e.type)}
                  </Text>
                  {/* An attachment event shows its files; its generated text would only repeat the name. */}
                  {timeline.message(e) && !(e.type === 'LAMPIRAN' && e.attachments.length > 0) && (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {timeline.message(e)}
                    </Text>
                  )}
                  <AttachmentThumbnails attachments={e.attachments} source={STAFF_FILES} />
                </Timeline.Item>
              ))}
            </Timeline>
          </Paper>
        </Grid.Col>
      </Grid>
    </>
  );
}

const ACTION_LABELS: Record<Action, string> = {
  VERIFY: 'verify',
  REJECT: 'reject',
  DISPOSITION: 'disposition',
  REASSIGN: 'reassign',
  NOTE: 'note',
  REQUEST_INFO: 'requestInfo',
  RESOLVE: 'resolve',
};

/** The step a role most likely takes next is selected first. */
const PRIMARY_ORDER: Action[] = [
  'VERIFY',
  'DISPOSITION',
  'RESOLVE',
  'NOTE',
  'REQUEST_INFO',
  'REASSIGN',
  'REJECT',
];

function ActionsPanel({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<Action>(
    PRIMARY_ORDER.find((a) => complaint.actions.includes(a)) ?? complaint.actions[0]!,
  );
  const current = complaint.actions.includes(action) ? action : complaint.actions[0]!;
  return (
    <Paper withBorder p="md">
      <SegmentedControl
        fullWidth
        orientation="vertical"
        value={current}
        onChange={(v) => setAction(v as Action)}
        data={complaint.actions.map((a) => ({
          value: a,
          label: t(`complaints.actions.${ACTION_LABELS[a]}` as 'complaints.actions.verify'),
        }))}
        mb="md"
      />
      <ActionForm key={`${current}-${complaint.status}`} action={current} complaint={complaint} />
    </Paper>
  );
}

function ActionForm({ action, complaint }: { action: Action; complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const step = useComplaintStep(complaint.id);
  const [text, setText] = useState('');
  // Superiors write internal notes only; the desk and the assignee write to the citizen by default (the server says).
  const canWritePublic = complaint.canWritePublicNote;
  const [isPublic, setIsPublic] = useState(canWritePublic);
  const [complexity, setComplexity] = useState<string | null>(complaint.complexity);
  const [reason, setReason] = useState<string | null>('TIDAK_LENGKAP');
  const [dupTicket, setDupTicket] = useState('');
  const [unitId, setUnitId] = useState<number | null>(complaint.unitId);
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const assignees = useAssignees(action === 'DISPOSITION' || action === 'REASSIGN' ? unitId : null);

  const submit = () => {
    const run = (path: string, body: object) =>
      step.mutate(
        { step: path, body },
        {
          onSuccess: () => {
            setText('');
            notify(t('complaints.actions.done'));
          },
        },
      );
    switch (action) {
      case 'VERIFY':
        return run('verification', {
          ...(complexity ? { complexity } : {}),
          ...(text ? { note: text } : {}),
        });
      case 'REJECT':
        return run('rejection', {
          reason,
          note: text,
          ...(dupTicket ? { duplicateOfTicket: dupTicket } : {}),
        });
      case 'DISPOSITION':
      case 'REASSIGN':
        return run(action === 'DISPOSITION' ? 'disposition' : 'reassignment', {
          unitId,
          assigneeEmployeeId: assigneeId ? Number(assigneeId) : undefined,
          ...(text ? { note: text } : {}),
        });
      case 'NOTE':
        return run('notes', { message: text, isPublic });
      case 'REQUEST_INFO':
        return run('information-requests', { message: text });
      case 'RESOLVE':
        return run('resolution', { message: text });
    }
  };

  const needsMessage = ['NOTE', 'REQUEST_INFO', 'RESOLVE', 'REJECT', 'REASSIGN'].includes(action);
  return (
    <Stack gap="sm">
      {action === 'VERIFY' && (
        <Select
          label={t('complaints.actions.complexity')}
          value={complexity}
          onChange={setComplexity}
          data={COMPLEXITY_VALUES.map((v) => ({
            value: v,
            label: t(`complaints.complexities.${v}`),
          }))}
        />
      )}
      {action === 'REJECT' && (
        <>
          <Select
            label={t('complaints.actions.reason')}
            value={reason}
            onChange={setReason}
            data={REJECT_REASONS.map((v) => ({
              value: v,
              label: t(`complaints.rejectReasons.${v}`),
            }))}
          />
          {reason === 'DUPLIKAT' && (
            <TextInput
              label={t('complaints.actions.duplicateTicket')}
              value={dupTicket}
              onChange={(e) => setDupTicket(e.currentTarget.value)}
              placeholder="KTP-2026-000001"
            />
          )}
        </>
      )}
      {(action === 'DISPOSITION' || action === 'REASSIGN') && (
        <>
          <UnitSelect
            label={t('complaints.actions.unit')}
            value={unitId}
            onChange={(v) => {
              setUnitId(v);
              setAssigneeId(null);
            }}
            required
          />
          <Select
            label={t('complaints.actions.assignee')}
            value={assigneeId}
            onChange={setAssigneeId}
            searchable
            required
            data={(assignees.data?.items ?? []).map((a) => ({
              value: String(a.employeeId),
              label: `${a.name} — ${a.positionName}`,
            }))}
          />
        </>
      )}
      <Textarea
        label={
          action === 'NOTE' || action === 'REQUEST_INFO' || action === 'RESOLVE'
            ? t('complaints.actions.message')
            : needsMessage
              ? t('complaints.actions.reason')
              : t('complaints.actions.note_')
        }
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={3}
        required={needsMessage}
      />
      {action === 'NOTE' && canWritePublic && (
        <Checkbox
          label={t('complaints.actions.isPublic')}
          checked={isPublic}
          onChange={(e) => setIsPublic(e.currentTarget.checked)}
        />
      )}
      <FormError error={step.error} />
      <Group>
        <Button onClick={submit} loading={step.isPending}>
          {t(`complaints.actions.${ACTION_LABELS[action]}` as 'complaints.actions.verify')}
        </Button>
      </Group>
    </Stack>
  );
}

export const ComplaintDetailPage = withIdParam(ComplaintDetailView);
