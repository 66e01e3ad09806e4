import { BarChart } from '@mantine/charts';
import { Anchor, Badge, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { DataTable } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { QuarterControl } from './training-period-control';
import { useTrainerStats } from './use-training-reports';

const THIS_YEAR = new Date().getFullYear();

/**
 * The internal trainer registry with each trainer's statistics (issue 11 §4): competencies they may teach, sessions
 * and JP delivered, participants, average participant rating — for a year or a quarter. HR and the Pimpinan see
 * every trainer; a trainer sees their own row.
 */
export function TrainerStatsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [year, setYear] = useState(THIS_YEAR);
  const [quarter, setQuarter] = useState('0');
  const stats = useTrainerStats(year, quarter === '0' ? undefined : Number(quarter));
  const num = (n: number | null, digits = 1) => formatNumber(n, language, { maximumFractionDigits: digits });
  const jpLabel = t('trainingReports.trainers.jp');
  return (
    <>
      <PageHeader
        title={t('trainingReports.trainers.title')}
        description={t('trainingReports.trainers.description')}
        actions={
          <Select
            label={t('trainingReports.page.year')}
            data={[THIS_YEAR, THIS_YEAR - 1].map(String)}
            value={String(year)}
            onChange={(v) => v && setYear(Number(v))}
            allowDeselect={false}
            w={110}
          />
        }
      />
      <Stack gap="md">
        <QuarterControl value={quarter} onChange={setQuarter} />
        {stats.isPending ? (
          <LoadingState lines={4} />
        ) : stats.isError ? (
          <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
        ) : (
          <>
            {stats.data.items.length > 1 && (
              <Paper withBorder p="md" component="section" aria-labelledby="trainer-chart-title">
                <Title order={2} fz="h4" mb="sm" id="trainer-chart-title">
                  {t('trainingReports.trainers.chartTitle')}
                </Title>
                <BarChart
                  h={Math.max(160, stats.data.items.length * 44)}
                  data={stats.data.items.map((i) => ({ name: i.fullName, [jpLabel]: i.jpDelivered }))}
                  dataKey="name"
                  orientation="vertical"
                  yAxisProps={{ width: 180 }}
                  series={[{ name: jpLabel, color: 'blue.8' }]}
                  aria-hidden
                  barChartProps={{ accessibilityLayer: false }}
                />
              </Paper>
            )}
            <DataTable
              caption={t('trainingReports.trainers.title')}
              rows={stats.data.items}
              rowKey={(r) => r.trainerId}
              minWidth={760}
              empty={
                <Text size="sm" c="dimmed" role="status">
                  {t('trainingReports.trainers.none')}
                </Text>
              }
              columns={[
                {
                  key: 'name',
                  header: t('trainingReports.trainers.name'),
                  rowHeader: true,
                  render: (r) => (
                    <Stack gap={0}>
                      <Group gap={6}>
                        <Text size="sm" fw={600}>
                          {r.fullName}
                        </Text>
                        {!r.isActive && (
                          <Badge size="xs" color="gray">
                            {t('trainingReports.trainers.inactive')}
                          </Badge>
                        )}
                      </Group>
                      <Text size="xs" c="dimmed">
                        {r.positionName ?? '—'}
                      </Text>
                    </Stack>
                  ),
                },
                {
                  key: 'competencies',
                  header: t('trainingReports.trainers.competencies'),
                  render: (r) => r.competencies.map((c) => c.name).join(', ') || '—',
                },
                {
                  key: 'sessions',
                  header: t('trainingReports.trainers.sessions'),
                  render: (r) => r.sessions,
                  align: 'right',
                },
                { key: 'jp', header: jpLabel, render: (r) => num(r.jpDelivered), align: 'right' },
                {
                  key: 'participants',
                  header: t('trainingReports.trainers.participants'),
                  render: (r) => r.participants,
                  align: 'right',
                },
                {
                  key: 'rating',
                  header: t('trainingReports.trainers.rating'),
                  render: (r) =>
                    r.averageRating === null
                      ? '—'
                      : t('trainingReports.trainers.ratedCount', {
                          rating: num(r.averageRating, 2),
                          rated: r.rated,
                        }),
                  align: 'right',
                },
                {
                  key: 'detail',
                  header: t('trainingReports.trainers.detail'),
                  hiddenHeader: true,
                  render: (r) => (
                    <Anchor
                      component={Link}
                      to={`/pelatihan/pelatih/${r.employeeId}?from=${stats.data.from}&to=${stats.data.to}`}
                      size="sm"
                    >
                      {t('trainingReports.trainers.detail')}
                    </Anchor>
                  ),
                },
              ]}
            />
          </>
        )}
      </Stack>
    </>
  );
}
