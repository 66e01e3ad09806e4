import { BarChart } from '@mantine/charts';
import { Button, Group, List, NumberInput, Paper, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CostSavingReport, JpCoverage } from '@sim/contracts';
import { formatTanggal } from '@sim/domain';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCapabilities, useMe } from '../../app/auth/use-session';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { DataTable } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { QuarterControl } from './training-period-control';
import { Pager } from '../../components/pager';
import { JpBar } from './training-dashboard-card';
import {
  costSavingXlsxUrl,
  useCostSaving,
  useJpCoverage,
  useJpEmployees,
  useMyJp,
  useSaveTrainingTargets,
  useTrainingTargets,
} from './use-training-reports';

const THIS_YEAR = new Date().getFullYear();
const YEARS = [THIS_YEAR, THIS_YEAR - 1, THIS_YEAR - 2].map(String);

/**
 * The 20 JP target (issue 11 §3): my JP this year; the coverage of my team (a superior) or of the office (HR, the
 * Pimpinan) per unit as a chart and a table; who is below the target; the cost saving of internal trainers and the
 * settings for those allowed.
 */
export function TrainingDashboardPage() {
  const { t } = useTranslation();
  const me = useMe();
  const caps = useCapabilities();
  // A link from the Pimpinan dashboard opens a year and a unit (?year=&unitId=).
  const [params] = useSearchParams();
  const yearParam = Number(params.get('year'));
  const unitParam = Number(params.get('unitId'));
  const unitId = Number.isInteger(unitParam) && unitParam > 0 ? unitParam : undefined;
  const [year, setYear] = useState(
    Number.isInteger(yearParam) && yearParam >= 2000 && yearParam <= THIS_YEAR ? yearParam : THIS_YEAR,
  );
  const coverage = useJpCoverage(year);
  return (
    <>
      <PageHeader
        title={t('trainingReports.page.title')}
        description={t('trainingReports.page.description', { target: coverage.data?.target ?? 20 })}
        actions={
          <Select
            label={t('trainingReports.page.year')}
            data={YEARS}
            value={String(year)}
            onChange={(v) => v && setYear(Number(v))}
            allowDeselect={false}
            w={110}
          />
        }
      />
      <Stack gap="lg">
        {me.employeeId !== null && <MyJpSection year={year} />}
        {coverage.isPending ? (
          <LoadingState lines={4} />
        ) : coverage.isError ? (
          <ErrorState error={coverage.error} onRetry={() => void coverage.refetch()} />
        ) : (
          <CoverageSection coverage={coverage.data} />
        )}
        {coverage.data && coverage.data.total.employees > 0 && (
          <EmployeesSection year={year} unitId={unitId} />
        )}
        {caps.trainingReports.readCostSaving && <CostSavingSection year={year} />}
        {caps.trainingReports.manageTargets && <TargetSettingsSection />}
      </Stack>
    </>
  );
}

