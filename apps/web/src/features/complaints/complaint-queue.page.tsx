import type { ComplaintListQuery, ComplaintQueueScope, ComplaintSummary } from '@sim/contracts';
import {
  Anchor,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Stack,
  Switch,
  Tabs,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCapabilities } from '../../app/auth/use-session';
import { formatDateTime, formatNumber, type Language } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { StatusBadge } from '../../components/status-badge';
import { SlaCountdown } from './sla-countdown';
import { useComplaintQueueCounts, useComplaints } from './use-complaints';

type Scope = ComplaintQueueScope;

const METRICS = ['assigned', 'finished', 'onTime', 'late', 'reopened', 'rated', 'breached'] as const;

export function ComplaintQueuePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const can = useCapabilities().complaints;
  const [params, setParams] = useSearchParams();
  // The queues come from the server (capabilities); the counts too, in one request for every tab.
  const scopes = can.queueScopes;
  const counts = useComplaintQueueCounts();
  const countOf = (s: Scope) => counts.data?.items.find((c) => c.scope === s)?.open;
  const requested = scopes.find((s) => s === params.get('scope'));
  // Without a chosen tab, open the first that has work (a desk officer's "Tugas saya" is often empty while new
  // complaints wait for verification); until the counts arrive nothing is listed, so the page does not jump.
  const firstWithWork = counts.data?.items.find((c) => c.open > 0)?.scope ?? scopes[0];
  const chosen = requested ?? (counts.isPending ? undefined : firstWithWork);
  const scope: Scope = chosen ?? scopes[0] ?? 'mine';
  useEffect(() => {
    if (requested || !chosen) return;
    // Keep the opening tab in the address, so a refresh of the counts never moves the user to another tab.
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('scope', chosen);
        return next;
      },
      { replace: true },
    );
  }, [requested, chosen, setParams]);
  const [q, setQ] = useState('');
  const [openOnly, setOpenOnly] = useState(params.get('metric') === null);
  const [page, setPage] = useState(1);
  const metric = METRICS.find((m) => m === params.get('metric'));
  const query: ComplaintListQuery = {
    scope,
    page,
    pageSize: 25,
    ...(q ? { q } : {}),
    ...(openOnly ? { open: 'true' as const } : {}),
    ...(metric ? { metric } : {}),
    ...(params.get('assigneeId') ? { assigneeId: Number(params.get('assigneeId')) } : {}),
    ...(params.get('unitId') ? { unitId: Number(params.get('unitId')) } : {}),
    ...(params.get('from') ? { from: params.get('from')! } : {}),
    ...(params.get('to') ? { to: params.get('to')! } : {}),
  };
  const list = useComplaints(query, { enabled: chosen !== undefined });

  return (
    <>
      <PageHeader
        title={t('complaints.queue.title')}
        description={t('complaints.queue.description')}
        actions={
          can.recordWalkIn ? (
            <Button component={Link} to="/complaints/new" variant="light">
              {t('complaints.queue.newWalkIn')}
            </Button>
          ) : undefined
        }
      />
      {scopes.length > 1 && (
        <Tabs
          value={scope}
          onChange={(value) => {
            setPage(1);
            setParams(value ? { scope: value } : {});
          }}
          mb="md"
        >
          <Tabs.List>
            {scopes.map((s) => {
              const open = countOf(s);
              return (
                <Tabs.Tab
                  key={s}
                  value={s}
                  rightSection={
                    open === undefined ? undefined : (
                      <Badge
                        size="sm"
                        circle={open < 10}
                        variant={open > 0 ? 'filled' : 'light'}
                        color={open > 0 ? undefined : 'gray'}
                        data-testid={`queue-count-${s}`}
                      >
                        <span aria-hidden="true">{open}</span>
                        <VisuallyHidden>{t('complaints.queue.openCount', { count: open })}</VisuallyHidden>
                      </Badge>
                    )
                  }
                >
                  {t(`complaints.queue.scopes.${s}`)}
                </Tabs.Tab>
              );
            })}
          </Tabs.List>
        </Tabs>
      )}
      {metric && (
        <Alert mb="md" color="blue">
          <Group justify="space-between">
            <Text size="sm">{t('complaints.queue.filtered', { metric })}</Text>
            <Button size="xs" variant="subtle" onClick={() => setParams({ scope })}>
              {t('complaints.queue.clearFilter')}
            </Button>
          </Group>
        </Alert>
      )}
      <Group mb="md" gap="md" align="flex-end">
        <TextInput
          label={t('complaints.queue.search')}
          value={q}
          onChange={(e) => {
            setPage(1);
            setQ(e.currentTarget.value);
          }}
          style={{ flex: '1 1 16rem' }}
        />
        <Switch
          label={t('complaints.queue.openOnly')}
          checked={openOnly}
          onChange={(e) => {
            setPage(1);
            setOpenOnly(e.currentTarget.checked);
          }}
        />
      </Group>
      {chosen === undefined || list.isPending ? (
        <LoadingState lines={6} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('complaints.queue.empty')} />
      ) : (
        <Stack gap="sm">
          {list.data.items.map((item) => (
            <ComplaintCard key={item.id} item={item} />
          ))}
          <Pager
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onChange={setPage}
          />
          {list.data.totalCapped && (
            <Text size="sm" c="dimmed">
              {t('complaints.queue.moreThan', { n: formatNumber(list.data.total, language) })}
            </Text>
          )}
        </Stack>
      )}
    </>
  );
}

function ComplaintCard({ item }: { item: ComplaintSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="sm" component="article" data-testid="complaint-card">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Anchor component={Link} to={`/complaints/${item.id}`} fw={700}>
          {item.ticket}
        </Anchor>
        <Group gap={6}>
          <StatusBadge tone="info">{t(`complaints.statuses.${item.status}`)}</StatusBadge>
          {item.escalationLevel > 0 && (
            <StatusBadge tone="danger">{t('complaints.queue.escalated')}</StatusBadge>
          )}
          {item.isConfidential && (
            <StatusBadge tone="neutral">{t('complaints.detail.confidential')}</StatusBadge>
          )}
        </Group>
      </Group>
      <Text size="sm" fw={600} mt={4}>
        {item.categoryName} · {item.kelurahan}
      </Text>
      <Text size="sm" lineClamp={2}>
        {item.excerpt}
      </Text>
      <Group justify="space-between" mt={6} gap="xs" wrap="wrap">
        <SlaCountdown sla={item.sla} compact />
        <Text size="xs" c="dimmed">
          {t('complaints.queue.received')}: {formatDateTime(item.receivedAt, i18n.language as Language)}
          {item.assigneeName ? ` · ${item.assigneeName}` : ''}
        </Text>
      </Group>
    </Card>
  );
}
