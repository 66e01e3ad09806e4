import { Stack, Text } from '@mantine/core';
import { formatTanggal, toWibIsoDate } from '@sim/domain';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { DataTable } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { useTrainerSessions } from './use-training-reports';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The sessions one internal trainer delivered in a period: the records behind the trainer statistics and behind the
 * bukti sistem of their SKP (the SKP links here with the period's dates).
 */
export function TrainerSessionsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { employeeId } = useParams();
  const [params] = useSearchParams();
  const from = ISO_DATE.test(params.get('from') ?? '') ? params.get('from')! : undefined;
  const to = ISO_DATE.test(params.get('to') ?? '') ? params.get('to')! : undefined;
  const sessions = useTrainerSessions(Number(employeeId), from, to);
  const num = (n: number | null, digits = 1) => formatNumber(n, language, { maximumFractionDigits: digits });
  if (sessions.isPending) return <LoadingState lines={5} />;
  if (sessions.isError) return <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />;
  const d = sessions.data;
  return (
    <>
      <PageHeader
        title={t('trainingReports.sessions.title', { name: d.fullName })}
        description={t('trainingReports.sessions.description', {
          from: formatTanggal(d.from),
          to: formatTanggal(d.to),
        })}
      />
      <Stack gap="sm">
        <Text fw={600} data-testid="trainer-sessions-totals">
          {t('trainingReports.sessions.totals', {
            sessions: d.totals.sessions,
            jp: num(d.totals.jpDelivered),
            participants: d.totals.participants,
          })}
        </Text>
        <DataTable
          caption={t('trainingReports.sessions.title', { name: d.fullName })}
          rows={d.items}
          rowKey={(r) => r.sessionId}
          minWidth={560}
          empty={
            <Text size="sm" c="dimmed" role="status">
              {t('trainingReports.sessions.none')}
            </Text>
          }
          columns={[
            {
              key: 'title',
              header: t('trainingReports.sessions.session'),
              render: (r) => r.title,
              rowHeader: true,
            },
            {
              key: 'date',
              header: t('trainingReports.sessions.date'),
              render: (r) => formatTanggal(toWibIsoDate(new Date(r.startsAt))),
            },
            { key: 'jp', header: t('trainingReports.sessions.jp'), render: (r) => num(r.jp), align: 'right' },
            {
              key: 'participants',
              header: t('trainingReports.sessions.participants'),
              render: (r) => r.participants,
              align: 'right',
            },
            {
              key: 'rating',
              header: t('trainingReports.sessions.rating'),
              render: (r) =>
                r.averageRating === null
                  ? '—'
                  : t('trainingReports.trainers.ratedCount', {
                      rating: num(r.averageRating, 2),
                      rated: r.rated,
                    }),
              align: 'right',
            },
          ]}
        />
      </Stack>
    </>
  );
}
