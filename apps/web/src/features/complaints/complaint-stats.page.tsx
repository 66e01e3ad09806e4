import { Anchor, Card, Group, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { UnitSelect } from '../org/unit-select';
import { hasAnyRole, useMe } from '../../app/auth/use-session';
import { formatNumber, type Language } from '../../app/format';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { useComplaintStats } from './use-complaints';

/** Figures of complaint handling for oneself (or an employee/unit given in the URL), each linking to its list. */
export function ComplaintStatsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const year = new Date().getFullYear();
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(`${year}-12-31`);
  const employeeId = params.get('employeeId')
    ? Number(params.get('employeeId'))
    : (me.employeeId ?? undefined);
  const unitId = params.get('unitId') ? Number(params.get('unitId')) : undefined;
  const stats = useComplaintStats({
    from,
    to,
    ...(unitId ? { unitId } : employeeId ? { employeeId } : {}),
  });
  const lang = i18n.language as Language;
  const scope =
    unitId || employeeId !== me.employeeId
      ? hasAnyRole(me, ['PETUGAS_PENGADUAN', 'PIMPINAN'])
        ? 'all'
        : 'team'
      : 'mine';
  const link = (metric: string) => {
    const q = new URLSearchParams({ scope, metric, from, to });
    if (unitId) q.set('unitId', String(unitId));
    else if (employeeId) q.set('assigneeId', String(employeeId));
    return `/complaints?${q.toString()}`;
  };
  const num = (v: number | null, digits = 0) =>
    v === null ? t('complaints.stats.none') : formatNumber(v, lang, { maximumFractionDigits: digits });

  return (
    <>
      <PageHeader
        title={
          stats.data ? `${t('complaints.stats.title')} — ${stats.data.subject}` : t('complaints.stats.title')
        }
        description={t('complaints.stats.description')}
      />
      <Group mb="md">
        <TextInput
          type="date"
          label={t('complaints.stats.from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        {hasAnyRole(me, ['PETUGAS_PENGADUAN', 'PIMPINAN']) && (
          <UnitSelect
            label={t('complaints.actions.unit')}
            value={unitId ?? null}
            clearable
            onChange={(value) => setParams(value ? { unitId: String(value) } : {})}
          />
        )}
        <TextInput
          type="date"
          label={t('complaints.stats.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
      </Group>
      {stats.isPending ? (
        <LoadingState lines={4} />
      ) : stats.isError ? (
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="md" data-testid="complaint-stats">
          <Figure
            label={t('complaints.stats.assigned')}
            value={num(stats.data.assigned)}
            to={link('assigned')}
            testId="stat-assigned"
          />
          <Figure
            label={t('complaints.stats.finished')}
            value={num(stats.data.finished)}
            to={link('finished')}
            testId="stat-finished"
          />
          <Figure
            label={t('complaints.stats.onTime')}
            value={`${num(stats.data.finishedOnTime)} (${stats.data.onTimePercent === null ? '—' : `${num(stats.data.onTimePercent, 1)}%`})`}
            to={link('onTime')}
            testId="stat-on-time"
          />
          <Figure
            label={t('complaints.stats.median')}
            value={num(stats.data.medianWorkingDays, 1)}
            to={link('finished')}
            testId="stat-median"
          />
          <Figure
            label={t('complaints.stats.reopened')}
            value={`${num(stats.data.reopened)} (${stats.data.reopenRatePercent === null ? '—' : `${num(stats.data.reopenRatePercent, 1)}%`})`}
            to={link('reopened')}
            testId="stat-reopened"
          />
          <Figure
            label={t('complaints.stats.rating')}
            value={`${num(stats.data.averageRating, 2)} (${stats.data.rated})`}
            to={link('rated')}
            testId="stat-rating"
          />
          <Figure
            label={t('complaints.stats.breached')}
            value={num(stats.data.breached)}
            to={link('breached')}
            testId="stat-breached"
          />
        </SimpleGrid>
      )}
    </>
  );
}

function Figure({ label, value, to, testId }: { label: string; value: string; to: string; testId: string }) {
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Anchor component={Link} to={to} fz="xl" fw={700}>
        {value}
      </Anchor>
    </Card>
  );
}
