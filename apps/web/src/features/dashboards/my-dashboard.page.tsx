import { BarChart, LineChart } from '@mantine/charts';
import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { PREDIKAT_VALUES, type PredikatValue } from '@sim/contracts/values';
import type { MyDashboard } from '@sim/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime, formatNumber } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { DataTable } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { SlaCountdown } from '../complaints/sla-countdown';
import '../complaints/complaints.i18n';
import { PredikatBadge, SkpStatusBadge } from '../performance/performance-display';
import '../performance/performance.i18n';
import {
  ChartWithTable,
  ExportButtons,
  FigureTile,
  percentText,
  useDashboardYear,
  YearSelect,
} from './dashboard-parts';
import { useMyDashboard } from './use-dashboards';
import './dashboards.i18n';

/** Predikat on a 5-step scale for the history chart (Sangat Baik highest). */
const predikatScore = (p: PredikatValue) => PREDIKAT_VALUES.length - PREDIKAT_VALUES.indexOf(p);

/** Kinerja Saya (issue 14 §2): the signed-in employee's own figures of a year, each a link to its records. */
export function MyDashboardPage() {
  const { t } = useTranslation();
  const [year, setYear, years] = useDashboardYear();
  const dashboard = useMyDashboard(year);
  return (
    <>
      <PageHeader
        title={t('dashboards.me.title')}
        description={t('dashboards.me.description')}
        actions={<YearSelect year={year} years={years} onChange={setYear} />}
      />
      {dashboard.isPending ? (
        <LoadingState />
      ) : dashboard.isError ? (
        <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : (
        <MyDashboardBody d={dashboard.data} />
      )}
    </>
  );
}

function MyDashboardBody({ d }: { d: MyDashboard }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const query = { year: d.year };
  const pct = (v: number | null) => percentText(v, lang);
  return (
    <Stack gap="xl">
      <section aria-labelledby="summary-title">
        <Title order={2} fz="h4" mb="sm" id="summary-title">
          {t('dashboards.me.summaryTable')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }}>
          <FigureTile
            label={t('dashboards.me.onTime')}
            value={pct(d.complaints.onTimePercent)}
            hint={t('dashboards.me.onTimeHint', {
              onTime: formatNumber(d.complaints.finishedOnTime, lang),
              finished: formatNumber(d.complaints.finished, lang),
            })}
            to={d.complaints.link}
          />
          <FigureTile
            label={t('dashboards.me.rating')}
            value={d.complaints.averageRating === null ? '—' : formatNumber(d.complaints.averageRating, lang)}
            hint={t('dashboards.me.ratingHint', { rated: formatNumber(d.complaints.rated, lang) })}
            to={d.complaints.link}
          />
          <FigureTile
            label={t('dashboards.me.jp')}
            value={formatNumber(d.jp.jp, lang)}
            hint={t('dashboards.me.jpHint', { target: formatNumber(d.jp.target, lang) })}
            to={d.jp.link}
            color={d.jp.jp >= d.jp.target ? 'green.9' : undefined}
          />
          <FigureTile
            label={t('dashboards.me.openComplaints')}
            value={formatNumber(d.openComplaints.length, lang)}
            hint={t('dashboards.me.openComplaintsHint')}
            to={d.openComplaintsLink}
          />
          <FigureTile
            label={t('dashboards.me.recommendations')}
            value={formatNumber(d.recommendations.length, lang)}
            hint={t('dashboards.me.recommendationsHint')}
            to={d.recommendationsLink}
          />
        </SimpleGrid>
        <ExportButtons
          path="/dashboards/me/ringkasan"
          query={query}
          tableLabel={t('dashboards.me.summaryTable')}
        />
      </section>

      <SkpSection d={d} />

      <section aria-labelledby="feedback-title">
        <Title order={2} fz="h4" mb="sm" id="feedback-title">
          {t('dashboards.me.feedbackTitle')}
        </Title>
        {d.feedback.length === 0 ? (
          <Text c="dimmed">{t('dashboards.me.noFeedback')}</Text>
        ) : (
          <Stack gap="xs">
            {d.feedback.map((f) => (
              <Paper key={f.id} withBorder p="sm">
                <Text size="sm">{f.text}</Text>
                <Text size="xs" c="dimmed">
                  {f.authorName} · {formatDateTime(f.createdAt, lang)}
                  {d.skp && (
                    <>
                      {' · '}
                      <Anchor component={Link} to={d.skp.link} size="xs" underline="always">
                        {t('dashboards.me.startSkp')}
                      </Anchor>
                    </>
                  )}
                </Text>
              </Paper>
            ))}
          </Stack>
        )}
      </section>

      <section aria-labelledby="complaints-title">
        <Title order={2} fz="h4" mb="sm" id="complaints-title">
          {t('dashboards.me.complaintsTitle')}
        </Title>
        <DataTable
          caption={t('dashboards.me.complaintsTitle')}
          rows={d.openComplaints}
          rowKey={(c) => c.id}
          minWidth={360}
          empty={<Text c="dimmed">{t('dashboards.me.noComplaints')}</Text>}
          columns={[
            {
              key: 'ticket',
              header: t('dashboards.me.ticket'),
              rowHeader: true,
              render: (c) => (
                <Anchor component={Link} to={`/complaints/${c.id}`}>
                  {c.ticket}
                </Anchor>
              ),
            },
            { key: 'service', header: t('dashboards.me.service'), render: (c) => c.categoryName },
            {
              key: 'deadline',
              header: t('dashboards.me.deadline'),
              render: (c) => <SlaCountdown sla={c.sla} compact />,
            },
          ]}
        />
        <ExportButtons
          path="/dashboards/me/pengaduan"
          query={query}
          tableLabel={t('dashboards.me.complaintsTitle')}
        />
      </section>

      <section aria-labelledby="recommendations-title">
        <Title order={2} fz="h4" mb="sm" id="recommendations-title">
          {t('dashboards.me.recommendationsTitle')}
        </Title>
        <DataTable
          caption={t('dashboards.me.recommendationsTitle')}
          rows={d.recommendations}
          rowKey={(r) => r.id}
          minWidth={360}
          empty={<Text c="dimmed">{t('dashboards.me.noRecommendations')}</Text>}
          columns={[
            {
              key: 'text',
              header: t('dashboards.me.recommendation'),
              rowHeader: true,
              render: (r) => (
                <Anchor component={Link} to={`/pengawasan/rekomendasi/${r.id}`}>
                  {r.text}
                </Anchor>
              ),
            },
            {
              key: 'due',
              header: t('dashboards.me.dueDate'),
              render: (r) => (
                <>
                  {formatDate(r.dueDate, lang)}
                  <Text size="xs" fw={600} c={r.daysUntilDue < 0 ? 'red.9' : undefined}>
                    {r.daysUntilDue < 0
                      ? t('dashboards.me.daysLate', { count: -r.daysUntilDue })
                      : t('dashboards.me.daysLeft', { count: r.daysUntilDue })}
                  </Text>
                </>
              ),
            },
          ]}
        />
        <ExportButtons
          path="/dashboards/me/rekomendasi"
          query={query}
          tableLabel={t('dashboards.me.recommendationsTitle')}
        />
      </section>

      <ChartWithTable
        id="predikat-title"
        title={t('dashboards.me.predikatTitle')}
        chart={
          d.predikatHistory.length > 1 ? (
            <LineChart
              h={180}
              data={[...d.predikatHistory].reverse().map((h) => ({
                period: h.periodLabel,
                score: predikatScore(h.predikat),
              }))}
              dataKey="period"
              series={[{ name: 'score', color: 'blue.7' }]}
              yAxisProps={{ domain: [1, 5], allowDecimals: false }}
              lineChartProps={{ accessibilityLayer: false }}
            />
          ) : null
        }
        table={
          <DataTable
            caption={t('dashboards.me.predikatTitle')}
            rows={d.predikatHistory}
            rowKey={(h) => `${h.skpId}-${h.periodId}`}
            minWidth={320}
            empty={<Text c="dimmed">{t('dashboards.me.noPredikat')}</Text>}
            columns={[
              {
                key: 'period',
                header: t('dashboards.me.period'),
                rowHeader: true,
                render: (h) => (
                  <Anchor component={Link} to={h.link}>
                    {h.periodLabel}
                  </Anchor>
                ),
              },
              {
                key: 'end',
                header: t('dashboards.me.periodEnd'),
                render: (h) => formatDate(h.periodEnd, lang),
              },
              {
                key: 'predikat',
                header: t('dashboards.me.predikat'),
                render: (h) => <PredikatBadge predikat={h.predikat} />,
              },
            ]}
          />
        }
        actions={
          <ExportButtons
            path="/dashboards/me/predikat"
            query={query}
            tableLabel={t('dashboards.me.predikatTitle')}
          />
        }
      />
    </Stack>
  );
}

