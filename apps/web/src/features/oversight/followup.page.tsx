import type { FollowUpResult, RecommendationFollowUp } from '@sim/contracts';
import { FOLLOW_UP_MAX_FILES, FOLLOW_UP_RESULTS } from '@sim/contracts/values';
import {
  Anchor,
  Button,
  FileInput,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDateTime, type Language } from '../../app/format';
import { notify } from '../../app/notify';
import { ConfirmModal } from '../../components/confirm-modal';
import { ErrorState } from '../../components/error-state';
import { FieldsList } from '../../components/fields-list';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { DueText, RecommendationStatusBadge } from './followup-display';
import {
  followUpFileUrl,
  useDecideCannotFollowUp,
  useRecommendationFollowUp,
  useSubmitFollowUp,
  useVerifyFollowUp,
} from './use-oversight-followup';
import { withIdParam } from '../../app/with-id-param';

/**
 * One recommendation's follow-up (issue 12 §1): where it stands, every follow-up with its evidence and verification,
 * the timeline, and the form the reader may use — the owner's follow-up, the inspector's verification, the
 * Pimpinan's decision. Which one shows comes from the server (`actions`).
 */
function RecommendationFollowUpView({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const q = useRecommendationFollowUp(id);
  if (q.isPending) return <LoadingState />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const r = q.data;
  const lang = i18n.language as Language;
  return (
    <>
      <PageHeader title={t('oversightFollowUp.detail.title')} description={r.text} />
      <Stack gap="lg">
        <Paper withBorder p="md">
          <FieldsList
            items={[
              {
                label: t('oversightFollowUp.detail.status'),
                value: <RecommendationStatusBadge status={r.status} />,
              },
              { label: t('oversightFollowUp.detail.finding'), value: r.findingTitle },
              {
                label: t('oversightFollowUp.detail.severity'),
                value: t(`oversightFollowUp.severity.${r.severity}`),
              },
              { label: t('oversightFollowUp.detail.owner'), value: r.ownerName },
              { label: t('oversightFollowUp.detail.unit'), value: r.unitName ?? '—' },
              { label: t('oversightFollowUp.detail.due'), value: <DueText r={r} /> },
              ...(r.cannotFollowUpReason
                ? [{ label: t('oversightFollowUp.detail.cannotReason'), value: r.cannotFollowUpReason }]
                : []),
            ]}
          />
        </Paper>
        {r.actions.includes('SUBMIT_FOLLOW_UP') && <SubmitForm id={r.id} />}
        {r.actions.some((a) => a.startsWith('VERIFY_')) && <VerifyForm id={r.id} />}
        {r.actions.includes('APPROVE_CANNOT_FOLLOW_UP') && <DecideForm id={r.id} />}
        <FollowUps r={r} lang={lang} />
        <section aria-labelledby="history-title">
          <Title order={2} fz="h4" mb="sm" id="history-title">
            {t('oversightFollowUp.detail.history')}
          </Title>
          <Timeline bulletSize={14} lineWidth={2}>
            {r.events.map((e) => (
              <Timeline.Item key={e.id} title={t(`oversightFollowUp.event.${e.type}`)}>
                <Text size="xs" c="dimmed">
                  {formatDateTime(e.at, lang)} · {e.actorName ?? t('oversightFollowUp.detail.system')}
                </Text>
                {e.message && <Text size="sm">{e.message}</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
        </section>
      </Stack>
    </>
  );
}

function FollowUps({ r, lang }: { r: RecommendationFollowUp; lang: Language }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="followups-title">
      <Title order={2} fz="h4" mb="sm" id="followups-title">
        {t('oversightFollowUp.detail.followUps')}
      </Title>
      {r.followUps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('oversightFollowUp.detail.noFollowUps')}
        </Text>
      ) : (
        <Stack gap="sm">
          {r.followUps.map((f) => (
            <Paper withBorder p="sm" key={f.id} component="article">
              <Text size="xs" c="dimmed">
                {t('oversightFollowUp.detail.submittedBy', {
                  name: f.submittedByName ?? '—',
                  at: formatDateTime(f.submittedAt, lang),
                })}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {f.text}
              </Text>
              {f.files.length > 0 && (
                <Group gap="sm" mt={4}>
                  {f.files.map((file) => (
                    <Anchor key={file.id} href={followUpFileUrl(file.id)} size="sm">
                      {file.fileName}
                    </Anchor>
                  ))}
                </Group>
              )}
              {f.result && (
                <Text size="sm" mt={6} fw={600}>
                  {t('oversightFollowUp.detail.verifiedBy', {
                    result: t(`oversightFollowUp.result.${f.result}`),
                    name: f.verifiedByName ?? '—',
                    at: formatDateTime(f.verifiedAt, lang),
                  })}
                </Text>
              )}
              {f.reason && (
                <Text size="sm">
                  {t('oversightFollowUp.detail.note')}: {f.reason}
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      )}
    </section>
  );
}

function SubmitForm({ id }: { id: number }) {
  const { t } = useTranslation();
  const submit = useSubmitFollowUp(id);
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="submit-title">
      <Title order={2} fz="h4" mb="sm" id="submit-title">
        {t('oversightFollowUp.submit.title')}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit.mutate(
            { text, files },
            {
              onSuccess: () => {
                setText('');
                setFiles([]);
                notify(t('oversightFollowUp.submit.sent'));
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <Textarea
            label={t('oversightFollowUp.submit.text')}
            description={t('oversightFollowUp.submit.textHint')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            required
            autosize
            minRows={3}
            maxLength={4000}
          />
          <FileInput
            label={t('oversightFollowUp.submit.files')}
            multiple
            clearable
            // The clear button has no text of its own: axe button-name (serious) without a label.
            clearButtonProps={{ 'aria-label': t('oversightFollowUp.submit.clearFiles') }}
            accept="image/jpeg,image/png,application/pdf"
            value={files}
            onChange={(v) => setFiles(v.slice(0, FOLLOW_UP_MAX_FILES))}
          />
          <FormError error={submit.error} />
          <Group>
            <Button type="submit" loading={submit.isPending} disabled={text.trim() === ''}>
              {t('oversightFollowUp.submit.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function VerifyForm({ id }: { id: number }) {
  const { t } = useTranslation();
  const verify = useVerifyFollowUp(id);
  const [result, setResult] = useState<FollowUpResult>('SESUAI');
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const send = () =>
    verify.mutate(
      { result, note: note.trim() || undefined },
      {
        onSuccess: () => {
          setConfirming(false);
          setNote('');
          notify(t('oversightFollowUp.verify.done'));
        },
      },
    );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="verify-title">
      <Title order={2} fz="h4" mb="sm" id="verify-title">
        {t('oversightFollowUp.verify.title')}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (result === 'SESUAI') setConfirming(true);
          else send();
        }}
      >
        <Stack gap="sm">
          <Radio.Group
            label={t('oversightFollowUp.verify.result')}
            value={result}
            onChange={(v) => setResult(v as FollowUpResult)}
          >
            <Stack gap={6} mt={4}>
              {FOLLOW_UP_RESULTS.map((v) => (
                <Radio key={v} value={v} label={t(`oversightFollowUp.result.${v}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('oversightFollowUp.verify.note')}
            description={t('oversightFollowUp.verify.noteHint')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            required={result !== 'SESUAI'}
            autosize
            minRows={2}
            maxLength={2000}
          />
          {!confirming && <FormError error={verify.error} />}
          <Group>
            <Button type="submit" loading={verify.isPending}>
              {t('oversightFollowUp.verify.send')}
            </Button>
          </Group>
        </Stack>
      </form>
      <ConfirmModal
        opened={confirming}
        title={t('oversightFollowUp.verify.title')}
        message={t('oversightFollowUp.verify.confirmClose')}
        confirmLabel={t('oversightFollowUp.verify.send')}
        onConfirm={send}
        onClose={() => setConfirming(false)}
        loading={verify.isPending}
        error={verify.error}
      />
    </Paper>
  );
}

function DecideForm({ id }: { id: number }) {
  const { t } = useTranslation();
  const decide = useDecideCannotFollowUp(id);
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const done = () => {
    setConfirming(false);
    notify(t('oversightFollowUp.decide.done'));
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="decide-title">
      <Title order={2} fz="h4" mb="sm" id="decide-title">
        {t('oversightFollowUp.decide.title')}
      </Title>
      <Stack gap="sm">
        <Textarea
          label={t('oversightFollowUp.decide.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
        />
        {!confirming && <FormError error={decide.error} />}
        <Group>
          <Button onClick={() => setConfirming(true)}>{t('oversightFollowUp.decide.approve')}</Button>
          <Button
            variant="default"
            loading={decide.isPending}
            onClick={() =>
              decide.mutate({ decision: 'REJECTED', note: note.trim() || undefined }, { onSuccess: done })
            }
          >
            {t('oversightFollowUp.decide.refuse')}
          </Button>
        </Group>
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('oversightFollowUp.decide.title')}
        message={t('oversightFollowUp.decide.confirmApprove')}
        confirmLabel={t('oversightFollowUp.decide.approve')}
        onConfirm={() =>
          decide.mutate({ decision: 'APPROVED', note: note.trim() || undefined }, { onSuccess: done })
        }
        onClose={() => setConfirming(false)}
        loading={decide.isPending}
        error={decide.error}
      />
    </Paper>
  );
}

export const RecommendationFollowUpPage = withIdParam(RecommendationFollowUpView);
