import type { RecommendationSummary } from '@sim/contracts';
import { Paper, Stack, Title } from '@mantine/core';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { useRecommendationColumns } from './followup-display';
import { useOversightWork } from './use-oversight-followup';

/** What waits for me (issue 12 §2, §6): my recommendations, follow-ups to verify, decisions, escalations. */
export function FollowUpWorkPage() {
  const { t } = useTranslation();
  const work = useOversightWork();
  const columns = useRecommendationColumns();
  const section = (id: string, title: ParseKeys, empty: ParseKeys, rows: RecommendationSummary[]) => (
    <Paper withBorder p="md" component="section" aria-labelledby={id} key={id}>
      <Title order={2} fz="h4" mb="sm" id={id}>
        {t(title)} ({rows.length})
      </Title>
      <DataTable
        caption={t(title)}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        empty={t(empty)}
        minWidth={720}
      />
    </Paper>
  );
  return (
    <>
      <PageHeader
        title={t('oversightFollowUp.work.title')}
        description={t('oversightFollowUp.work.description')}
      />
      {work.isPending ? (
        <LoadingState />
      ) : work.isError ? (
        <ErrorState error={work.error} onRetry={() => void work.refetch()} />
      ) : (
        <Stack gap="lg">
          {section(
            'work-mine',
            'oversightFollowUp.work.mine',
            'oversightFollowUp.work.mineEmpty',
            work.data.mine,
          )}
          {work.data.toVerify.length > 0 &&
            section(
              'work-verify',
              'oversightFollowUp.work.toVerify',
              'oversightFollowUp.work.toVerifyEmpty',
              work.data.toVerify,
            )}
          {work.data.toDecide.length > 0 &&
            section(
              'work-decide',
              'oversightFollowUp.work.toDecide',
              'oversightFollowUp.work.toDecideEmpty',
              work.data.toDecide,
            )}
          {work.data.escalated.length > 0 &&
            section(
              'work-escalated',
              'oversightFollowUp.work.escalated',
              'oversightFollowUp.work.escalatedEmpty',
              work.data.escalated,
            )}
        </Stack>
      )}
    </>
  );
}
