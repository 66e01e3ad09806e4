import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Grid,
  Group,
  List,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import type { TrainingEnrolment, TrainingSession } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../app/format';
import { useMe } from '../../app/auth/use-session';
import { useLanguage } from '../../app/i18n';
import { ConfirmModal } from '../../components/confirm-modal';
import { DataTable } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { useEmployees } from '../employees/use-employees';
import { EmployeeSelect, FormCard } from './training-form-parts';
import { SessionManageActions } from './training-session-actions';
import {
  trainingFileUrl,
  useAssignEmployee,
  useCancelEnrolment,
  useMyTraining,
  useRemoveMaterial,
  useRequestSeat,
  useSendFeedback,
  useSession,
  useSessionEnrolments,
  useUploadMaterial,
} from './use-training';
import { withIdParam } from '../../app/with-id-param';

/** A session: when, where, trainers, materials; request or cancel a seat; calendar file; feedback afterwards. */
function TrainingSessionView({ id }: { id: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const session = useSession(id);
  if (session.isPending) return <LoadingState lines={6} />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  const s = session.data;
  const live = s.status !== 'CANCELLED' && !s.completedAt;
  return (
    <>
      <PageHeader
        title={s.title}
        description={`${t(`training.forms.${s.form}`)} · ${t('training.common.jp', { n: s.jp })}`}
      />
      <Stack>
        {s.status === 'CANCELLED' && (
          <Alert color="red" variant="light" title={t('training.session.cancelled')}>
            {s.cancelReason}
          </Alert>
        )}
        <Card withBorder>
          <Stack gap="xs">
            <Group gap="xs">
              <Badge variant="light" color="blue.9">
                {t(`training.sessionStatus.${s.status}`)}
              </Badge>
              <Text size="sm">{t('training.common.seatsLeft', { n: s.seatsLeft })}</Text>
            </Group>
            <Text>
              {formatDateTime(s.startsAt, language)} – {formatDateTime(s.endsAt, language)}
            </Text>
            {s.location && <Text>{s.location}</Text>}
            {s.onlineUrl && (
              <Anchor href={s.onlineUrl} target="_blank" rel="noopener noreferrer">
                {t('training.session.online')}
              </Anchor>
            )}
            <Text size="sm" c="dimmed">
              {t('training.session.rule', { pct: s.minAttendancePercent })}
              {s.postTestPassMark !== null
                ? ` ${t('training.session.ruleTest', { mark: s.postTestPassMark })}`
                : ''}
            </Text>
            <Anchor href={trainingFileUrl(`/sessions/${s.id}/calendar.ics`)} download>
              {t('training.session.calendar')}
            </Anchor>
            <SessionManageActions session={s} />
          </Stack>
        </Card>
        <Title order={2} size="h4">
          {t('training.session.trainers')}
        </Title>
        <List>
          {s.trainers.map((tr) => (
            <List.Item key={tr.id}>
              {tr.name}
              {tr.kind === 'EXTERNAL'
                ? ` (${t('training.session.external')}${tr.organisation ? `, ${tr.organisation}` : ''})`
                : ''}
            </List.Item>
          ))}
        </List>
        <Materials session={s} />
        <EnrolmentPanel session={s} />
        {live && <AssignPanel session={s} />}
        {s.can.recordAttendance && <Participants sessionId={s.id} />}
      </Stack>
    </>
  );
}

function EnrolmentPanel({ session }: { session: TrainingSession }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [confirm, setConfirm] = useState(false);
  const request = useRequestSeat(session.id);
  const cancel = useCancelEnrolment();
  const own = session.myEnrolment;
  return (
    <Card withBorder>
      <Stack gap="sm">
        {own && (
          <Text>
            {t('training.session.myStatus')}: <strong>{t(`training.enrolmentStatus.${own.status}`)}</strong>
            {own.waitlistPosition ? ` (${t('training.common.waitlist', { n: own.waitlistPosition })})` : ''}
          </Text>
        )}
        {session.can.request && (
          <>
            <Textarea
              label={t('training.session.requestNote')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <FormError error={request.error} />
            {request.isSuccess && <Alert color="teal">{t('training.session.requested')}</Alert>}
            <Button onClick={() => request.mutate({ note: note.trim() || null })} loading={request.isPending}>
              {t('training.session.request')}
            </Button>
          </>
        )}
        {own && ['REQUESTED', 'APPROVED', 'WAITLISTED'].includes(own.status) && (
          <Button variant="default" color="red" onClick={() => setConfirm(true)}>
            {t('training.session.cancel')}
          </Button>
        )}
        {own && ['COMPLETED', 'NOT_COMPLETED'].includes(own.status) && (
          <FeedbackForm session={session} enrolmentId={own.id} />
        )}
      </Stack>
      <ConfirmModal
        opened={confirm}
        title={t('training.session.cancel')}
        message={t('training.session.cancelConfirm')}
        confirmLabel={t('training.session.cancel')}
        danger
        loading={cancel.isPending}
        error={cancel.error}
        onClose={() => setConfirm(false)}
        onConfirm={() => own && cancel.mutate(own.id, { onSuccess: () => setConfirm(false) })}
      />
    </Card>
  );
}

function FeedbackForm({ session, enrolmentId }: { session: TrainingSession; enrolmentId: number }) {
  const { t } = useTranslation();
  const mine = useMyTraining();
  const send = useSendFeedback();
  const [rating, setRating] = useState<number | string>(5);
  const [comment, setComment] = useState('');
  const [trainerRatings, setTrainerRatings] = useState<Record<number, number | string>>({});
  const given = mine.data?.enrolments.find((e) => e.id === enrolmentId)?.hasFeedback;
  if (given || send.isSuccess) return <Alert color="teal">{t('training.session.feedbackThanks')}</Alert>;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('training.session.feedback')}
      </Title>
      <NumberInput
        label={t('training.session.sessionRating')}
        min={1}
        max={5}
        value={rating}
        onChange={setRating}
      />
      {session.trainers.map((tr) => (
        <NumberInput
          key={tr.id}
          label={t('training.session.trainerRating', { name: tr.name })}
          min={1}
          max={5}
          value={trainerRatings[tr.id] ?? 5}
          onChange={(v) => setTrainerRatings((r) => ({ ...r, [tr.id]: v }))}
        />
      ))}
      <Textarea
        label={t('training.session.comment')}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
      />
      <FormError error={send.error} />
      <Button
        loading={send.isPending}
        onClick={() =>
          send.mutate({
            id: enrolmentId,
            sessionRating: Number(rating),
            comment: comment.trim() || null,
            trainers: session.trainers.map((tr) => ({
              sessionTrainerId: tr.id,
              rating: Number(trainerRatings[tr.id] ?? 5),
            })),
          })
        }
      >
        {t('training.session.sendFeedback')}
      </Button>
    </Stack>
  );
}

