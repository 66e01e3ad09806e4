import { BarChart } from '@mantine/charts';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { TeamDashboard } from '@sim/contracts';
import { isOneOf, PREDIKAT_VALUES } from '@sim/contracts/values';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/auth/use-session';
import { formatDate, formatDateTime, formatNumber } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { DataTable } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { UnitSelect } from '../org/unit-select';
import { PredikatBadge, SkpStatusBadge } from '../performance/performance-display';
import '../performance/performance.i18n';
import {
  ChartWithTable,
  ExportButtons,
  percentText,
  useDashboardYear,
  useUrlFilters,
  YearSelect,
} from './dashboard-parts';
import { useTeamDashboard } from './use-dashboards';
import './dashboards.i18n';

/**
 * Tim Saya (issue 14 §2): one page of the subordinates (ADR 0021), what waits for the superior, the team's predikat
 * distribution. Admin Kepegawaian and the Pimpinan may pick any unit. A predikat in the URL narrows the table to it
 * on the server (the distribution's drill-down); the page is in the URL too, and a new filter starts at page 1.
 */
export function TeamDashboardPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [year, , years] = useDashboardYear();
  const [params, setParams] = useUrlFilters();
  const unitId = params.get('unitId') ? Number(params.get('unitId')) : null;
  const asked = params.get('predikat');
  const predikat = isOneOf(PREDIKAT_VALUES, asked) ? asked : null;
  const pageAsked = Number(params.get('page'));
  const page = Number.isInteger(pageAsked) && pageAsked >= 1 ? pageAsked : 1;
  // Only those who read every SKP may choose a unit (the server refuses anyone else).
  const canPickUnit = me.capabilities.performance.readAllSkp;
  const dashboard = useTeamDashboard({ year, unitId, predikat, page });
  // A page past the last (an old link, a team that shrank, a narrower filter): go to the last page.
  const lastPage = dashboard.data
    ? Math.max(1, Math.ceil(dashboard.data.total / dashboard.data.pageSize))
    : page;
  useEffect(() => {
    if (!dashboard.isPlaceholderData && page > lastPage)
      setParams({ page: lastPage === 1 ? null : String(lastPage) });
  }, [dashboard.isPlaceholderData, page, lastPage, setParams]);
  return (
    <>
      <PageHeader
        title={t('dashboards.team.title')}
        description={t('dashboards.team.description')}
        actions={
          <Group align="flex-end" gap="sm">
            <YearSelect
              year={year}
              years={years}
              onChange={(y) => setParams({ year: String(y), page: null })}
            />
            {canPickUnit && (
              <UnitSelect
                label={t('dashboards.shared.unit')}
                value={unitId}
                onChange={(u) => setParams({ unitId: u === null ? null : String(u), page: null })}
                placeholder={t('dashboards.shared.allUnits')}
                clearable
              />
            )}
          </Group>
        }
      />
      {dashboard.isPending ? (
        <LoadingState />
      ) : dashboard.isError ? (
        <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : (
        <TeamBody
          d={dashboard.data}
          onClearPredikat={() => setParams({ predikat: null, page: null })}
          onPage={(p) => {
            setParams({ page: p === 1 ? null : String(p) });
            document.getElementById('anggota')?.scrollIntoView?.({ block: 'start' });
          }}
        />
      )}
    </>
  );
}

