import { Alert, Anchor, Blockquote, Button, Card, Chip, Group, Stack, Text, Textarea } from '@mantine/core';
import { FORUM_REACTION_KINDS, type ForumPost } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCapabilities } from '../../app/auth/use-session';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { ConfirmModal } from '../../components/confirm-modal';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { AuthorName } from './forum-display';
import { AnonymousToggle, ForumEditor } from './forum-editor';
import { PollsSection } from './forum-polls';
import { ReportPostButton } from './forum-report';
import { SafeHtml } from './safe-html';
import { useReact, useReply, useReveal, useThread } from './use-forum';
import { withIdParam } from '../../app/with-id-param';

/** A thread: its posts (quotes, reactions, anonymity), its polls, the reply form, and the moderator's reveal. */
function ThreadView({ id }: { id: number }) {
  const { t } = useTranslation();
  const thread = useThread(id);
  const caps = useCapabilities();
  const [quoting, setQuoting] = useState<ForumPost | null>(null);
  if (thread.isPending) return <LoadingState />;
  if (thread.isError) return <ErrorState error={thread.error} onRetry={() => void thread.refetch()} />;
  const th = thread.data;
  return (
    <>
      <PageHeader
        title={th.title}
        description={
          th.policyId ? (
            <Anchor component={Link} to={`/forum/kebijakan/${th.policyId}`}>
              {th.policyTitle}
            </Anchor>
          ) : (
            t('forum.tabs.general')
          )
        }
      />
      <Stack>
        {th.posts.map((p) => (
          <PostCard key={p.id} post={p} onQuote={() => setQuoting(p)} />
        ))}
        <PollsSection
          parent={{ threadId: th.id }}
          canCreate={th.can.reply && (caps.forum.managePolicies || th.isMine)}
        />
        {th.can.reply ? (
          <ReplyForm threadId={th.id} quoting={quoting} onCancelQuote={() => setQuoting(null)} />
        ) : (
          <Alert color="gray">{t('forum.thread.locked')}</Alert>
        )}
      </Stack>
    </>
  );
}

function PostCard({ post: p, onQuote }: { post: ForumPost; onQuote: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const react = useReact();
  const caps = useCapabilities();
  const [revealing, setRevealing] = useState(false);
  return (
    <Card withBorder padding="sm" id={`tanggapan-${p.id}`}>
      <Group justify="space-between" gap="xs">
        <Text size="sm">
          <AuthorName author={p.author} isAnonymous={p.isAnonymous} isMine={p.isMine} />
          {p.revealed && (
            <Text span c="orange.8" size="xs" ml={6}>
              {t('forum.thread.revealed')}
            </Text>
          )}
        </Text>
        <Text size="xs" c="dimmed">
          {formatDateTime(p.createdAt, language)}
          {p.editedAt ? ` · ${t('forum.thread.edited')}` : ''}
        </Text>
      </Group>
      {p.quote && (
        <Blockquote mt="xs" p="xs" fz="sm">
          <Text size="xs" c="dimmed">
            <AuthorName author={p.quote.author} isAnonymous={p.quote.isAnonymous} />
          </Text>
          {p.quote.excerpt ?? (
            <Text span c="dimmed" fs="italic">
              {t('forum.thread.quoteHidden')}
            </Text>
          )}
        </Blockquote>
      )}
      {p.visibility !== 'VISIBLE' && (
        <Alert color="yellow" mt="xs" p="xs">
          {t('forum.thread.hidden')}
        </Alert>
      )}
      {p.body !== null && (
        <div style={{ marginTop: 'var(--mantine-spacing-xs)' }}>
          <SafeHtml html={p.body} />
        </div>
      )}
      <Group gap={6} mt="xs">
        {p.can.react &&
          FORUM_REACTION_KINDS.map((kind) => {
            const r = p.reactions.find((x) => x.kind === kind)!;
            return (
              <Chip
                key={kind}
                size="xs"
                checked={r.mine}
                onChange={(on) => react.mutate({ id: p.id, kind, on })}
              >
                {t(`forum.reactions.${kind}`)} {r.count > 0 ? r.count : ''}
              </Chip>
            );
          })}
        {p.can.quote && (
          <Button size="compact-xs" variant="subtle" onClick={onQuote}>
            {t('forum.thread.quote')}
          </Button>
        )}
        <ReportPostButton post={p} />
        {caps.forum.moderate && p.can.reveal && (
          <Button size="compact-xs" variant="subtle" color="orange" onClick={() => setRevealing(true)}>
            {t('forum.thread.reveal')}
          </Button>
        )}
      </Group>
      <RevealModal postId={p.id} opened={revealing} onClose={() => setRevealing(false)} />
    </Card>
  );
}

function RevealModal({ postId, opened, onClose }: { postId: number; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const reveal = useReveal();
  const [reason, setReason] = useState('');
  return (
    <ConfirmModal
      opened={opened}
      title={t('forum.thread.reveal')}
      danger
      message={
        <Textarea
          label={t('forum.thread.revealReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
        />
      }
      confirmLabel={t('forum.thread.reveal')}
      loading={reveal.isPending}
      error={reveal.error}
      onClose={onClose}
      onConfirm={() => reveal.mutate({ id: postId, reason }, { onSuccess: onClose })}
    />
  );
}

function ReplyForm(props: { threadId: number; quoting: ForumPost | null; onCancelQuote: () => void }) {
  const { t } = useTranslation();
  const reply = useReply(props.threadId);
  const [body, setBody] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [resetKey, setResetKey] = useState(0);
  return (
    <Card withBorder>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          reply.mutate(
            { body, isAnonymous: anonymous, quotedPostId: props.quoting?.id ?? null },
            {
              onSuccess: () => {
                setBody('');
                setResetKey((k) => k + 1);
                props.onCancelQuote();
              },
            },
          );
        }}
      >
        <Stack>
          {props.quoting && (
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {t('forum.thread.quoting')}
              </Text>
              <Button size="compact-xs" variant="subtle" onClick={props.onCancelQuote}>
                {t('forum.thread.cancelQuote')}
              </Button>
            </Group>
          )}
          <ForumEditor label={t('forum.thread.replyTitle')} onChange={setBody} resetKey={resetKey} />
          <AnonymousToggle checked={anonymous} onChange={setAnonymous} />
          <FormError error={reply.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={reply.isPending}>
              {t('forum.thread.reply')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

export const ThreadPage = withIdParam(ThreadView);