/** The session's files: participants download them; HR and its trainers upload (PDF/PNG/JPG ≤ 5 MB) and remove. */
function Materials({ session }: { session: TrainingSession }) {
  const { t } = useTranslation();
  const canAdd = session.can.recordAttendance;
  const upload = useUploadMaterial(session.id);
  const remove = useRemoveMaterial(session.id);
  const [file, setFile] = useState<File | null>(null);
  if (!canAdd && session.materials.length === 0) return null;
  return (
    <>
      <Title order={2} size="h4">
        {t('training.session.materials')}
      </Title>
      {session.materials.length === 0 ? (
        <Text c="dimmed">{t('training.session.noMaterials')}</Text>
      ) : (
        <List>
          {session.materials.map((m) => (
            <List.Item key={m.id}>
              <Group gap="xs" wrap="wrap">
                <Anchor href={trainingFileUrl(`/sessions/${session.id}/materials/${m.id}`)}>
                  {m.fileName}
                </Anchor>
                {canAdd && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red.9"
                    aria-label={`${t('training.session.removeMaterial')}: ${m.fileName}`}
                    loading={remove.isPending && remove.variables === m.id}
                    onClick={() => remove.mutate(m.id)}
                  >
                    {t('training.session.removeMaterial')}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {canAdd && (
        <FormCard
          title={t('training.session.uploadMaterial')}
          order={3}
          error={upload.error ?? remove.error}
          success={upload.isSuccess && t('training.session.materialUploaded')}
          pending={upload.isPending}
          submitLabel={t('training.session.uploadMaterial')}
          onSubmit={() => {
            const form = new FormData();
            if (file) form.set('file', file);
            upload.mutate(form, { onSuccess: () => setFile(null) });
          }}
        >
          <Grid.Col span={12}>
            <FileInput
              label={t('training.session.materialFile')}
              accept="application/pdf,image/jpeg,image/png"
              required
              clearable
              value={file}
              onChange={setFile}
            />
          </Grid.Col>
        </FormCard>
      )}
    </>
  );
}

/**
 * HR, or a superior for someone of their team, puts an employee on the session directly; when it is full the
 * employee goes on the waiting list and the answer says so. The picker offers the actor's own scope.
 */
function AssignPanel({ session }: { session: TrainingSession }) {
  const { t } = useTranslation();
  const me = useMe();
  const assign = useAssignEmployee(session.id);
  const [employeeId, setEmployeeId] = useState<number | null>(null);
  const [note, setNote] = useState('');
  // Somebody besides oneself in scope means a team to assign from (HR manages every session anyway).
  const scope = useEmployees({ status: 'active', sort: 'name', page: 1, pageSize: 2 });
  if (!session.can.manage && (scope.data?.total ?? 0) < 2) return null;
  const done = assign.data;
  return (
    <FormCard
      title={t('training.session.assign')}
      error={assign.error}
      success={
        done &&
        (done.status === 'WAITLISTED'
          ? t('training.session.assignedWaitlist', { name: done.employeeName, n: done.waitlistPosition })
          : t('training.session.assigned', { name: done.employeeName }))
      }
      pending={assign.isPending}
      submitLabel={t('training.session.assignButton')}
      onSubmit={() => assign.mutate({ employeeId: employeeId ?? 0, note: note.trim() || null })}
    >
      <Grid.Col span={12}>
        <Text size="sm" c="dimmed">
          {session.seatsLeft > 0
            ? t('training.common.seatsLeft', { n: session.seatsLeft })
            : t('training.session.fullWaitlist')}
        </Text>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <EmployeeSelect
          label={t('training.common.employee')}
          value={employeeId}
          onChange={setEmployeeId}
          excludeId={session.can.manage ? null : me.employeeId}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label={t('training.session.assignNote')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
      </Grid.Col>
    </FormCard>
  );
}

/** Participants, the waiting list in order, and open requests (HR and the session's trainers). */
function Participants({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation();
  const enrolments = useSessionEnrolments(sessionId, true);
  const rows = enrolments.data?.items ?? [];
  return (
    <>
      <Title order={2} size="h4">
        {t('training.session.participants')}
      </Title>
      <DataTable<TrainingEnrolment>
        caption={t('training.session.participants')}
        rows={rows}
        rowKey={(e) => e.id}
        minWidth={360}
        empty={<Text c="dimmed">{t('training.common.none')}</Text>}
        columns={[
          {
            key: 'name',
            header: t('training.common.employee'),
            rowHeader: true,
            render: (e) => `${e.employeeName} (${e.nip})`,
          },
          {
            key: 'status',
            header: t('training.common.status'),
            render: (e) =>
              `${t(`training.enrolmentStatus.${e.status}`)}${e.waitlistPosition ? ` (${t('training.common.waitlist', { n: e.waitlistPosition })})` : ''}`,
          },
        ]}
      />
    </>
  );
}

export const TrainingSessionPage = withIdParam(TrainingSessionView);
