import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  NumberInput,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import type { TrainingSession } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { ConfirmModal } from '../../components/confirm-modal';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import {
  trainingFileUrl,
  useCancelEnrolment,
  useMyTraining,
  useRequestSeat,
  useSendFeedback,
  useSession,
} from './use-training';

/** A session: when, where, trainers, materials; request or cancel a seat; calendar file; feedback afterwards. */
export function TrainingSessionPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = Number(useParams().id);
  const session = useSession(id);
  if (session.isPending) return <LoadingState lines={6} />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  const s = session.data;
  return (
    <>
      <PageHeader
        title={s.title}
        description={`${t(`training.forms.${s.form}`)} · ${t('training.common.jp', { n: s.jp })}`}
      />
      <Stack>
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
        {s.materials.length > 0 && (
          <>
            <Title order={2} size="h4">
              {t('training.session.materials')}
            </Title>
            <List>
              {s.materials.map((m) => (
                <List.Item key={m.id}>
                  <Anchor href={trainingFileUrl(`/sessions/${s.id}/materials/${m.id}`)}>{m.fileName}</Anchor>
                </List.Item>
              ))}
            </List>
          </>
        )}
        <EnrolmentPanel session={s} />
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
