import type { ComplaintLookupResult } from '@sim/contracts';
import {
  Alert,
  Anchor,
  Button,
  Code,
  FileInput,
  Group,
  Paper,
  Rating,
  Stack,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { formatDateTime, type Language } from '../../app/format';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { StatusBadge } from '../../components/status-badge';
import { AttachmentThumbnails, type AttachmentSource } from '../complaints/complaint-media';
import {
  fetchCitizenAttachment,
  uploadCitizenAttachment,
  useCitizenAction,
  useTrackedComplaint,
} from '../complaints/use-complaints';
import { PublicLayout } from './public-layout';
import { TicketLookup } from './ticket-lookup';
import '../complaints/complaints.i18n';
import { useTimelineText } from '../complaints/timeline-message';

/** Public tracking page: the secret is in the URL fragment, which browsers never send to the server. */
export function ComplaintsTrackPage() {
  const timeline = useTimelineText();
  const { t, i18n } = useTranslation();
  const secret = useLocation().hash.replace(/^#/, '');
  const view = useTrackedComplaint(secret);
  const action = useCitizenAction(secret);
  const [info, setInfo] = useState('');
  const [reason, setReason] = useState('');
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const lang = i18n.language as Language;
  // Set when the citizen just found the complaint by ticket and contact: the new link is shown once, to keep.
  const [found, setFound] = useState<ComplaintLookupResult | null>(null);
  const files: AttachmentSource = { kind: 'blob', load: (id) => fetchCitizenAttachment(secret, id) };
  useEffect(() => {
    document.title = `${t('complaints.portal.trackTitle', { ticket: view.data?.ticket ?? '' })} · ${t('complaints.portal.site')}`;
  }, [t, view.data?.ticket]);

  if (!secret) {
    return (
      <PublicLayout>
        <Stack gap="md">
          <Title order={1} fz="h3">
            {t('publicNav.track')}
          </Title>
          <TicketLookup onFound={setFound} />
        </Stack>
      </PublicLayout>
    );
  }
  if (view.isPending) {
    return (
      <PublicLayout>
        <LoadingState lines={6} />
      </PublicLayout>
    );
  }
  if (view.isError) {
    return (
      <PublicLayout>
        <ErrorState error={view.error} onRetry={() => void view.refetch()} />
      </PublicLayout>
    );
  }
  const c = view.data;
  return (
    <PublicLayout>
      <Stack gap="md">
        <Title order={1} fz="h3">
          {t('complaints.portal.trackTitle', { ticket: c.ticket })}
        </Title>
        {found && found.trackingSecret === secret && (
          <Alert color="teal" role="status" data-testid="lookup-found">
            <Stack gap="xs">
              <Text size="sm" fw={600}>
                {t('complaints.lookup.found')}
              </Text>
              <Code
                block
                style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', wordBreak: 'break-all' }}
              >
                {`${window.location.origin}/pengaduan/lacak#${secret}`}
              </Code>
              {found.linkSentByEmail && <Text size="sm">{t('complaints.lookup.emailed')}</Text>}
            </Stack>
          </Alert>
        )}
        <Paper withBorder p="md">
          <Group gap="xs" mb="xs">
            <StatusBadge tone="info" data-testid="public-status">
              {t(`complaints.statuses.${c.status}`)}
            </StatusBadge>
            {c.rejectReason && (
              <StatusBadge tone="danger">{t(`complaints.rejectReasons.${c.rejectReason}`)}</StatusBadge>
            )}
          </Group>
          <Text fw={600}>
            {c.categoryName} · {c.kelurahan}
          </Text>
          <Text size="sm">{c.address}</Text>
          <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
            {c.description}
          </Text>
          {c.unitName && (
            <Text size="sm" mt="xs">
              {c.unitName}
            </Text>
          )}
          {c.deadline && (
            <Text size="sm" mt="xs">
              {t('complaints.portal.deadline')}: <strong>{formatDateTime(c.deadline, lang)}</strong>
            </Text>
          )}
          {c.isPaused && (
            <Alert color="yellow" mt="sm">
              {t('complaints.portal.paused')}
            </Alert>
          )}
          {c.rating !== null && <Text mt="xs">{t('complaints.portal.rated', { score: c.rating })}</Text>}
        </Paper>

        {c.surveyInvitation && (
          <Paper withBorder p="md" data-testid="survey-invitation">
            {c.surveyInvitation.path ? (
              <>
                <Title order={2} fz="h5" mb="xs">
                  {t('complaints.portal.surveyTitle')}
                </Title>
                <Anchor component={Link} to={c.surveyInvitation.path} fw={600} fz="lg">
                  {t('complaints.portal.surveyInvite')}
                </Anchor>
                <Text size="sm" c="dimmed" mt="xs">
                  {t('complaints.portal.surveyNote')}
                </Text>
              </>
            ) : (
              <Text fw={600}>{t('complaints.portal.surveyDone')}</Text>
            )}
          </Paper>
        )}

        <FormError error={action.error} />

        {c.canConfirm && (
          <Button onClick={() => action.mutate({ path: '/confirmation' })} loading={action.isPending}>
            {t('complaints.portal.confirm')}
          </Button>
        )}

        {c.canRate && (
          <Paper withBorder p="md">
            <Title order={2} fz="h5" mb="xs">
              {t('complaints.portal.rate')}
            </Title>
            <Rating value={score} onChange={setScore} size="xl" aria-label={t('complaints.portal.rate')} />
            <Textarea
              mt="sm"
              label={t('complaints.portal.rateComment')}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
            />
            <Button
              mt="sm"
              disabled={score < 1}
              loading={action.isPending}
              onClick={() =>
                action.mutate({ path: '/rating', body: { score, ...(comment ? { comment } : {}) } })
              }
            >
              {t('complaints.portal.rateButton')}
            </Button>
          </Paper>
        )}

        {c.canReopen && (
          <Paper withBorder p="md">
            <Title order={2} fz="h5" mb="xs">
              {t('complaints.portal.reopen')}
            </Title>
            {c.reopenUntil && (
              <Text size="sm" c="dimmed">
                {t('complaints.portal.reopenUntil', { date: formatDateTime(c.reopenUntil, lang) })}
              </Text>
            )}
            <Textarea
              mt="xs"
              label={t('complaints.actions.reason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <Button
              mt="sm"
              variant="light"
              color="red"
              disabled={!reason.trim()}
              loading={action.isPending}
              onClick={() =>
                action.mutate({ path: '/reopen', body: { reason } }, { onSuccess: () => setReason('') })
              }
            >
              {t('complaints.portal.reopen')}
            </Button>
          </Paper>
        )}

        {c.canAddInfo && (
          <Paper withBorder p="md">
            <Title order={2} fz="h5" mb="xs">
              {t('complaints.portal.addInfo')}
            </Title>
            <Textarea
              label={t('complaints.portal.addInfo')}
              value={info}
              onChange={(e) => setInfo(e.currentTarget.value)}
              autosize
              minRows={3}
            />
            <Button
              mt="sm"
              disabled={!info.trim()}
              loading={action.isPending}
              onClick={() =>
                action.mutate(
                  { path: '/information', body: { message: info } },
                  { onSuccess: () => setInfo('') },
                )
              }
            >
              {t('complaints.portal.addInfoButton')}
            </Button>
            {c.attachmentCount < 5 && (
              <Group mt="md" align="flex-end">
                <FileInput
                  label={t('complaints.portal.addPhoto')}
                  accept="image/jpeg,image/png,application/pdf"
                  value={file}
                  onChange={setFile}
                  clearable
                  style={{ flex: 1 }}
                />
                <Button
                  variant="light"
                  disabled={!file}
                  onClick={async () => {
                    if (!file) return;
                    setUploadError(null);
                    try {
                      await uploadCitizenAttachment(secret, file);
                      setFile(null);
                      await view.refetch();
                    } catch (err) {
                      setUploadError(err);
                    }
                  }}
                >
                  {t('complaints.actions.submit')}
                </Button>
              </Group>
            )}
            <FormError error={uploadError} />
          </Paper>
        )}

        <Paper withBorder p="md">
          <Title order={2} fz="h5" mb="sm">
            {t('complaints.detail.timeline')}
          </Title>
          <Timeline bulletSize={14} lineWidth={2}>
            {c.timeline.map((e) => (
              <Timeline.Item
                key={e.id}
                title={
                  <Text size="sm" fw={600}>
                    {timeline.actor(e)}
                  </Text>
                }
              >
                <Text size="xs" c="dimmed">
                  {formatDateTime(e.at, lang)}
                </Text>
                {/* An attachment event shows its files; its generated text would only repeat the name. */}
                {timeline.message(e) && !(e.type === 'LAMPIRAN' && e.attachments.length > 0) && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {timeline.message(e)}
                  </Text>
                )}
                <AttachmentThumbnails attachments={e.attachments} source={files} />
              </Timeline.Item>
            ))}
          </Timeline>
        </Paper>
      </Stack>
    </PublicLayout>
  );
}