function MyJpSection({ year }: { year: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const mine = useMyJp(year);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="jp-mine-title">
      <Title order={2} fz="h4" mb="sm" id="jp-mine-title">
        {t('trainingReports.myJp.title', { year })}
      </Title>
      {mine.isPending ? (
        <LoadingState lines={2} />
      ) : mine.isError ? (
        <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />
      ) : (
        <Stack gap="sm">
          <JpBar progress={mine.data} />
          {mine.data.reminder && (
            <Text size="sm" c="red.9" role="status">
              {mine.data.reminder}
            </Text>
          )}
          <Title order={3} fz="h5">
            {t('trainingReports.myJp.credits')}
          </Title>
          {mine.data.credits.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('trainingReports.myJp.noCredits')}
            </Text>
          ) : (
            <List size="sm" spacing={4}>
              {mine.data.credits.map((c, i) => (
                <List.Item key={`${c.title}-${i}`}>
                  {c.title} — {formatNumber(c.jp, language, { maximumFractionDigits: 1 })} JP (
                  {formatTanggal(c.completedOn)}, {t(`trainingReports.myJp.source${c.source}`)})
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
    </Paper>
  );
}

function CoverageSection({ coverage }: { coverage: JpCoverage }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const num = (n: number | null) => formatNumber(n, language, { maximumFractionDigits: 1 });
  const title =
    coverage.scope === 'all' ? t('trainingReports.page.coverageAll') : t('trainingReports.page.coverageTeam');
  const reached = t('trainingReports.page.reached');
  const below = t('trainingReports.page.below');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="jp-coverage-title">
      <Title order={2} fz="h4" mb="xs" id="jp-coverage-title">
        {title}
      </Title>
      {coverage.total.employees === 0 ? (
        <Text size="sm" c="dimmed">
          {t('trainingReports.page.noTeam')}
        </Text>
      ) : (
        <Stack gap="sm">
          <Text fw={600} data-testid="jp-coverage-total">
            {t('trainingReports.page.reachedOf', {
              reached: coverage.total.reached,
              employees: coverage.total.employees,
              percent: `${num(coverage.total.percent)}%`,
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('trainingReports.page.averageJp', { average: num(coverage.total.averageJp) })}
          </Text>
          <Title order={3} fz="h5">
            {t('trainingReports.page.chartTitle')}
          </Title>
          <BarChart
            h={Math.max(200, coverage.units.length * 36)}
            data={coverage.units.map((u) => ({ unit: u.unitName, [reached]: u.reached, [below]: u.below }))}
            dataKey="unit"
            type="stacked"
            orientation="vertical"
            yAxisProps={{ width: 160 }}
            series={[
              { name: reached, color: 'teal.8' },
              { name: below, color: 'orange.7' },
            ]}
            withLegend
            aria-hidden
            barChartProps={{ accessibilityLayer: false }}
          />
          <DataTable
            caption={title}
            rows={coverage.units}
            rowKey={(u) => u.unitId}
            minWidth={480}
            columns={[
              {
                key: 'unit',
                header: t('trainingReports.page.unit'),
                render: (u) => u.unitName,
                rowHeader: true,
              },
              {
                key: 'employees',
                header: t('trainingReports.page.employees'),
                render: (u) => u.employees,
                align: 'right',
              },
              { key: 'reached', header: reached, render: (u) => u.reached, align: 'right' },
              { key: 'below', header: below, render: (u) => u.below, align: 'right' },
              {
                key: 'percent',
                header: t('trainingReports.page.percent'),
                render: (u) => `${num(u.percent)}%`,
                align: 'right',
              },
            ]}
          />
        </Stack>
      )}
    </Paper>
  );
}

/** Who is below the target (a superior's team, or the office), fewest JP first; or everybody in scope. */
function EmployeesSection({ year, unitId }: { year: number; unitId?: number | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  // Opened for one unit (a dashboard drill-down), everybody of the unit is listed, not only those below.
  const [showAll, setShowAll] = useState(unitId !== undefined);
  const [page, setPage] = useState(1);
  const list = useJpEmployees({
    year,
    below: showAll ? 'false' : 'true',
    page,
    pageSize: 25,
    ...(unitId ? { unitId } : {}),
  });
  const jp = (n: number) => formatNumber(n, language, { maximumFractionDigits: 1 });
  const title = showAll ? t('trainingReports.page.allTitle') : t('trainingReports.page.belowTitle');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="jp-below-title">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={2} fz="h4" id="jp-below-title">
          {title}
        </Title>
        <Switch
          label={t('trainingReports.page.showAll')}
          checked={showAll}
          onChange={(e) => {
            setShowAll(e.currentTarget.checked);
            setPage(1);
          }}
        />
      </Group>
      {list.isPending ? (
        <LoadingState lines={4} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <DataTable
            caption={title}
            rows={list.data.items}
            rowKey={(r) => r.employeeId}
            minWidth={560}
            empty={
              <Text size="sm" c="dimmed" role="status">
                {t('trainingReports.page.noneBelow')}
              </Text>
            }
            columns={[
              {
                key: 'name',
                header: t('trainingReports.page.name'),
                rowHeader: true,
                render: (r) => (
                  <Stack gap={0}>
                    <Text size="sm">{r.fullName}</Text>
                    <Text size="xs" c="dimmed">
                      {r.nip}
                    </Text>
                  </Stack>
                ),
              },
              {
                key: 'position',
                header: t('trainingReports.page.position'),
                render: (r) => (
                  <Stack gap={0}>
                    <Text size="sm">{r.positionName ?? '—'}</Text>
                    <Text size="xs" c="dimmed">
                      {r.unitName ?? ''}
                    </Text>
                  </Stack>
                ),
              },
              { key: 'jp', header: t('trainingReports.page.jp'), render: (r) => jp(r.jp), align: 'right' },
              {
                key: 'remaining',
                header: t('trainingReports.page.remaining'),
                render: (r) => (r.isReached ? '—' : jp(r.remaining)),
                align: 'right',
              },
            ]}
          />
          {list.data.total > list.data.pageSize && (
            <Pager page={page} pageSize={list.data.pageSize} total={list.data.total} onChange={setPage} />
          )}
        </>
      )}
    </Paper>
  );
}

/** The cost saving report for HR and the Pimpinan, per year or quarter, with the XLSX download. */
function CostSavingSection({ year }: { year: number }) {
  const { t } = useTranslation();
  const [quarter, setQuarter] = useState('0');
  const q = quarter === '0' ? undefined : Number(quarter);
  const report = useCostSaving(true, year, q);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="jp-cost-title">
      <Title order={2} fz="h4" id="jp-cost-title">
        {t('trainingReports.cost.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('trainingReports.cost.description')}
      </Text>
      <Group justify="space-between" wrap="wrap" mb="sm">
        <QuarterControl value={quarter} onChange={setQuarter} />
        <Button component="a" href={costSavingXlsxUrl(year, q)} variant="light" download>
          {t('trainingReports.cost.xlsx')}
        </Button>
      </Group>
      {report.isPending ? (
        <LoadingState lines={3} />
      ) : report.isError ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <CostSavingTable report={report.data} />
      )}
    </Paper>
  );
}

function CostSavingTable({ report }: { report: CostSavingReport }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rupiah = (n: number) =>
    formatNumber(n, language, { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });
  const jp = (n: number) => formatNumber(n, language, { maximumFractionDigits: 2 });
  return (
    <Stack gap="xs">
      <Text fw={600} data-testid="cost-saving-total">
        {t('trainingReports.cost.totals', {
          sessions: report.totalSessions,
          jp: jp(report.totalJp),
          saving: rupiah(report.totalSaving),
        })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('trainingReports.cost.costPerJp', { cost: rupiah(report.externalCostPerJp) })}
      </Text>
      <DataTable
        caption={t('trainingReports.cost.title')}
        rows={report.items}
        rowKey={(r) => r.employeeId}
        minWidth={480}
        empty={
          <Text size="sm" c="dimmed" role="status">
            {t('trainingReports.cost.none')}
          </Text>
        }
        columns={[
          {
            key: 'name',
            header: t('trainingReports.cost.trainer'),
            render: (r) => r.fullName,
            rowHeader: true,
          },
          {
            key: 'sessions',
            header: t('trainingReports.cost.sessions'),
            render: (r) => r.sessions,
            align: 'right',
          },
          { key: 'jp', header: t('trainingReports.cost.jp'), render: (r) => jp(r.jp), align: 'right' },
          {
            key: 'saving',
            header: t('trainingReports.cost.saving'),
            render: (r) => rupiah(r.saving),
            align: 'right',
          },
        ]}
      />
    </Stack>
  );
}

/** The JP target and the external cost per JP (Admin Kepegawaian). */
function TargetSettingsSection() {
  const { t } = useTranslation();
  const settings = useTrainingTargets(true);
  const save = useSaveTrainingTargets();
  const [jpTarget, setJpTarget] = useState<number | string>('');
  const [cost, setCost] = useState<number | string>('');
  useEffect(() => {
    if (settings.data) {
      setJpTarget(settings.data.jpTarget);
      setCost(settings.data.externalCostPerJp);
    }
  }, [settings.data]);
  const fieldError = (path: string) =>
    save.error && 'details' in save.error
      ? (save.error.details as { path: string; message: string }[]).find((d) => d.path === `body.${path}`)
          ?.message
      : undefined;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="jp-settings-title">
      <Title order={2} fz="h4" mb="sm" id="jp-settings-title">
        {t('trainingReports.settings.title')}
      </Title>
      {settings.isPending ? (
        <LoadingState lines={2} />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate(
              { jpTarget: Number(jpTarget), externalCostPerJp: Number(cost) },
              {
                onSuccess: () =>
                  notifications.show({ color: 'teal', message: t('trainingReports.settings.saved') }),
              },
            );
          }}
        >
          <Stack gap="sm" maw={420}>
            <NumberInput
              label={t('trainingReports.settings.jpTarget')}
              description={t('trainingReports.settings.jpTargetHint')}
              value={jpTarget}
              onChange={setJpTarget}
              min={0}
              step={0.5}
              decimalSeparator=","
              error={fieldError('jpTarget')}
              required
            />
            <NumberInput
              label={t('trainingReports.settings.externalCost')}
              description={t('trainingReports.settings.externalCostHint')}
              value={cost}
              onChange={setCost}
              min={0}
              step={10_000}
              thousandSeparator="."
              decimalSeparator=","
              error={fieldError('externalCostPerJp')}
              required
            />
            {save.error && !fieldError('jpTarget') && !fieldError('externalCostPerJp') && (
              <FormError error={save.error} />
            )}
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t('trainingReports.settings.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
