import {
  Anchor,
  Button,
  Card,
  Divider,
  Group,
  List,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import {
  FORUM_MODERATION_DECISIONS,
  type ForumModerationDecision,
  type ForumQueueItem,
  type ForumQueueQuery,
} from '@sim/contracts';
import { nextPostModerationState } from '@sim/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { notify } from '../../app/notify';
import { ConfirmModal } from '../../components/confirm-modal';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { StatusBadge, type Tone } from '../../components/status-badge';
import { SafeHtml } from './safe-html';
import {
  useForumSettings,
  useModerationDecision,
  useModerationQueue,
  usePostRevisions,
  useRevealAuthor,
} from './use-forum-moderation';

const VISIBILITY_TONE: Record<ForumQueueItem['visibility'], Tone> = {
  VISIBLE: 'positive',
  AUTO_HIDDEN: 'attention',
  HIDDEN: 'neutral',
  DELETED: 'danger',
};

/**
 * The moderators' queue (issue 13): reported and auto-hidden posts with their text, reports counted by reason (no
 * reporter named), the edit history, and the decisions restore / hide / delete / warn, each with a reason the
 * server records in the audit log. An anonymous author is revealed only through the recorded reveal.
 */
export function ForumModerationPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ForumQueueQuery['status']>('PENDING');
  const queue = useModerationQueue(status);
  const settings = useForumSettings();
  return (
    <>
      <PageHeader
        title={t('forumModeration.queue.title')}
        description={t('forumModeration.queue.description')}
      />
      <Stack>
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <SegmentedControl
            aria-label={t('forumModeration.queue.filter')}
            value={status}
            onChange={(v) => setStatus(v as ForumQueueQuery['status'])}
            data={[
              { value: 'PENDING', label: t('forumModeration.queue.pending') },
              { value: 'REVIEWED', label: t('forumModeration.queue.reviewed') },
            ]}
          />
          {settings.data && (
            <Text size="sm" c="dimmed">
              {t('forumModeration.queue.thresholdHint', { count: settings.data.autoHideReports })}
            </Text>
          )}
        </Group>
        {queue.isPending ? (
          <LoadingState />
        ) : queue.isError ? (
          <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
        ) : queue.data.items.length === 0 ? (
          <EmptyState
            title={
              status === 'PENDING'
                ? t('forumModeration.queue.empty')
                : t('forumModeration.queue.emptyReviewed')
            }
          />
        ) : (
          queue.data.items.map((item) => <QueueCard key={item.postId} item={item} />)
        )}
      </Stack>
    </>
  );
}

function QueueCard({ item }: { item: ForumQueueItem }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [revealedName, setRevealedName] = useState<string | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const [deciding, setDeciding] = useState<ForumModerationDecision | null>(null);
  const [revealing, setRevealing] = useState(false);
  const headingId = `moderasi-${item.postId}`;
  return (
    <Card withBorder component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} size="h4" id={headingId}>
            <Anchor component={Link} to={`/forum/diskusi/${item.threadId}#tanggapan-${item.postId}`}>
              {item.threadTitle}
            </Anchor>
          </Title>
          <Group gap={6}>
            <StatusBadge tone={VISIBILITY_TONE[item.visibility]}>
              {t(`forumModeration.visibility.${item.visibility}`)}
            </StatusBadge>
            {item.pendingReports > 0 && (
              <StatusBadge tone="attention">
                {t('forumModeration.queue.pendingReports', { count: item.pendingReports })}
              </StatusBadge>
            )}
          </Group>
        </Group>
        <Text size="sm">
          <Text span c="dimmed">
            {t('forumModeration.queue.author')}:{' '}
          </Text>
          <Text span fw={600}>
            {item.authorName ??
              (revealedName
                ? t('forumModeration.queue.revealedAuthor', { name: revealedName })
                : t('forumModeration.queue.anonymous'))}
          </Text>
          <Text span c="dimmed">
            {' · '}
            {t('forumModeration.queue.postedAt', { date: formatDateTime(item.createdAt, language) })}
            {item.editedAt
              ? ` · ${t('forumModeration.queue.editedAt', { date: formatDateTime(item.editedAt, language) })}`
              : ''}
          </Text>
        </Text>
        <Card withBorder padding="xs" bg="gray.0">
          <SafeHtml html={item.body} />
        </Card>
        {item.reasons.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t('forumModeration.queue.reasons')}
            </Text>
            <Group gap={6} mt={4}>
              {item.reasons.map((r) => (
                <StatusBadge key={r.reason} tone="info">
                  {t(`forumModeration.reasons.${r.reason}`)} × {r.count}
                </StatusBadge>
              ))}
            </Group>
          </div>
        )}
        {item.notes.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t('forumModeration.queue.notes')}
            </Text>
            <List size="sm" spacing={2}>
              {item.notes.map((note, i) => (
                // Notes are unnamed and may repeat; their order is the server's (oldest first).
                <List.Item key={i}>{note}</List.Item>
              ))}
            </List>
          </div>
        )}
        {item.lastAction && (
          <Text size="sm" c="dimmed">
            {t('forumModeration.queue.lastAction', {
              action: t(`forumModeration.actions.${item.lastAction.action}`, {
                defaultValue: item.lastAction.action,
              }),
              moderator: item.lastAction.moderatorName,
              date: formatDateTime(item.lastAction.at, language),
              reason: item.lastAction.reason,
            })}
          </Text>
        )}
        {showHistory && <RevisionHistory postId={item.postId} />}
        <Divider />
        <Group gap="xs" role="group" aria-label={t('forumModeration.actionsLabel')}>
          {FORUM_MODERATION_DECISIONS.filter((d) => nextPostModerationState(item.visibility, d) !== null).map(
            (d) => (
              <Button
                key={d}
                size="xs"
                // Filled dark red keeps 4.5:1 on the small label; a subtle or light red would not.
                variant={d === 'DELETE' ? 'filled' : 'light'}
                color={d === 'DELETE' ? 'red.9' : undefined}
                onClick={() => setDeciding(d)}
              >
                {t(`forumModeration.decisions.${d}`)}
              </Button>
            ),
          )}
          <Button
            size="xs"
            variant="subtle"
            aria-expanded={showHistory}
            onClick={() => setShowHistory((v) => !v)}
          >
            {showHistory
              ? t('forumModeration.queue.hideHistory')
              : t('forumModeration.queue.history', { count: item.revisionCount })}
          </Button>
          {item.isAnonymous && revealedName === null && (
            <Button size="xs" variant="subtle" onClick={() => setRevealing(true)}>
              {t('forumModeration.reveal.action')}
            </Button>
          )}
        </Group>
      </Stack>
      {deciding && (
        <DecisionModal postId={item.postId} decision={deciding} onClose={() => setDeciding(null)} />
      )}
      {revealing && (
        <RevealModal
          postId={item.postId}
          onClose={() => setRevealing(false)}
          onRevealed={(name) => {
            setRevealedName(name);
            setRevealing(false);
          }}
        />
      )}
    </Card>
  );
}

