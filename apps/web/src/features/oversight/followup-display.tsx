import type { RecommendationStatus, RecommendationSummary } from '@sim/contracts';
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, type Language } from '../../app/format';
import type { Column } from '../../components/data-table';
import { StatusBadge, type Tone } from '../../components/status-badge';

const TONE: Record<RecommendationStatus, Tone> = {
  OPEN: 'info',
  SUBMITTED: 'attention',
  RETURNED: 'danger',
  CLOSED: 'positive',
  CANNOT_FOLLOW_UP_PENDING: 'attention',
  CANNOT_FOLLOW_UP_APPROVED: 'neutral',
};

export function RecommendationStatusBadge({ status }: { status: RecommendationStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONE[status]}>{t(`oversightFollowUp.status.${status}`)}</StatusBadge>;
}

/** The due date with the days left, or how late it is (overdue shown in words and colour, not colour alone). */
export function DueText({ r }: { r: Pick<RecommendationSummary, 'dueDate' | 'daysUntilDue' | 'isOverdue'> }) {
  const { t, i18n } = useTranslation();
  const date = formatDate(r.dueDate, i18n.language as Language);
  if (r.isOverdue) {
    return (
      <Text size="sm" c="red.9" fw={600} component="span">
        {t('oversightFollowUp.overdueBy', { days: -r.daysUntilDue, date })}
      </Text>
    );
  }
  return (
    <Text size="sm" component="span">
      {r.daysUntilDue === 0
        ? t('oversightFollowUp.dueToday', { date })
        : r.daysUntilDue > 0
          ? t('oversightFollowUp.dueIn', { days: r.daysUntilDue, date })
          : date}
    </Text>
  );
}

/** The columns of every recommendation list (work lists, the home card, the report's overdue list). */
export function useRecommendationColumns(): Column<RecommendationSummary>[] {
  const { t } = useTranslation();
  return [
    {
      key: 'text',
      header: t('oversightFollowUp.work.recommendation'),
      rowHeader: true,
      render: (r) => (
        <Anchor component={Link} to={`/pengawasan/rekomendasi/${r.id}`} size="sm">
          {r.text}
        </Anchor>
      ),
    },
    {
      key: 'finding',
      header: t('oversightFollowUp.work.finding'),
      render: (r) => `${r.findingTitle} (${t(`oversightFollowUp.severity.${r.severity}`)})`,
    },
    { key: 'owner', header: t('oversightFollowUp.work.owner'), render: (r) => r.ownerName },
    { key: 'due', header: t('oversightFollowUp.work.due'), render: (r) => <DueText r={r} /> },
    {
      key: 'status',
      header: t('oversightFollowUp.work.status'),
      render: (r) => <RecommendationStatusBadge status={r.status} />,
    },
  ];
}
