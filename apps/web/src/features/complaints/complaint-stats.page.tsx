import { Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { UnitSelect } from '../org/unit-select';
import { useMe } from '../../app/auth/use-session';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { ComplaintFigures, complaintStatsLink } from './complaint-figures';
import { useComplaintStats } from './use-complaints';

/** Figures of complaint handling for oneself (or an employee/unit given in the URL), each linking to its list. */
export function ComplaintStatsPage() {
  const { t } = useTranslation();
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
  const scope =
    unitId || employeeId !== me.employeeId
      ? me.capabilities.complaints.queueScopes.includes('all')
        ? 'all'
        : 'team'
      : 'mine';
  const link = (metric: string) => complaintStatsLink(metric, { scope, from, to, unitId, employeeId });

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
        {me.capabilities.complaints.readUnitStats && (
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
        <ComplaintFigures stats={stats.data} link={link} />
      )}
    </>
  );
}
