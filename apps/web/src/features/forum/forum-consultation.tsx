import { Button, Card, Group, List, Paper, Stack, Text, Textarea, ThemeIcon, Title } from '@mantine/core';
import type { ForumConsultation } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { ConfirmModal } from '../../components/confirm-modal';
import { FormError } from '../../components/form-error';
import { ResponseStateBadge } from './forum-display';
import { ForumEditor } from './forum-editor';
import { SafeHtml } from './safe-html';
import { usePolicyAction, usePublishOfficialResponse } from './use-forum';

// The official response (tanggapan resmi) and the close of a consultation (oversight-and-forum.md [decision]):
// readers see the response set apart from the discussion, with who published it and when; the Pimpinan writes it,
// then closes the consultation with the summary of what changed. The close guard is the server's: this panel lists
// what the server says is still missing and shows the server's own message when a close is refused.

/** The published official response, highlighted for every reader of the policy. */
export function OfficialResponseHighlight({ consultation: c }: { consultation: ForumConsultation }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!c.officialResponse) return null;
  return (
    <Paper
      component="section"
      aria-labelledby="official-response-title"
      withBorder
      p="md"
      bg="blue.0"
      style={{ borderLeft: '6px solid var(--mantine-color-blue-7)' }}
    >
      <Group gap="xs" mb="xs" wrap="nowrap">
        <ThemeIcon color="blue.7" radius="xl" size="md" aria-hidden>
          ✓
        </ThemeIcon>
        <Title order={2} size="h4" id="official-response-title">
          {t('forum.response.highlightTitle')}
        </Title>
      </Group>
      <SafeHtml html={c.officialResponse} />
      <Text size="sm" c="gray.8" mt="xs">
        {t('forum.response.publishedBy', {
          name: c.officialResponseByName ?? '—',
          date: formatDateTime(c.officialResponseAt, language),
        })}
      </Text>
    </Paper>
  );
}

/** The Pimpinan's panel on an open policy: write or correct the official response, then close with a summary. */
export function ConsultationPanel({ consultation: c }: { consultation: ForumConsultation }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const publish = usePublishOfficialResponse(c.policyId);
  const close = usePolicyAction(c.policyId);
  const [response, setResponse] = useState<string>(c.officialResponse ?? '');
  const [summary, setSummary] = useState('');
  const [confirming, setConfirming] = useState(false);
  if (!c.canRespond) return null;
  // The stored summary is written by the close itself, so "summary missing" is answered by the field below.
  const missing = c.closeBlockers.filter((b) => b.field !== 'closingSummary');
  return (
    <Card withBorder component="section" aria-labelledby="consultation-panel-title">
      <Stack>
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id="consultation-panel-title">
            {t('forum.response.panelTitle')}
          </Title>
          <ResponseStateBadge state={c.officialResponseState} />
        </Group>
        {c.consultationClosesAt && (
          <Text size="sm" c="dimmed">
            {t('forum.policy.window', { date: formatDateTime(c.consultationClosesAt, language) })}
          </Text>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            publish.mutate(response);
          }}
        >
          <Stack gap="xs">
            <ForumEditor
              label={t('forum.response.field')}
              onChange={setResponse}
              initialHtml={c.officialResponse ?? undefined}
            />
            <Text size="xs" c="dimmed">
              {t('forum.response.hint')}
            </Text>
            <FormError error={publish.error} />
            <Group>
              <Button type="submit" loading={publish.isPending}>
                {c.officialResponse ? t('forum.response.update') : t('forum.response.publish')}
              </Button>
              {publish.isSuccess && !publish.isPending && (
                <Text size="sm" c="teal.9" role="status">
                  {t('forum.response.saved')}
                </Text>
              )}
            </Group>
          </Stack>
        </form>
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('forum.policy.closeAction')}
          </Title>
          {missing.length > 0 && (
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('forum.response.missingTitle')}
              </Text>
              <List size="sm">
                {missing.map((b) => (
                  <List.Item key={b.field}>{b.message}</List.Item>
                ))}
              </List>
            </Stack>
          )}
          <Textarea
            label={t('forum.policy.closingSummary')}
            description={t('forum.response.summaryHint')}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            autosize
            minRows={3}
          />
          <Group>
            <Button color="dark" onClick={() => setConfirming(true)}>
              {t('forum.policy.closeAction')}
            </Button>
          </Group>
        </Stack>
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('forum.policy.closeAction')}
        message={t('forum.policy.closeConfirm')}
        confirmLabel={t('forum.policy.closeAction')}
        loading={close.isPending}
        error={close.error}
        onClose={() => {
          close.reset();
          setConfirming(false);
        }}
        onConfirm={() =>
          close.mutate(
            {
              action: 'close',
              closingSummary: summary.trim() ? `<p>${escapeText(summary)}</p>` : undefined,
            },
            { onSuccess: () => setConfirming(false) },
          )
        }
      />
    </Card>
  );
}

/** Plain text typed in a textarea, sent as one paragraph: the server sanitises it all the same. */
const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