function SkpSection({ d }: { d: MyDashboard }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const skp = d.skp;
  if (!skp) {
    return (
      <section aria-labelledby="skp-title">
        <Title order={2} fz="h4" mb="sm" id="skp-title">
          {t('dashboards.me.skpTitle')}
        </Title>
        <Text c="dimmed">
          {t('dashboards.me.noSkp')}{' '}
          <Anchor component={Link} to={d.skpLink} underline="always">
            {t('dashboards.me.startSkp')}
          </Anchor>
        </Text>
      </section>
    );
  }
  const pct = (v: number | null) => percentText(v, lang);
  const series = t('dashboards.me.averagePercent');
  return (
    <>
      <ChartWithTable
        id="skp-title"
        title={t('dashboards.me.skpTitle')}
        chart={
          <BarChart
            h={200}
            data={skp.periods.map((p) => ({ period: p.label, [series]: p.averagePercent ?? 0 }))}
            dataKey="period"
            series={[{ name: series, color: 'blue.7' }]}
            yAxisProps={{ domain: [0, 100] }}
            valueFormatter={(v) => `${formatNumber(v, lang, { maximumFractionDigits: 1 })}%`}
            barChartProps={{ accessibilityLayer: false }}
          />
        }
        table={
          <DataTable
            caption={t('dashboards.me.skpTitle')}
            rows={skp.periods}
            rowKey={(p) => p.id}
            minWidth={280}
            columns={[
              {
                key: 'period',
                header: t('dashboards.me.period'),
                rowHeader: true,
                render: (p) => (
                  <Anchor component={Link} to={skp.link}>
                    {p.label}
                  </Anchor>
                ),
              },
              {
                key: 'avg',
                header: t('dashboards.me.averagePercent'),
                align: 'right',
                render: (p) => pct(p.averagePercent),
              },
            ]}
          />
        }
      />
      <section aria-label={t('dashboards.me.indicator')}>
        <Text size="sm" mb="xs">
          <SkpStatusBadge status={skp.status} />{' '}
          <Anchor component={Link} to={skp.link} size="sm">
            {t('dashboards.me.startSkp')}
          </Anchor>
        </Text>
        <DataTable
          caption={`${t('dashboards.me.skpTitle')} — ${t('dashboards.me.indicator')}`}
          rows={skp.indicators}
          rowKey={(i) => i.id}
          minWidth={560}
          columns={[
            {
              key: 'indicator',
              header: t('dashboards.me.indicator'),
              rowHeader: true,
              render: (i) => i.text,
            },
            { key: 'target', header: t('dashboards.me.target'), render: (i) => i.target },
            ...skp.periods.map((p) => ({
              key: `p${p.id}`,
              header: t('dashboards.me.capaian', { period: p.label }),
              align: 'right' as const,
              render: (i: (typeof skp.indicators)[number]) => {
                const cell = i.cells.find((c) => c.periodId === p.id);
                if (!cell || (cell.value === null && cell.text === null)) return '—';
                const value = cell.value === null ? cell.text : formatNumber(cell.value, lang);
                return cell.percent === null ? value : `${value} (${pct(cell.percent)})`;
              },
            })),
          ]}
        />
        <ExportButtons
          path="/dashboards/me/skp"
          query={{ year: d.year }}
          tableLabel={t('dashboards.me.skpTitle')}
        />
      </section>
    </>
  );
}
