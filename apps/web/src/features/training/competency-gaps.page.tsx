import { BarChart } from '@mantine/charts';
import { Anchor, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { CompetencyGapSummary, CompetencyScope } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCapabilities, useMe } from '../../app/auth/use-session';
import { DataTable } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { useGapSummary } from './use-competency';

type EmployeeRow = CompetencyGapSummary['employees'][number];
type CompetencyRow = CompetencyGapSummary['byCompetency'][number];
type UnitRow = CompetencyGapSummary['byUnit'][number];

/** Gaps against the position standards: per employee, per competency (chart + table) and per unit. */
export function CompetencyGapsPage() {
  const { t } = useTranslation();
  const caps = useCapabilities();
  const me = useMe();
  // An account without an employee record (the HR admin) has no own or team scope: the server refuses them.
  const scopes: CompetencyScope[] = [
    ...(me.employeeId !== null ? (['mine', 'team'] as const) : []),
    ...(caps.competency.readAll ? (['all'] as const) : []),
  ];
  const [scope, setScope] = useState<CompetencyScope>(
    scopes.includes('team') ? 'team' : (scopes[0] ?? 'team'),
  );
  const gaps = useGapSummary(scope);

  return (
    <>
      <PageHeader title={t('competency.gaps.title')} description={t('competency.gaps.description')} />
      <SegmentedControl
        mb="md"
        value={scope}
        onChange={(v) => setScope(v as CompetencyScope)}
        data={scopes.map((s) => ({ value: s, label: t(`competency.scope.${s}`) }))}
        aria-label={t('competency.gaps.title')}
      />
      {gaps.isPending ? (
        <LoadingState />
      ) : gaps.isError ? (
        <ErrorState error={gaps.error} onRetry={() => void gaps.refetch()} />
      ) : (
        <Stack gap="xl">
          <section>
            <Title order={2} size="h4" mb="xs">
              {t('competency.gaps.employees')}
            </Title>
            <DataTable<EmployeeRow>
              caption={t('competency.gaps.employees')}
              rows={gaps.data.employees}
              rowKey={(e) => e.employeeId}
              minWidth={360}
              empty={<Text c="dimmed">{t('competency.gaps.empty')}</Text>}
              columns={[
                {
                  key: 'name',
                  header: t('competency.gaps.employee'),
                  rowHeader: true,
                  render: (e) => (
                    <Stack gap={2}>
                      <Anchor component={Link} to={`/kompetensi/pegawai/${e.employeeId}`} fw={600} size="sm">
                        {e.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {[e.positionName, e.unitName].filter(Boolean).join(' · ')}
                      </Text>
                    </Stack>
                  ),
                },
                {
                  key: 'required',
                  header: t('competency.gaps.required'),
                  align: 'right',
                  render: (e) => e.required,
                },
                { key: 'below', header: t('competency.gaps.below'), align: 'right', render: (e) => e.below },
                {
                  key: 'notAssessed',
                  header: t('competency.gaps.notAssessed'),
                  align: 'right',
                  render: (e) => e.notAssessed,
                },
                {
                  key: 'assess',
                  header: t('competency.gaps.assess'),
                  hiddenHeader: true,
                  render: (e) =>
                    e.canAssess ? (
                      <Anchor component={Link} to={`/kompetensi/pegawai/${e.employeeId}`} size="sm">
                        {t('competency.gaps.assess')}
                      </Anchor>
                    ) : null,
                },
              ]}
            />
          </section>
          {gaps.data.byCompetency.length > 0 && (
            <section>
              <Title order={2} size="h4" mb="xs">
                {t('competency.gaps.byCompetency')}
              </Title>
              <BarChart
                h={Math.max(160, gaps.data.byCompetency.length * 36)}
                orientation="vertical"
                data={gaps.data.byCompetency.map((c) => ({
                  name: c.name,
                  [t('competency.gaps.below')]: c.below,
                  [t('competency.gaps.notAssessed')]: c.notAssessed,
                }))}
                dataKey="name"
                type="stacked"
                series={[
                  { name: t('competency.gaps.below'), color: 'red.8' },
                  { name: t('competency.gaps.notAssessed'), color: 'gray.5' },
                ]}
                withLegend
                yAxisProps={{ width: 160 }}
                xAxisProps={{ allowDecimals: false }}
                aria-hidden
                barChartProps={{ accessibilityLayer: false }}
              />
              <DataTable<CompetencyRow>
                caption={t('competency.gaps.byCompetency')}
                rows={gaps.data.byCompetency}
                rowKey={(c) => c.competencyId}
                minWidth={320}
                mt="sm"
                columns={[
                  {
                    key: 'name',
                    header: t('competency.profile.competency'),
                    rowHeader: true,
                    render: (c) => c.name,
                  },
                  {
                    key: 'required',
                    header: t('competency.gaps.required'),
                    align: 'right',
                    render: (c) => c.required,
                  },
                  {
                    key: 'below',
                    header: t('competency.gaps.below'),
                    align: 'right',
                    render: (c) => c.below,
                  },
                  {
                    key: 'notAssessed',
                    header: t('competency.gaps.notAssessed'),
                    align: 'right',
                    render: (c) => c.notAssessed,
                  },
                ]}
              />
            </section>
          )}
          {gaps.data.byUnit.length > 0 && (
            <section>
              <Title order={2} size="h4" mb="xs">
                {t('competency.gaps.byUnit')}
              </Title>
              <DataTable<UnitRow>
                caption={t('competency.gaps.byUnit')}
                rows={gaps.data.byUnit}
                rowKey={(u) => u.unitId}
                minWidth={320}
                columns={[
                  {
                    key: 'unit',
                    header: t('competency.gaps.unit'),
                    rowHeader: true,
                    render: (u) => u.unitName,
                  },
                  {
                    key: 'employees',
                    header: t('competency.gaps.employee'),
                    align: 'right',
                    render: (u) => u.employees,
                  },
                  {
                    key: 'below',
                    header: t('competency.gaps.belowStandard'),
                    align: 'right',
                    render: (u) => u.belowStandard,
                  },
                ]}
              />
            </section>
          )}
        </Stack>
      )}
    </>
  );
}
