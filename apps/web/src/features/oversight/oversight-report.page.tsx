import { BarChart } from '@mantine/charts';
import { FINDING_SEVERITIES } from '@sim/contracts/values';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber, todayInWib, type Language } from '../../app/format';
import { DataTable } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { UnitSelect } from '../org/unit-select';
import { useRecommendationColumns } from './followup-display';
import { reportXlsxUrl, useOversightReport } from './use-oversight-followup';

/**
 * The oversight report (issue 12 §5) of a period and a unit: figures, findings by severity as a chart with the same
 * numbers in a table beside it, inspections per unit, the overdue list, and the XLSX download.
 */
export function OversightReportPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const today = todayInWib();
  // A link from the Pimpinan dashboard opens a period and a unit (?from=&to=&unitId=).
  const [params] = useSearchParams();
  const dateParam = (name: string) => {
    const v = params.get(name);
    return v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
  };
  const unitParam = Number(params.get('unitId'));
  const [form, setForm] = useState({
    from: dateParam('from') ?? `${today.slice(0, 4)}-01-01`,
    to: dateParam('to') ?? today,
    unitId: Number.isInteger(unitParam) && unitParam > 0 ? unitParam : (null as number | null),
  });
  const [query, setQuery] = useState(form);
  const q = { from: query.from, to: query.to, ...(query.unitId ? { unitId: query.unitId } : {}) };
  const report = useOversightReport(q);
  const columns = useRecommendationColumns();
  return (
    <>
      <PageHeader
        title={t('oversightFollowUp.report.title')}
        description={t('oversightFollowUp.report.description')}
        actions={
          <Button component="a" href={reportXlsxUrl(q)} variant="default">
            {t('oversightFollowUp.report.export')}
          </Button>
        }
      />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(form);
        }}
      >
        <Group align="flex-end" mb="lg" wrap="wrap">
          <TextInput
            type="date"
            label={t('oversightFollowUp.report.from')}
            value={form.from}
            onChange={(e) => setForm({ ...form, from: e.currentTarget.value })}
            required
          />
          <TextInput
            type="date"
            label={t('oversightFollowUp.report.to')}
            value={form.to}
            onChange={(e) => setForm({ ...form, to: e.currentTarget.value })}
            required
          />
          <UnitSelect
            label={t('oversightFollowUp.report.unit')}
            value={form.unitId}
            onChange={(unitId) => setForm({ ...form, unitId })}
            clearable
          />
          <Button type="submit">{t('oversightFollowUp.report.show')}</Button>
        </Group>
      </form>
      {report.isPending ? (
        <LoadingState />
      ) : report.isError ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {[
              [
                t('oversightFollowUp.report.inspectionsDone'),
                formatNumber(report.data.inspectionsDone, lang),
              ],
              [
                t('oversightFollowUp.report.followUpRate'),
                report.data.recommendations.followUpRate === null
                  ? '—'
                  : `${formatNumber(report.data.recommendations.followUpRate, lang)}%`,
              ],
              [
                t('oversightFollowUp.report.recommendations'),
                `${formatNumber(report.data.recommendations.done, lang)} / ${formatNumber(report.data.recommendations.total, lang)}`,
              ],
              [
                t('oversightFollowUp.report.overdue'),
                formatNumber(report.data.recommendations.overdue, lang),
              ],
            ].map(([label, value]) => (
              <Paper withBorder p="sm" key={label}>
                <Text size="xs" c="dimmed">
                  {label}
                </Text>
                <Text fz="xl" fw={700}>
                  {value}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <section aria-labelledby="by-severity-title">
              <Title order={2} fz="h4" mb="sm" id="by-severity-title">
                {t('oversightFollowUp.report.bySeverity')}
              </Title>
              <BarChart
                h={200}
                data={FINDING_SEVERITIES.map((s) => ({
                  severity: t(`oversightFollowUp.severity.${s}`),
                  [t('oversightFollowUp.report.count')]: report.data.findingsBySeverity[s],
                }))}
                dataKey="severity"
                series={[{ name: t('oversightFollowUp.report.count'), color: 'blue.7' }]}
                yAxisProps={{ allowDecimals: false }}
                // The table below is the accessible form; recharts' keyboard layer would put a focusable element
                // inside this aria-hidden chart (axe: aria-hidden-focus).
                barChartProps={{ accessibilityLayer: false }}
                aria-hidden
              />
              <DataTable
                caption={t('oversightFollowUp.report.bySeverity')}
                columns={[
                  {
                    key: 's',
                    header: t('oversightFollowUp.report.severity'),
                    rowHeader: true,
                    render: (s) => t(`oversightFollowUp.severity.${s}`),
                  },
                  {
                    key: 'n',
                    header: t('oversightFollowUp.report.count'),
                    align: 'right',
                    render: (s) => formatNumber(report.data.findingsBySeverity[s], lang),
                  },
                ]}
                rows={[...FINDING_SEVERITIES]}
                rowKey={(s) => s}
                minWidth={240}
                mt="sm"
              />
            </section>
            <section aria-labelledby="by-unit-title">
              <Title order={2} fz="h4" mb="sm" id="by-unit-title">
                {t('oversightFollowUp.report.byUnit')}
              </Title>
              <DataTable
                caption={t('oversightFollowUp.report.byUnit')}
                columns={[
                  {
                    key: 'u',
                    header: t('oversightFollowUp.report.unitName'),
                    rowHeader: true,
                    render: (u) => u.unitName,
                  },
                  {
                    key: 'n',
                    header: t('oversightFollowUp.report.count'),
                    align: 'right',
                    render: (u) => formatNumber(u.count, lang),
                  },
                ]}
                rows={report.data.inspectionsByUnit}
                rowKey={(u) => u.unitId}
                minWidth={240}
                empty="—"
              />
            </section>
          </SimpleGrid>
          <section aria-labelledby="overdue-title">
            <Title order={2} fz="h4" mb="sm" id="overdue-title">
              {t('oversightFollowUp.report.overdueList')} ({report.data.overdue.length})
            </Title>
            <DataTable
              caption={t('oversightFollowUp.report.overdueList')}
              columns={columns}
              rows={report.data.overdue}
              rowKey={(r) => r.id}
              empty={t('oversightFollowUp.report.overdueEmpty')}
              minWidth={720}
            />
            <Anchor href={reportXlsxUrl(q)} size="sm" mt="xs" display="inline-block">
              {t('oversightFollowUp.report.export')}
            </Anchor>
          </section>
        </Stack>
      )}
    </>
  );
}