function TeamBody({
  d,
  onClearPredikat,
  onPage,
}: {
  d: TeamDashboard;
  onClearPredikat: () => void;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const query = { year: d.year, unitId: d.unitId };
  // The server filtered the members by the predikat it names; the export of the table takes the same filter.
  const filter = d.predikat;
  const members = d.members;
  const pct = (v: number | null) => percentText(v, lang);
  // A member's figure is a link to the records behind it.
  const figure = (to: string, text: string) => (
    <Anchor component={Link} to={to} size="sm">
      {text}
    </Anchor>
  );
  const series = t('dashboards.team.count');
  return (
    <Stack gap="xl">
      <section aria-labelledby="todos-title">
        <Title order={2} fz="h4" mb="sm" id="todos-title">
          {t('dashboards.team.todosTitle')} ({formatNumber(d.todos.length, lang)})
        </Title>
        <DataTable
          caption={t('dashboards.team.todosTitle')}
          rows={d.todos}
          rowKey={(x) => `${x.kind}-${x.link}-${x.title}`}
          minWidth={360}
          empty={<Text c="dimmed">{t('dashboards.team.noTodos')}</Text>}
          columns={[
            {
              key: 'todo',
              header: t('dashboards.team.todo'),
              rowHeader: true,
              render: (x) => (
                <>
                  <Text size="xs" c="dimmed">
                    {t(`dashboards.team.todoKind.${x.kind}`)}
                  </Text>
                  <Anchor component={Link} to={x.link} size="sm">
                    {x.title}
                  </Anchor>
                </>
              ),
            },
            { key: 'employee', header: t('dashboards.team.employee'), render: (x) => x.employeeName ?? '—' },
            {
              key: 'due',
              header: t('dashboards.team.due'),
              render: (x) =>
                x.dueAt === null
                  ? '—'
                  : x.dueAt.length === 10
                    ? formatDate(x.dueAt, lang)
                    : formatDateTime(x.dueAt, lang),
            },
          ]}
        />
        <ExportButtons
          path="/dashboards/team/tugas"
          query={query}
          tableLabel={t('dashboards.team.todosTitle')}
        />
      </section>

      <section aria-labelledby="members-title" id="anggota">
        <Title order={2} fz="h4" mb="sm" id="members-title">
          {t('dashboards.team.membersTitle')} ({formatNumber(d.total, lang)})
        </Title>
        {filter && (
          <Group gap="xs" mb="xs">
            <Text size="sm">
              {t('dashboards.team.filteredBy', { predikat: t(`performance.predikat.${filter}`) })}
            </Text>
            <Button variant="subtle" size="compact-sm" onClick={onClearPredikat}>
              {t('dashboards.team.clearFilter')}
            </Button>
          </Group>
        )}
        <DataTable
          caption={t('dashboards.team.membersTitle')}
          rows={members}
          rowKey={(m) => m.employee.employeeId}
          minWidth={760}
          empty={<Text c="dimmed">{t('dashboards.team.noMembers')}</Text>}
          columns={[
            {
              key: 'name',
              header: t('dashboards.team.name'),
              rowHeader: true,
              render: (m) => (
                <>
                  <Anchor component={Link} to={m.link} size="sm">
                    {m.employee.fullName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {m.employee.positionName ?? '—'}
                  </Text>
                </>
              ),
            },
            {
              key: 'skp',
              header: t('dashboards.team.skp'),
              render: (m) =>
                m.skpStatus ? <SkpStatusBadge status={m.skpStatus} /> : t('dashboards.team.noSkp'),
            },
            {
              key: 'predikat',
              header: t('dashboards.team.latestPredikat'),
              render: (m) => <PredikatBadge predikat={m.latestPredikat} />,
            },
            {
              key: 'complaints',
              header: t('dashboards.team.complaints'),
              align: 'right',
              render: (m) => figure(m.complaints.link, formatNumber(m.complaints.assigned, lang)),
            },
            {
              key: 'onTime',
              header: t('dashboards.team.onTime'),
              align: 'right',
              render: (m) => figure(m.complaints.link, pct(m.complaints.onTimePercent)),
            },
            {
              key: 'rating',
              header: t('dashboards.team.rating'),
              align: 'right',
              render: (m) =>
                figure(
                  m.complaints.link,
                  m.complaints.averageRating === null ? '—' : formatNumber(m.complaints.averageRating, lang),
                ),
            },
            {
              key: 'jp',
              header: t('dashboards.team.jp'),
              align: 'right',
              render: (m) =>
                figure(m.jp.link, `${formatNumber(m.jp.jp, lang)} / ${formatNumber(m.jp.target, lang)}`),
            },
          ]}
        />
        <Pager page={d.page} pageSize={d.pageSize} total={d.total} onChange={onPage} />
        <ExportButtons
          path="/dashboards/team/anggota"
          query={{ ...query, predikat: filter }}
          tableLabel={t('dashboards.team.membersTitle')}
        />
      </section>

      <ChartWithTable
        id="distribution-title"
        title={t('dashboards.team.distributionTitle')}
        chart={
          <BarChart
            h={200}
            data={d.distribution.map((x) => ({
              predikat: t(`performance.predikat.${x.predikat}`),
              [series]: x.count,
            }))}
            dataKey="predikat"
            series={[{ name: series, color: 'blue.7' }]}
            yAxisProps={{ allowDecimals: false }}
            barChartProps={{ accessibilityLayer: false }}
          />
        }
        table={
          <>
            <DataTable
              caption={t('dashboards.team.distributionTitle')}
              rows={d.distribution}
              rowKey={(x) => x.predikat}
              minWidth={280}
              columns={[
                {
                  key: 'predikat',
                  header: t('dashboards.me.predikat'),
                  rowHeader: true,
                  render: (x) => t(`performance.predikat.${x.predikat}`),
                },
                {
                  key: 'count',
                  header: t('dashboards.team.count'),
                  align: 'right',
                  render: (x) => (
                    <Anchor component={Link} to={`${x.link}#anggota`} size="sm">
                      {formatNumber(x.count, lang)}
                    </Anchor>
                  ),
                },
              ]}
            />
            {d.withoutPredikat > 0 && (
              <Text size="sm" c="dimmed" mt="xs">
                {t('dashboards.team.withoutPredikat', { count: d.withoutPredikat })}
              </Text>
            )}
          </>
        }
        actions={
          <ExportButtons
            path="/dashboards/team/distribusi"
            query={query}
            tableLabel={t('dashboards.team.distributionTitle')}
          />
        }
      />
    </Stack>
  );
}