/** Every decision asks for its reason and a confirmation: deleting and warning cannot be undone. */
function DecisionModal(props: { postId: number; decision: ForumModerationDecision; onClose: () => void }) {
  const { t } = useTranslation();
  const decide = useModerationDecision(props.postId);
  const action = t(`forumModeration.decisions.${props.decision}`);
  return (
    <ReasonModal
      title={t('forumModeration.decide.confirm', { action })}
      help={t(`forumModeration.decisionHelp.${props.decision}`)}
      reasonLabel={t('forumModeration.decide.reason')}
      confirmLabel={action}
      danger={props.decision === 'DELETE' || props.decision === 'WARN'}
      mutation={decide}
      onClose={props.onClose}
      onConfirm={(reason) =>
        decide.mutate(
          { action: props.decision, reason },
          {
            onSuccess: () => {
              notify(t('forumModeration.decide.done'));
              props.onClose();
            },
          },
        )
      }
    />
  );
}

/** The recorded reveal: the reason goes to the audit log and to the author ("Identitas Anda dibuka …"). */
function RevealModal(props: { postId: number; onClose: () => void; onRevealed: (name: string) => void }) {
  const { t } = useTranslation();
  const reveal = useRevealAuthor(props.postId);
  return (
    <ReasonModal
      title={t('forumModeration.reveal.action')}
      reasonLabel={t('forumModeration.reveal.reason')}
      confirmLabel={t('forumModeration.reveal.confirm')}
      danger
      mutation={reveal}
      onClose={props.onClose}
      onConfirm={(reason) =>
        reveal.mutate(reason, {
          onSuccess: (result) => {
            notify(t('forumModeration.reveal.done'));
            props.onRevealed(result.author.name);
          },
        })
      }
    />
  );
}

/** A confirmation that needs a written reason (the server checks its length and names the field). */
function ReasonModal(props: {
  title: string;
  help?: string;
  reasonLabel: string;
  confirmLabel: string;
  danger: boolean;
  mutation: { isPending: boolean; error: unknown };
  onConfirm: (reason: string) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  return (
    <ConfirmModal
      opened
      title={props.title}
      danger={props.danger}
      message={
        <Stack gap="xs">
          {props.help && <Text size="sm">{props.help}</Text>}
          <Textarea
            label={props.reasonLabel}
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={2}
            data-autofocus
          />
        </Stack>
      }
      confirmLabel={props.confirmLabel}
      loading={props.mutation.isPending}
      error={props.mutation.error}
      onClose={props.onClose}
      onConfirm={() => props.onConfirm(reason)}
    />
  );
}

function RevisionHistory({ postId }: { postId: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const revisions = usePostRevisions(postId, true);
  if (revisions.isPending) return <LoadingState lines={2} />;
  if (revisions.isError)
    return <ErrorState error={revisions.error} onRetry={() => void revisions.refetch()} />;
  if (revisions.data.items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('forumModeration.queue.historyEmpty')}
      </Text>
    );
  return (
    <Stack gap="xs">
      {revisions.data.items.map((r) => (
        <Card key={r.id} withBorder padding="xs">
          <Text size="xs" c="dimmed">
            {t('forumModeration.queue.historyVersion', { date: formatDateTime(r.editedAt, language) })}
            {r.editedByName ? ` ${t('forumModeration.queue.historyBy', { name: r.editedByName })}` : ''}
          </Text>
          <SafeHtml html={r.body} />
        </Card>
      ))}
    </Stack>
  );
}
