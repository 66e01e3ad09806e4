import { Anchor, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { Pager } from '../../components/pager';
import { AuthorName } from './forum-display';
import { AnonymousToggle, ForumEditor } from './forum-editor';
import { useCreateThread, useThreads } from './use-forum';

/** The threads of a policy (or the general ones) and, when allowed, the form to start one. */
export function ThreadList({ policyId, canStart }: { policyId: number | null; canStart: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [page, setPage] = useState(1);
  const threads = useThreads(policyId, page);
  const [open, setOpen] = useState(false);
  return (
    <Stack>
      {canStart &&
        (open ? (
          <NewThreadForm policyId={policyId} onDone={() => setOpen(false)} />
        ) : (
          <Group>
            <Button variant="light" onClick={() => setOpen(true)}>
              {t('forum.thread.new')}
            </Button>
          </Group>
        ))}
      {threads.isPending ? (
        <LoadingState />
      ) : threads.isError ? (
        <ErrorState error={threads.error} onRetry={() => void threads.refetch()} />
      ) : threads.data.total === 0 ? (
        <EmptyState title={t('forum.thread.noThreads')} />
      ) : (
        <>
          {threads.data.items.map((th) => (
            <Card key={th.id} withBorder padding="sm">
              <Anchor component={Link} to={`/forum/diskusi/${th.id}`} fw={600}>
                {th.title}
              </Anchor>
              <Text size="sm" c="dimmed">
                <AuthorName author={th.author} isAnonymous={th.isAnonymous} isMine={th.isMine} /> ·{' '}
                {t('forum.thread.posts', { count: th.postCount })} · {formatDateTime(th.lastPostAt, language)}
              </Text>
            </Card>
          ))}
          <Pager page={page} pageSize={threads.data.pageSize} total={threads.data.total} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}

function NewThreadForm({ policyId, onDone }: { policyId: number | null; onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateThread();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  return (
    <Card withBorder>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(
            { policyId, title, body, isAnonymous: anonymous },
            {
              onSuccess: (thread) => {
                onDone();
                void navigate(`/forum/diskusi/${thread.id}`);
              },
            },
          );
        }}
      >
        <Stack>
          <TextInput
            label={t('forum.thread.titleField')}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
          <ForumEditor label={t('forum.editor.label')} onChange={setBody} />
          <AnonymousToggle checked={anonymous} onChange={setAnonymous} />
          <FormError error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('forum.thread.new')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
