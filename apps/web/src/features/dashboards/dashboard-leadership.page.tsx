import { BarChart, LineChart } from '@mantine/charts';
import {
  Anchor,
  Box,
  Group,
  List,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import {
  isOneOf,
  LEADERSHIP_PERIOD_KINDS,
  type LeadershipDashboard,
  type LeadershipFigure,
  type LeadershipPeriodKind,
  type LeadershipPredikat,
  type LeadershipUnitRow,
} from '@sim/contracts';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatNumber, formatYearMonth, todayInWib } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { DataTable } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { UnitSelect } from '../org/unit-select';
import {
  ChartWithTable,
  ExportButtons,
  FigureTile,
  percentText,
  recentYears,
  useUrlFilters,
} from './dashboard-parts';
import { monthlySummaryUrl, useLeadershipDashboard, type LeadershipFilter } from './use-dashboard-leadership';

// The Pimpinan dashboard (issue 14 §2 "Pimpinan", §5). The period (month, quarter or year) and the unit live in the
// URL, so a link or a reload shows the same view; every number is a link to the list behind it (the server sends the
// links); each chart has the same numbers in a table; each table downloads as XLSX or PDF with the same filters.

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The period of the URL: kind, year, month (1–12) and quarter (1–4), defaulting to the current WIB month. */
function usePeriod() {
  const [params, set] = useUrlFilters();
  const today = todayInWib();
  const kindParam = params.get('periode');
  const kind: LeadershipPeriodKind = isOneOf(LEADERSHIP_PERIOD_KINDS, kindParam) ? kindParam : 'month';
  const int = (name: string, min: number, max: number, fallback: number) => {
    const n = Number(params.get(name));
    return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
  };
  const year = int('tahun', 2000, 2100, Number(today.slice(0, 4)));
  const month = int('bulan', 1, 12, Number(today.slice(5, 7)));
  const quarter = int('triwulan', 1, 4, Math.ceil(Number(today.slice(5, 7)) / 3));
  const unitParam = Number(params.get('unitId'));
  const unitId = Number.isInteger(unitParam) && unitParam > 0 ? unitParam : undefined;
  const [first, last] =
    kind === 'year' ? [1, 12] : kind === 'quarter' ? [quarter * 3 - 2, quarter * 3] : [month, month];
  const filter: LeadershipFilter = {
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(last)}-${pad(daysIn(year, last))}`,
    ...(unitId ? { unitId } : {}),
  };
  return { kind, year, month, quarter, unitId, filter, set, summaryMonth: params.get('ringkasan') };
}

export function LeadershipDashboardPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const period = usePeriod();
  const dashboard = useLeadershipDashboard(period.filter);
  const years = recentYears().map(String);
  return (
    <>
      <PageHeader title={t('dashboardLeadership.title')} description={t('dashboardLeadership.description')} />
      <Stack gap="lg">
        <Paper withBorder p="md" component="section" aria-label={t('dashboardLeadership.filters.legend')}>
          <Group align="flex-end" wrap="wrap" gap="sm">
            <Select
              label={t('dashboardLeadership.filters.kind')}
              data={LEADERSHIP_PERIOD_KINDS.map((k) => ({
                value: k,
                label: t(`dashboardLeadership.filters.kinds.${k}`),
              }))}
              value={period.kind}
              onChange={(v) => v && period.set({ periode: v })}
              allowDeselect={false}
              w={130}
            />
            <Select
              label={t('dashboardLeadership.filters.year')}
              data={years}
              value={String(period.year)}
              onChange={(v) => v && period.set({ tahun: v })}
              allowDeselect={false}
              w={100}
            />
            {period.kind === 'month' && (
              <Select
                label={t('dashboardLeadership.filters.month')}
                data={Array.from({ length: 12 }, (_, i) => ({
                  value: String(i + 1),
                  label: formatYearMonth(`${period.year}-${pad(i + 1)}`, language).split(' ')[0]!,
                }))}
                value={String(period.month)}
                onChange={(v) => v && period.set({ bulan: v })}
                allowDeselect={false}
                w={140}
              />
            )}
            {period.kind === 'quarter' && (
              <Select
                label={t('dashboardLeadership.filters.quarter')}
                data={[1, 2, 3, 4].map((n) => ({
                  value: String(n),
                  label: t('dashboardLeadership.filters.quarterN', { n }),
                }))}
                value={String(period.quarter)}
                onChange={(v) => v && period.set({ triwulan: v })}
                allowDeselect={false}
                w={140}
              />
            )}
            <Box w={{ base: '100%', sm: 260 }}>
              <UnitSelect
                label={t('dashboardLeadership.filters.unit')}
                placeholder={t('dashboardLeadership.filters.allUnits')}
                value={period.unitId ?? null}
                clearable
                onChange={(v) => period.set({ unitId: v ? String(v) : null })}
              />
            </Box>
          </Group>
          <Text size="sm" c="dimmed" mt="xs">
            {t('dashboardLeadership.filters.period', {
              from: formatDate(period.filter.from, language),
              to: formatDate(period.filter.to, language),
            })}
          </Text>
        </Paper>
        {dashboard.isPending ? (
          <LoadingState lines={6} />
        ) : dashboard.isError ? (
          <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
        ) : (
          <DashboardBody d={dashboard.data} filter={period.filter} />
        )}
        <MonthlySummary initial={period.summaryMonth} />
      </Stack>
    </>
  );
}

function useFormat() {
  const language = useLanguage();
  const num = (v: number | null, digits = 0) =>
    v === null ? '—' : formatNumber(v, language, { maximumFractionDigits: digits });
  const pct = (v: number | null) => percentText(v, language, 1);
  return { num, pct, language };
}

/** A figure in a table cell: the number as a link to its records. */
function FigureLink({ f, text }: { f: LeadershipFigure; text: string }) {
  return (
    <Anchor component={Link} to={f.link}>
      {text}
    </Anchor>
  );
}

function DashboardBody({ d, filter }: { d: LeadershipDashboard; filter: LeadershipFilter }) {
  const { t } = useTranslation();
  const { num, pct } = useFormat();
  const total = d.units[0]!;
  const latestIkm = d.ikm.at(-1);
  return (
    <>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm" data-testid="leadership-tiles">
        <FigureTile
          label={t('dashboardLeadership.tiles.received')}
          value={num(total.complaints.received.value)}
          to={total.complaints.received.link}
        />
        <FigureTile
          label={t('dashboardLeadership.tiles.onTime')}
          value={pct(total.complaints.onTimePercent.value)}
          hint={t('dashboardLeadership.tiles.ofFinished', { n: total.complaints.finished.value ?? 0 })}
          to={total.complaints.onTimePercent.link}
        />
        <FigureTile
          label={t('dashboardLeadership.tiles.median')}
          value={num(total.complaints.medianWorkingDays.value, 1)}
          to={total.complaints.medianWorkingDays.link}
        />
        <FigureTile
          label={t('dashboardLeadership.tiles.ikm')}
          value={latestIkm ? `${num(latestIkm.konversi, 2)} (${latestIkm.mutu ?? '—'})` : '—'}
          hint={latestIkm ? latestIkm.unitName : t('dashboardLeadership.tiles.noIkm')}
          to={latestIkm ? latestIkm.link : '/skm'}
        />
        <FigureTile
          label={t('dashboardLeadership.tiles.coverage', { target: d.trainingTarget })}
          value={pct(total.training.percent.value)}
          hint={t('dashboardLeadership.tiles.ofEmployees', {
            reached: total.training.reached.value ?? 0,
            n: total.training.employees.value ?? 0,
          })}
          to={total.training.percent.link}
        />
        <FigureTile
          label={t('dashboardLeadership.tiles.followUp')}
          value={pct(total.oversight.followUpRate.value)}
          hint={t('dashboardLeadership.tiles.ofRecommendations', {
            done: total.oversight.done.value ?? 0,
            n: total.oversight.due.value ?? 0,
            overdue: total.oversight.overdue.value ?? 0,
          })}
          color={(total.oversight.overdue.value ?? 0) > 0 ? 'red.9' : undefined}
          to={total.oversight.followUpRate.link}
        />
        <FigureTile
          label={t('dashboardLeadership.tiles.policies')}
          value={num(d.policiesAwaitingResponse.count.value)}
          to={d.policiesAwaitingResponse.count.link}
        />
      </SimpleGrid>
      <Paper withBorder p="md">
        <ComplaintsSection d={d} filter={filter} />
      </Paper>
      <Paper withBorder p="md">
        <IkmSection d={d} filter={filter} />
      </Paper>
      <Paper withBorder p="md">
        <PredikatSection p={d.predikat} filter={filter} />
      </Paper>
      <Paper withBorder p="md">
        <PeopleSection d={d} filter={filter} />
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="leadership-policies">
        <Title order={2} fz="h4" mb="sm" id="leadership-policies">
          {t('dashboardLeadership.policies.title')}
        </Title>
        {d.policiesAwaitingResponse.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('dashboardLeadership.policies.none')}
          </Text>
        ) : (
          <List spacing={4}>
            {d.policiesAwaitingResponse.items.map((p) => (
              <List.Item key={p.policyId}>
                <Anchor component={Link} to={p.link}>
                  {p.title}
                </Anchor>{' '}
                <Text span size="sm" c={p.daysLeft !== null && p.daysLeft < 0 ? 'red.9' : 'dimmed'}>
                  (
                  {p.daysLeft !== null && p.daysLeft < 0
                    ? t('dashboardLeadership.policies.overdue')
                    : t('dashboardLeadership.policies.closes', {
                        date: formatDate(p.consultationClosesAt),
                      })}
                  )
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Paper>
    </>
  );
}

const unitCell = (u: LeadershipUnitRow) => (u.isTotal ? <strong>{u.unitName}</strong> : u.unitName);

function ComplaintsSection({ d, filter }: { d: LeadershipDashboard; filter: LeadershipFilter }) {
  const { t } = useTranslation();
  const { num, pct } = useFormat();
  const label = t('dashboardLeadership.complaints.onTimePercent');
  const perUnit = d.units.filter((u) => !u.isTotal);
  return (
    <ChartWithTable
      id="leadership-complaints"
      title={t('dashboardLeadership.complaints.title')}
      chart={
        perUnit.length > 0 && (
          <BarChart
            h={Math.max(160, perUnit.length * 34)}
            data={perUnit.map((u) => ({ unit: u.unitName, [label]: u.complaints.onTimePercent.value ?? 0 }))}
            dataKey="unit"
            orientation="vertical"
            yAxisProps={{ width: 150 }}
            xAxisProps={{ domain: [0, 100] }}
            series={[{ name: label, color: 'blue.7' }]}
            barChartProps={{ accessibilityLayer: false }}
          />
        )
      }
      table={
        <DataTable
          caption={t('dashboardLeadership.complaints.title')}
          rows={d.units}
          rowKey={(u) => u.unitId ?? 'total'}
          minWidth={560}
          columns={[
            {
              key: 'unit',
              header: t('dashboardLeadership.complaints.unit'),
              render: unitCell,
              rowHeader: true,
            },
            {
              key: 'received',
              header: t('dashboardLeadership.complaints.received'),
              render: (u) => <FigureLink f={u.complaints.received} text={num(u.complaints.received.value)} />,
              align: 'right',
            },
            {
              key: 'finished',
              header: t('dashboardLeadership.complaints.finished'),
              render: (u) => <FigureLink f={u.complaints.finished} text={num(u.complaints.finished.value)} />,
              align: 'right',
            },
            {
              key: 'onTime',
              header: t('dashboardLeadership.complaints.onTime'),
              render: (u) => (
                <FigureLink f={u.complaints.finishedOnTime} text={num(u.complaints.finishedOnTime.value)} />
              ),
              align: 'right',
            },
            {
              key: 'onTimePercent',
              header: label,
              render: (u) => (
                <FigureLink f={u.complaints.onTimePercent} text={pct(u.complaints.onTimePercent.value)} />
              ),
              align: 'right',
            },
            {
              key: 'median',
              header: t('dashboardLeadership.complaints.median'),
              render: (u) => (
                <FigureLink
                  f={u.complaints.medianWorkingDays}
                  text={num(u.complaints.medianWorkingDays.value, 1)}
                />
              ),
              align: 'right',
            },
          ]}
        />
      }
      actions={
        <ExportButtons
          path="/dashboards/leadership/unit"
          query={filter}
          tableLabel={t('dashboardLeadership.people.tableName')}
        />
      }
    />
  );
}

function IkmSection({ d, filter }: { d: LeadershipDashboard; filter: LeadershipFilter }) {
  const { t } = useTranslation();
  const { num, language } = useFormat();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  // One line per unit over the survey periods (by the period's start month).
  const unitNames = [...new Set(d.ikm.map((s) => s.unitName))];
  const byPeriod = new Map<string, Record<string, string | number>>();
  for (const s of d.ikm) {
    const key = s.periodStart.slice(0, 7);
    const point = byPeriod.get(key) ?? { period: formatYearMonth(key, language) };
    if (s.konversi !== null) point[s.unitName] = s.konversi;
    byPeriod.set(key, point);
  }
  const points = [...byPeriod.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, p]) => p);
  const colours = ['blue.7', 'teal.8', 'grape.7', 'orange.8', 'cyan.8', 'pink.7', 'indigo.7', 'lime.9'];
  // Each unit's latest IKM. A trend needs two periods and room for a legend naming each line; on a phone, or with
  // one period, the chart is one bar per unit with its name on the axis (the table keeps every period).
  const latest = new Map<string, number>();
  for (const s of [...d.ikm].sort((a, b) => a.periodStart.localeCompare(b.periodStart))) {
    if (s.konversi !== null) latest.set(s.unitName, s.konversi);
  }
  const ikmLabel = t('dashboardLeadership.ikm.latest');
  const chart =
    wide && points.length > 1 ? (
      <LineChart
        h={220}
        data={points}
        dataKey="period"
        yAxisProps={{ domain: [0, 100] }}
        series={unitNames.map((name, i) => ({ name, color: colours[i % colours.length]! }))}
        withLegend
        connectNulls
        lineChartProps={{ accessibilityLayer: false }}
      />
    ) : (
      latest.size > 0 && (
        <BarChart
          h={Math.max(120, latest.size * 34)}
          data={[...latest].map(([unit, ikm]) => ({ unit, [ikmLabel]: ikm }))}
          dataKey="unit"
          orientation="vertical"
          yAxisProps={{ width: 150 }}
          xAxisProps={{ domain: [0, 100] }}
          series={[{ name: ikmLabel, color: 'teal.8' }]}
          barChartProps={{ accessibilityLayer: false }}
        />
      )
    );
  const trend = (now: number | null, before: number | null) => {
    if (now === null || before === null) return '—';
    const diff = Math.round((now - before) * 100) / 100;
    if (diff === 0) return t('dashboardLeadership.ikm.same');
    return t(diff > 0 ? 'dashboardLeadership.ikm.up' : 'dashboardLeadership.ikm.down', {
      d: num(Math.abs(diff), 2),
    });
  };
  return (
    <ChartWithTable
      id="leadership-ikm"
      title={t('dashboardLeadership.ikm.title')}
      chart={chart}
      table={
        <DataTable
          caption={t('dashboardLeadership.ikm.title')}
          rows={d.ikm}
          rowKey={(s) => s.surveyId}
          minWidth={600}
          empty={
            <Text size="sm" c="dimmed">
              {t('dashboardLeadership.ikm.none')}
            </Text>
          }
          columns={[
            {
              key: 'unit',
              header: t('dashboardLeadership.ikm.unit'),
              render: (s) => s.unitName,
              rowHeader: true,
            },
            {
              key: 'period',
              header: t('dashboardLeadership.ikm.period'),
              render: (s) => `${formatDate(s.periodStart, language)} – ${formatDate(s.periodEnd, language)}`,
            },
            {
              key: 'respondents',
              header: t('dashboardLeadership.ikm.respondents'),
              render: (s) => (
                <FigureLink f={{ value: s.respondents, link: s.link }} text={num(s.respondents)} />
              ),
              align: 'right',
            },
            {
              key: 'ikm',
              header: t('dashboardLeadership.ikm.ikm'),
              render: (s) => <FigureLink f={{ value: s.konversi, link: s.link }} text={num(s.konversi, 2)} />,
              align: 'right',
            },
            { key: 'mutu', header: t('dashboardLeadership.ikm.mutu'), render: (s) => s.mutu ?? '—' },
            {
              key: 'trend',
              header: t('dashboardLeadership.ikm.trend'),
              render: (s) => trend(s.konversi, s.previousKonversi),
            },
          ]}
        />
      }
      actions={
        d.ikm.length > 0 && (
          <ExportButtons
            path="/dashboards/leadership/ikm"
            query={filter}
            tableLabel={t('dashboardLeadership.ikm.title')}
          />
        )
      }
    />
  );
}

function PredikatSection({ p, filter }: { p: LeadershipPredikat; filter: LeadershipFilter }) {
  const { t } = useTranslation();
  const { num, pct } = useFormat();
  const label = t('dashboardLeadership.predikat.percent');
  const names = (list: string[]) =>
    list
      .map((v) => t(`dashboardLeadership.predikat.values.${v as 'BAIK'}`))
      .join(t('dashboardLeadership.predikat.and'));
  const rules = p.constraints.flatMap((c) => [
    ...(c.maxPercent !== null
      ? [t('dashboardLeadership.predikat.atMost', { names: names(c.predikat), n: c.maxPercent })]
      : []),
    ...(c.minPercent !== null
      ? [t('dashboardLeadership.predikat.atLeast', { names: names(c.predikat), n: c.minPercent })]
      : []),
    ...(c.minCount !== null
      ? [t('dashboardLeadership.predikat.atLeastCount', { names: names(c.predikat), n: c.minCount })]
      : []),
  ]);
  if (p.periodId === null) {
    return (
      <section aria-labelledby="leadership-predikat">
        <Title order={2} fz="h4" mb="sm" id="leadership-predikat">
          {t('dashboardLeadership.predikat.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('dashboardLeadership.predikat.noPeriod')}
        </Text>
      </section>
    );
  }
  return (
    <ChartWithTable
      id="leadership-predikat"
      title={t('dashboardLeadership.predikat.title')}
      chart={
        <>
          <Text size="sm" mb="xs">
            {t('dashboardLeadership.predikat.period', {
              period: p.periodLabel,
              year: p.year,
              org: p.orgPredikat
                ? t(`dashboardLeadership.predikat.org.${p.orgPredikat}`)
                : t('dashboardLeadership.predikat.noOrg'),
              total: p.total,
            })}
          </Text>
          <BarChart
            h={200}
            data={p.counts.map((c) => ({
              predikat: t(`dashboardLeadership.predikat.values.${c.predikat}`),
              [label]: c.percent ?? 0,
            }))}
            dataKey="predikat"
            yAxisProps={{ domain: [0, 100] }}
            series={[{ name: label, color: 'teal.8' }]}
            barChartProps={{ accessibilityLayer: false }}
          />
        </>
      }
      table={
        <Stack gap="sm">
          <DataTable
            caption={t('dashboardLeadership.predikat.title')}
            rows={p.counts}
            rowKey={(c) => c.predikat}
            minWidth={320}
            columns={[
              {
                key: 'predikat',
                header: t('dashboardLeadership.predikat.predikat'),
                render: (c) => t(`dashboardLeadership.predikat.values.${c.predikat}`),
                rowHeader: true,
              },
              {
                key: 'count',
                header: t('dashboardLeadership.predikat.count'),
                render: (c) => <FigureLink f={{ value: c.count, link: p.link }} text={num(c.count)} />,
                align: 'right',
              },
              { key: 'percent', header: label, render: (c) => pct(c.percent), align: 'right' },
            ]}
          />
          {rules.length > 0 && (
            <div>
              <Text size="sm" fw={600}>
                {t('dashboardLeadership.predikat.pattern')}
              </Text>
              <List size="sm">
                {rules.map((r) => (
                  <List.Item key={r}>{r}</List.Item>
                ))}
              </List>
            </div>
          )}
          {p.ok ? (
            <Text size="sm" c="teal.9">
              {t('dashboardLeadership.predikat.ok')}
            </Text>
          ) : (
            <div role="status">
              <Text size="sm" c="red.9" fw={600}>
                {t('dashboardLeadership.predikat.notOk')}
              </Text>
              <List size="sm">
                {p.violations.map((v) => (
                  <List.Item key={v}>{v}</List.Item>
                ))}
              </List>
            </div>
          )}
        </Stack>
      }
      actions={
        <ExportButtons
          path="/dashboards/leadership/predikat"
          query={filter}
          tableLabel={t('dashboardLeadership.predikat.title')}
        />
      }
    />
  );
}

function PeopleSection({ d, filter }: { d: LeadershipDashboard; filter: LeadershipFilter }) {
  const { t } = useTranslation();
  const { num, pct } = useFormat();
  const cell = (f: LeadershipFigure, text: string) => <FigureLink f={f} text={text} />;
  return (
    <section aria-labelledby="leadership-people">
      <Title order={2} fz="h4" mb="sm" id="leadership-people">
        {t('dashboardLeadership.people.title')}
      </Title>
      <DataTable
        caption={t('dashboardLeadership.people.title')}
        rows={d.units}
        rowKey={(u) => u.unitId ?? 'total'}
        minWidth={720}
        columns={[
          {
            key: 'unit',
            header: t('dashboardLeadership.complaints.unit'),
            render: unitCell,
            rowHeader: true,
          },
          {
            key: 'employees',
            header: t('dashboardLeadership.people.employees'),
            render: (u) => cell(u.training.employees, num(u.training.employees.value)),
            align: 'right',
          },
          {
            key: 'reached',
            header: t('dashboardLeadership.people.reached', { target: d.trainingTarget }),
            render: (u) => cell(u.training.reached, num(u.training.reached.value)),
            align: 'right',
          },
          {
            key: 'coverage',
            header: t('dashboardLeadership.people.coverage'),
            render: (u) => cell(u.training.percent, pct(u.training.percent.value)),
            align: 'right',
          },
          {
            key: 'recommendations',
            header: t('dashboardLeadership.people.recommendations'),
            render: (u) => cell(u.oversight.due, num(u.oversight.due.value)),
            align: 'right',
          },
          {
            key: 'done',
            header: t('dashboardLeadership.people.done'),
            render: (u) => cell(u.oversight.done, num(u.oversight.done.value)),
            align: 'right',
          },
          {
            key: 'overdue',
            header: t('dashboardLeadership.people.overdue'),
            render: (u) => cell(u.oversight.overdue, num(u.oversight.overdue.value)),
            align: 'right',
          },
          {
            key: 'rate',
            header: t('dashboardLeadership.people.followUpRate'),
            render: (u) => cell(u.oversight.followUpRate, pct(u.oversight.followUpRate.value)),
            align: 'right',
          },
        ]}
      />
      <ExportButtons
        path="/dashboards/leadership/unit"
        query={filter}
        tableLabel={t('dashboardLeadership.people.tableName')}
      />
    </section>
  );
}

/** The last complete WIB month, `YYYY-MM`. */
function lastCompleteMonth(): string {
  const [y, m] = todayInWib().slice(0, 7).split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
}

function MonthlySummary({ initial }: { initial: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [month, setMonth] = useState(
    initial && /^\d{4}-(0[1-9]|1[0-2])$/.test(initial) ? initial : lastCompleteMonth(),
  );
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="leadership-monthly">
      <Title order={2} fz="h4" mb="xs" id="leadership-monthly">
        {t('dashboardLeadership.monthly.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('dashboardLeadership.monthly.description')}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          type="month"
          label={t('dashboardLeadership.monthly.month')}
          value={month}
          onChange={(e) => setMonth(e.currentTarget.value)}
          w={200}
        />
        {valid && (
          <Anchor href={monthlySummaryUrl(month)} download data-testid="monthly-summary-link">
            {t('dashboardLeadership.monthly.download', { month: formatYearMonth(month, language) })}
          </Anchor>
        )}
      </Group>
    </Paper>
  );
}
