import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table';
import { useRecommendationColumns } from './followup-display';
import { useOversightWork } from './use-oversight-followup';

/**
 * The owner's dashboard card (issue 12 §6): open and overdue recommendations for me. Shown only when there is
 * something to do, so a home page without oversight work stays as it was.
 */
export function FollowUpHomeCard() {
  const { t } = useTranslation();
  const work = useOversightWork();
  const columns = useRecommendationColumns();
  const mine = work.data?.mine ?? [];
  const waiting =
    (work.data?.toVerify.length ?? 0) +
    (work.data?.toDecide.length ?? 0) +
    (work.data?.escalated.length ?? 0);
  if (mine.length === 0 && waiting === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="my-recommendations-title">
      <Title order={2} fz="h4" id="my-recommendations-title">
        {t('oversightFollowUp.home.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('oversightFollowUp.home.hint')}
      </Text>
      <Stack gap="sm">
        <Text size="sm" fw={600}>
          {t('oversightFollowUp.home.summary', {
            open: mine.length,
            overdue: mine.filter((r) => r.isOverdue).length,
          })}
        </Text>
        {mine.length > 0 && (
          <DataTable
            caption={t('oversightFollowUp.home.title')}
            columns={columns}
            rows={mine.slice(0, 5)}
            rowKey={(r) => r.id}
            minWidth={640}
          />
        )}
        <Anchor component={Link} to="/pengawasan/tindak-lanjut" size="sm">
          {t('oversightFollowUp.home.all')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
