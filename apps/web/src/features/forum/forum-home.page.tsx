import { Alert, Anchor, Button, Card, Group, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ForumPolicySummary } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCapabilities } from '../../app/auth/use-session';
import { formatDate, formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { DataTable, type Column } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { AuthorName, PolicyStatusBadge } from './forum-display';
import { NotificationsButton } from './forum-notifications-button';
import { ThreadList } from './thread-list';
import { useForumSearch, useMentions, useMyReveals, usePolicies } from './use-forum';

/** The forum: policies, general discussions, mentions of me (with reveals of my identity), search. */
export function ForumHomePage() {
  const { t } = useTranslation();
  const caps = useCapabilities();
  return (
    <>
      <PageHeader
        title={t('forum.title')}
        description={t('forum.description')}
        actions={
          <Group gap="xs">
            <NotificationsButton />
            {caps.forum.managePolicies ? (
              <Button component={Link} to="/forum/kebijakan/baru">
                {t('forum.policy.new')}
              </Button>
            ) : null}
          </Group>
        }
      />
      <Tabs defaultValue="policies" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="policies">{t('forum.tabs.policies')}</Tabs.Tab>
          <Tabs.Tab value="general">{t('forum.tabs.general')}</Tabs.Tab>
          <Tabs.Tab value="mentions">{t('forum.tabs.mentions')}</Tabs.Tab>
          <Tabs.Tab value="search">{t('forum.tabs.search')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="policies">
          <PolicyList />
        </Tabs.Panel>
        <Tabs.Panel value="general">
          <ThreadList policyId={null} canStart />
        </Tabs.Panel>
        <Tabs.Panel value="mentions">
          <MentionsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="search">
          <SearchPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function PolicyList() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [page, setPage] = useState(1);
  const policies = usePolicies(page);
  if (policies.isPending) return <LoadingState />;
  if (policies.isError) return <ErrorState error={policies.error} onRetry={() => void policies.refetch()} />;
  if (policies.data.total === 0) return <EmptyState title={t('forum.policy.empty')} />;
  const columns: Column<ForumPolicySummary>[] = [
    {
      key: 'title',
      header: t('forum.policy.titleField'),
      rowHeader: true,
      render: (p) => (
        <Stack gap={2}>
          <Anchor component={Link} to={`/forum/kebijakan/${p.id}`} fw={600}>
            {p.title}
          </Anchor>
          <Text size="sm" c="dimmed" lineClamp={2}>
            {p.benefitsSummary}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'status',
      header: t('forum.policy.statusField'),
      render: (p) => <PolicyStatusBadge status={p.status} />,
    },
    {
      key: 'window',
      header: t('forum.policy.closesAt'),
      render: (p) => formatDate(p.consultationClosesAt, language),
    },
    { key: 'threads', header: t('forum.policy.threads'), align: 'right', render: (p) => p.threadCount },
  ];
  return (
    <>
      <DataTable
        caption={t('forum.tabs.policies')}
        columns={columns}
        rows={policies.data.items}
        rowKey={(p) => p.id}
      />
      <Pager page={page} pageSize={policies.data.pageSize} total={policies.data.total} onChange={setPage} />
    </>
  );
}

function MentionsPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const mentions = useMentions();
  const reveals = useMyReveals();
  return (
    <Stack>
      {(reveals.data?.items ?? []).length > 0 && (
        <Alert color="orange" title={t('forum.reveals.title')}>
          <Stack gap={4}>
            {reveals.data!.items.map((r) => (
              <Text key={`${r.postId}-${String(r.revealedAt)}`} size="sm">
                {t('forum.reveals.item', {
                  moderator: r.moderatorName,
                  date: formatDateTime(r.revealedAt, language),
                  thread: r.threadTitle,
                  reason: r.reason,
                })}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {mentions.isPending ? (
        <LoadingState />
      ) : mentions.isError ? (
        <ErrorState error={mentions.error} onRetry={() => void mentions.refetch()} />
      ) : mentions.data.items.length === 0 ? (
        <EmptyState title={t('forum.mentions.empty')} />
      ) : (
        mentions.data.items.map((m) => (
          <Card key={m.postId} withBorder>
            <Anchor component={Link} to={`/forum/diskusi/${m.threadId}`} fw={600}>
              {m.threadTitle}
            </Anchor>
            <Text size="sm">
              <AuthorName author={m.author} isAnonymous={m.isAnonymous} /> ·{' '}
              {formatDateTime(m.createdAt, language)}
            </Text>
            <Text size="sm" mt={4}>
              {m.excerpt}
            </Text>
          </Card>
        ))
      )}
    </Stack>
  );
}

function SearchPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 300);
  const result = useForumSearch(debounced);
  return (
    <Stack>
      <TextInput
        label={t('forum.search.label')}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        type="search"
      />
      {result.isError && <ErrorState error={result.error} />}
      {result.data && result.data.items.length === 0 && <Text c="dimmed">{t('forum.search.empty')}</Text>}
      {result.data?.items.map((h) => (
        <Card key={`${h.kind}-${h.postId ?? h.threadId ?? h.policyId}`} withBorder>
          <Group gap="xs">
            <Text size="xs" c="dimmed" tt="uppercase">
              {t(`forum.search.kinds.${h.kind}`)}
            </Text>
            <Anchor
              component={Link}
              to={h.threadId ? `/forum/diskusi/${h.threadId}` : `/forum/kebijakan/${h.policyId}`}
              fw={600}
            >
              {h.title}
            </Anchor>
          </Group>
          <Text size="sm">{h.snippet}</Text>
          <Text size="xs" c="dimmed">
            {h.kind !== 'POLICY' && <AuthorName author={h.author} isAnonymous={h.isAnonymous} />}{' '}
            {formatDate(h.at, language)}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
