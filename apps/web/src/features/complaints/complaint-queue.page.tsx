import type { ComplaintListQuery, ComplaintSummary } from '@sim/contracts';
import { Anchor, Alert, Button, Card, Group, Stack, Switch, Tabs, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { hasAnyRole, useMe } from '../../app/auth/use-session';
import { formatDateTime, type Language } from '../../app/format';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { StatusBadge } from '../../components/status-badge';
import { SlaCountdown } from './sla-countdown';
import { useComplaints } from './use-complaints';

type Scope = NonNullable<ComplaintListQuery['scope']>;

/** The scopes a user may open: own and team queues for employees, the desk, everything, integrity. */
export function scopesFor(me: ReturnType<typeof useMe>): Scope[] {
  const scopes: Scope[] = [];
  if (me.employeeId !== null) scopes.push('mine', 'team');
  if (hasAnyRole(me, ['PETUGAS_PENGADUAN'])) scopes.push('verification');
  if (hasAnyRole(me, ['PETUGAS_PENGADUAN', 'PIMPINAN'])) scopes.push('all');
  if (hasAnyRole(me, ['PETUGAS_PENGADUAN', 'PIMPINAN', 'TIM_PENGAWAS'])) scopes.push('integrity');
  return scopes;
}

const METRICS = ['assigned', 'finished', 'onTime', 'late', 'reopened', 'rated', 'breached'] as const;

export function ComplaintQueuePage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const scopes = scopesFor(me);
  const scope = (scopes.includes(params.get('scope') as Scope) ? params.get('scope') : scopes[0]) as Scope;
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
  const list = useComplaints(query);

  return (
    <>
      <PageHeader
        title={t('complaints.queue.title')}
        description={t('complaints.queue.description')}
        actions={
          hasAnyRole(me, ['PETUGAS_PENGADUAN']) ? (
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
            {scopes.map((s) => (
              <Tabs.Tab key={s} value={s}>
                {t(`complaints.queue.scopes.${s}`)}
              </Tabs.Tab>
            ))}
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
      {list.isPending ? (
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
