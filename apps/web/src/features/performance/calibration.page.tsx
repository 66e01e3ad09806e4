import { BarChart } from '@mantine/charts';
import {
  Alert,
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import type {
  Calibration,
  DistributionConstraint,
  OrgPredikatValue,
  PredikatValue,
  PerfYear,
} from '@sim/contracts';
import { isOneOf, ORG_PREDIKAT_VALUES, PREDIKAT_VALUES } from '@sim/contracts/values';
import {
  calibrationReadiness,
  currentPeriodIndex,
  patternCountBounds,
  type DistributionConstraint as RuleConstraint,
} from '@sim/domain';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { AppModal } from '../../components/app-modal';
import { useCapabilities } from '../../app/auth/use-session';
import { formatDateTime, todayInWib } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { notify } from '../../app/notify';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { DownloadIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { UnitSelect } from '../org/unit-select';
import { downloadHref, PredikatBadge, usePeriodName, YearSelect } from './performance-display';
import {
  useAdjustPredikat,
  useCalibration,
  useCascade,
  useDelegations,
  useFinalizeCalibration,
  useSetDelegation,
  useSetDistributionRules,
  useSetOrgPredikat,
  useYears,
} from './use-performance';

/**
 * The period calibration opens on: the periodic one that contains today (WIB), or the annual evaluation once the
 * year's last period has ended (that is what is finalised).
 */
function currentCalibrationPeriodId(year: PerfYear | undefined, today: string): number | undefined {
  if (!year) return undefined;
  const periodic = year.periods.filter((p) => p.kind === 'PERIODIK');
  const annual = year.periods.find((p) => p.kind === 'TAHUNAN');
  const last = periodic.at(-1);
  if (annual && (!last || today > last.endDate)) return annual.id;
  return periodic[currentPeriodIndex(periodic, today)]?.id ?? annual?.id;
}

/**
 * Calibration (SE MenPANRB 3/2023): the Pimpinan sets the organisation predikat, sees the employee predikat of a
 * period against the allowed pattern, and finalises — with a written justification when outside it. The Admin
 * reads it and exports a unit's XLSX.
 */
export function CalibrationPage() {
  const { t } = useTranslation();
  const periodName = usePeriodName();
  const language = useLanguage();
  const can = useCapabilities().performance;
  const isPimpinan = can.calibrate;
  const years = useYears();
  // A link from the Pimpinan dashboard opens the same year, period and unit (?yearId=&periodId=&unitId=).
  const [params] = useSearchParams();
  const idParam = (name: string) => {
    const n = Number(params.get(name));
    return Number.isInteger(n) && n > 0 ? n : undefined;
  };
  const [chosen, setChosen] = useState<number | undefined>(() => idParam('yearId'));
  const [periodId, setPeriodId] = useState<number | undefined>(() => idParam('periodId'));
  const [unitId, setUnitId] = useState<number | null>(() => idParam('unitId') ?? null);
  const [justification, setJustification] = useState('');
  const yearId = chosen ?? years.data?.items[0]?.id;
  const year = years.data?.items.find((y) => y.id === yearId);
  const shownPeriodId = periodId ?? currentCalibrationPeriodId(year, todayInWib());
  const calibration = useCalibration(yearId, shownPeriodId);
  const setOrg = useSetOrgPredikat(yearId ?? 0);
  const finalize = useFinalizeCalibration(yearId ?? 0);
  const [adjusting, setAdjusting] = useState<Calibration['employees'][number] | null>(null);
  const annualPeriodId = year?.periods.find((p) => p.kind === 'TAHUNAN')?.id;
  const errors = isApiError(finalize.error) ? finalize.error.fieldErrors() : {};

  if (years.isPending) return <LoadingState />;
  if (years.isError) return <ErrorState error={years.error} />;
  if (years.data.items.length === 0) return <EmptyState title={t('performance.home.noYear')} />;
  const c = calibration.data;
  const readiness = c
    ? calibrationReadiness({
        rated: c.rated,
        expected: c.expected,
        distributionOk: c.ok,
        hasJustification: justification.trim() !== '',
      })
    : null;
  // The allowed pattern as counts for the employees rated so far, drawn beside each single-predikat bar.
  const bounds =
    c?.orgPredikat != null
      ? patternCountBounds((c.rules[c.orgPredikat] ?? []) as RuleConstraint[], c.total)
      : [];
  const boundOf = (predikat: string) =>
    bounds.find((b) => b.predikat.length === 1 && b.predikat[0] === predikat);

  return (
    <>
      <PageHeader
        title={t('performance.calibration.title', { year: year?.year ?? '' })}
        description={t('performance.calibration.description')}
      />
      <Stack gap="lg">
        <Group align="flex-end">
          <YearSelect
            years={years.data.items}
            value={yearId}
            onChange={(id) => {
              setChosen(id);
              setPeriodId(undefined);
            }}
          />
          <NativeSelect
            label={t('performance.calibration.period')}
            value={String(shownPeriodId ?? c?.periodId ?? '')}
            onChange={(e) => setPeriodId(Number(e.currentTarget.value))}
            data={(year?.periods ?? []).map((p) => ({ value: String(p.id), label: periodName(p.label) }))}
            w={200}
          />
        </Group>
        {calibration.isPending ? (
          <LoadingState />
        ) : calibration.isError ? (
          <ErrorState error={calibration.error} />
        ) : (
          c && (
            <>
              <Card withBorder>
                <Group align="flex-end">
                  <NativeSelect
                    label={t('performance.calibration.orgPredikat')}
                    value={c.orgPredikat ?? ''}
                    disabled={!isPimpinan}
                    onChange={(e) =>
                      isOneOf(ORG_PREDIKAT_VALUES, e.currentTarget.value) &&
                      setOrg.mutate(e.currentTarget.value, { onError: (err) => notify(err.message, 'error') })
                    }
                    data={[
                      { value: '', label: '—' },
                      ...ORG_PREDIKAT_VALUES.map((o) => ({
                        value: o,
                        label: t(`performance.orgPredikat.${o}`),
                      })),
                    ]}
                    w={260}
                  />
                </Group>
              </Card>
              <section>
                <Title order={2} size="h4" mb="xs">
                  {t('performance.calibration.distribution')} — {periodName(c.periodLabel)}
                </Title>
                <Text size="sm" fw={600} mb="xs" data-testid="calibration-rated">
                  {t('performance.calibration.ratedOf', { rated: c.rated, expected: c.expected })}
                </Text>
                <BarChart
                  h={240}
                  data={PREDIKAT_VALUES.map((p) => ({
                    predikat: t(`performance.predikat.${p}`),
                    [t('performance.calibration.count')]: c.counts[p] ?? 0,
                    [t('performance.calibration.allowedMin')]: boundOf(p)?.min ?? null,
                    [t('performance.calibration.allowedMax')]: boundOf(p)?.max ?? null,
                  }))}
                  dataKey="predikat"
                  series={[
                    { name: t('performance.calibration.count'), color: 'blue.7' },
                    ...(bounds.length > 0
                      ? [
                          { name: t('performance.calibration.allowedMin'), color: 'teal.3' },
                          { name: t('performance.calibration.allowedMax'), color: 'orange.3' },
                        ]
                      : []),
                  ]}
                  withLegend={bounds.length > 0}
                  yAxisProps={{ allowDecimals: false }}
                />
                {bounds.length > 0 && (
                  <>
                    <Text size="sm" mt="xs">
                      {t('performance.calibration.pattern', { total: c.total })}
                    </Text>
                    <List size="sm">
                      {bounds.map((b) => (
                        <List.Item key={b.predikat.join('+')}>
                          {t('performance.calibration.bound', {
                            predikat: b.predikat
                              .map((p) => t(`performance.predikat.${p}` as 'performance.predikat.BAIK'))
                              .join(' + '),
                            min: b.min,
                            max: b.max,
                          })}
                        </List.Item>
                      ))}
                    </List>
                  </>
                )}
                {!c.isComplete && (
                  <Alert color="yellow" variant="light" mt="sm">
                    {t('performance.calibration.incomplete', { rated: c.rated, expected: c.expected })}
                  </Alert>
                )}
                {c.ok ? (
                  c.total > 0 && (
                    <Alert color="teal" variant="light" mt="sm">
                      {c.isComplete ? t('performance.calibration.ok') : t('performance.calibration.okSoFar')}
                    </Alert>
                  )
                ) : (
                  <Alert
                    color="orange"
                    variant="light"
                    mt="sm"
                    title={t('performance.calibration.violations')}
                  >
                    <List size="sm">
                      {c.violations.map((v) => (
                        <List.Item key={v.message}>{v.message}</List.Item>
                      ))}
                    </List>
                  </Alert>
                )}
              </section>
              {!c.isAnnual && (
                <Alert color="blue" variant="light">
                  <Group justify="space-between">
                    <Text size="sm">{t('performance.calibration.annualOnly')}</Text>
                    {annualPeriodId !== undefined && (
                      <Button size="xs" variant="light" onClick={() => setPeriodId(annualPeriodId)}>
                        {t('performance.calibration.showAnnual')}
                      </Button>
                    )}
                  </Group>
                </Alert>
              )}
              {c.orgPredikat && can.editDistributionRules && (
                <RulesEditor
                  key={`${c.yearId}:${c.orgPredikat}`}
                  calibration={c}
                  orgPredikat={c.orgPredikat}
                />
              )}
              {c.finalizedAt && (
                <Alert color="blue" variant="light">
                  {t('performance.calibration.finalized', { at: formatDateTime(c.finalizedAt, language) })}
                  {c.justification && <Text size="sm">{c.justification}</Text>}
                </Alert>
              )}
              {isPimpinan && c.isAnnual && readiness && (
                <Card withBorder>
                  <Stack gap="sm">
                    {readiness.shortfalls.includes('NOTHING_RATED') ? (
                      <Text size="sm">{t('performance.calibration.nothingRated')}</Text>
                    ) : (
                      readiness.shortfalls.length > 0 && (
                        <Text size="sm">
                          {t('performance.calibration.needsJustification', {
                            reasons: readiness.shortfalls
                              .map((r) => t(`performance.calibration.shortfall.${r}`))
                              .join('; '),
                          })}
                        </Text>
                      )
                    )}
                    <FormError error={Object.keys(errors).length === 0 ? finalize.error : null} />
                    {errors.orgPredikat && (
                      <Text c="red" size="sm">
                        {errors.orgPredikat}
                      </Text>
                    )}
                    <Textarea
                      label={t('performance.calibration.justification')}
                      value={justification}
                      onChange={(e) => setJustification(e.currentTarget.value)}
                      error={errors.justification}
                      autosize
                    />
                    <Group>
                      <Button
                        loading={finalize.isPending}
                        disabled={!readiness.canFinalize}
                        onClick={() =>
                          finalize.mutate(justification.trim() || null, {
                            onSuccess: () => notify(t('performance.calibration.finalizedDone')),
                          })
                        }
                      >
                        {t('performance.calibration.finalize')}
                      </Button>
                    </Group>
                  </Stack>
                </Card>
              )}
              <DataTable
                caption={t('performance.calibration.distribution')}
                columns={[
                  { key: 'name', header: t('performance.home.employee'), render: (r) => r.employee.fullName },
                  {
                    key: 'position',
                    header: '',
                    hiddenHeader: true,
                    render: (r) => r.employee.positionName ?? '—',
                  },
                  {
                    key: 'predikat',
                    header: t('performance.calibration.predikat'),
                    render: (r) =>
                      r.predikat ? (
                        <PredikatBadge predikat={r.predikat} />
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('performance.calibration.noRating')}
                        </Text>
                      ),
                  },
                  ...(isPimpinan && c.isAnnual
                    ? [
                        {
                          key: 'adjust',
                          header: t('performance.calibration.adjust'),
                          hiddenHeader: true,
                          render: (r: Calibration['employees'][number]) =>
                            r.evaluationId !== null && (
                              <Button
                                size="xs"
                                variant="light"
                                aria-label={`${t('performance.calibration.adjust')} — ${r.employee.fullName}`}
                                onClick={() => setAdjusting(r)}
                              >
                                {t('performance.calibration.adjust')}
                              </Button>
                            ),
                        },
                      ]
                    : []),
                ]}
                rows={c.employees}
                rowKey={(r) => r.skpId}
              />
              <AdjustPredikatModal
                key={adjusting?.evaluationId ?? 0}
                row={adjusting}
                onClose={() => setAdjusting(null)}
              />
              <DelegationCard yearId={c.yearId} canEdit={can.manageYears} />
              <Group align="flex-end">
                <UnitSelect label={t('performance.calibration.unit')} value={unitId} onChange={setUnitId} />
                {unitId ? (
                  <Button
                    component="a"
                    variant="default"
                    leftSection={<DownloadIcon />}
                    href={downloadHref(`/performance/years/${c.yearId}/export.xlsx?unitId=${unitId}`)}
                  >
                    {t('performance.calibration.export')}
                  </Button>
                ) : (
                  // A real disabled button until a unit is chosen: a disabled-looking link is neither
                  // announced as disabled nor exempt from the contrast rule.
                  <Button variant="default" leftSection={<DownloadIcon />} disabled>
                    {t('performance.calibration.export')}
                  </Button>
                )}
              </Group>
            </>
          )
        )}
      </Stack>
    </>
  );
}

/**
 * The Pimpinan adjusts an employee's annual predikat during calibration, with a reason that is recorded in the
 * rating history (the rater's two ratings stay as given).
 */
function AdjustPredikatModal({
  row,
  onClose,
}: {
  row: Calibration['employees'][number] | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const adjust = useAdjustPredikat();
  const [predikat, setPredikat] = useState<PredikatValue>(row?.predikat ?? 'BAIK');
  const [reason, setReason] = useState('');
  const errors = isApiError(adjust.error) ? adjust.error.fieldErrors() : {};
  return (
    <AppModal
      opened={row !== null}
      onClose={onClose}
      title={t('performance.calibration.adjustTitle', { name: row?.employee.fullName ?? '' })}
    >
      <Stack>
        <FormError error={Object.keys(errors).length === 0 ? adjust.error : null} />
        <NativeSelect
          label={t('performance.calibration.predikat')}
          value={predikat}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isOneOf(PREDIKAT_VALUES, value)) setPredikat(value);
          }}
          data={PREDIKAT_VALUES.map((p) => ({ value: p, label: t(`performance.predikat.${p}`) }))}
          error={errors.predikat}
        />
        <Textarea
          label={t('performance.calibration.adjustReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.reason}
          autosize
          minRows={3}
        />
        <Group>
          <Button
            loading={adjust.isPending}
            onClick={() =>
              row?.evaluationId != null &&
              adjust.mutate(
                { evaluationId: row.evaluationId, predikat, reason },
                {
                  onSuccess: () => {
                    notify(t('performance.calibration.adjusted'));
                    onClose();
                  },
                },
              )
            }
          >
            {t('performance.calibration.adjust')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

/** Delegations of the rater's authority for the year: listed for both, recorded by Admin Kepegawaian. */
function DelegationCard({ yearId, canEdit }: { yearId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const delegations = useDelegations(yearId);
  const office = useCascade(canEdit ? yearId : undefined);
  const save = useSetDelegation(yearId);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const errors = isApiError(save.error) ? save.error.fieldErrors() : {};
  const people = [
    { value: '', label: '—' },
    ...(office.data?.items ?? []).map((n) => ({
      value: String(n.employee.employeeId),
      label: `${n.employee.fullName} — ${n.employee.positionName ?? ''}`,
    })),
  ];
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('performance.calibration.delegations')}
      </Title>
      {(delegations.data?.items ?? []).length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('performance.calibration.noDelegations')}
        </Text>
      ) : (
        <List size="sm">
          {delegations.data!.items.map((d) => (
            <List.Item key={d.id}>
              {d.from.fullName} → {d.to.fullName}: {d.reason}
            </List.Item>
          ))}
        </List>
      )}
      {canEdit && (
        <Stack gap="xs" mt="sm">
          <FormError error={Object.keys(errors).length === 0 ? save.error : null} />
          <Group grow align="flex-start">
            <NativeSelect
              label={t('performance.calibration.delegateFrom')}
              data={people}
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              error={errors.fromEmployeeId}
            />
            <NativeSelect
              label={t('performance.calibration.delegateTo')}
              data={people}
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
              error={errors.toEmployeeId}
            />
          </Group>
          <Textarea
            label={t('performance.calibration.delegateReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            autosize
          />
          <Group>
            <Button
              disabled={!from || !to}
              loading={save.isPending}
              onClick={() =>
                save.mutate(
                  { fromEmployeeId: Number(from), toEmployeeId: Number(to), reason },
                  { onSuccess: () => notify(t('performance.calibration.delegated')) },
                )
              }
            >
              {t('performance.calibration.delegate')}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}

/**
 * The allowed pattern for the chosen organisation predikat, editable (defaults from SE MenPANRB 3/2023 as the
 * domain document reports them). An empty box means no limit.
 */
function RulesEditor({
  calibration,
  orgPredikat,
}: {
  calibration: Calibration;
  orgPredikat: OrgPredikatValue;
}) {
  const { t } = useTranslation();
  const save = useSetDistributionRules(calibration.yearId);
  const [constraints, setConstraints] = useState<DistributionConstraint[]>(() =>
    (calibration.rules[orgPredikat] ?? []).map((c) => ({ ...c })),
  );
  const update = (i: number, key: 'minPercent' | 'maxPercent' | 'minCount', value: number | string) =>
    setConstraints((all) =>
      all.map((c, j) => {
        if (j !== i) return c;
        const next = { ...c };
        if (value === '') delete next[key];
        else next[key] = Number(value);
        return next;
      }),
    );
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('performance.calibration.rules', {
          org: t(`performance.orgPredikat.${orgPredikat}` as 'performance.orgPredikat.BAIK'),
        })}
      </Title>
      <Stack gap="xs">
        <FormError error={save.error} />
        {constraints.map((c, i) => (
          <Group key={i} align="flex-end" gap="xs">
            <Text size="sm" style={{ flex: '1 1 12rem' }}>
              {c.predikat
                .map((p) => t(`performance.predikat.${p}` as 'performance.predikat.BAIK'))
                .join(' + ')}
            </Text>
            <NumberInput
              label={t('performance.calibration.minPercent')}
              value={c.minPercent ?? ''}
              onChange={(v) => update(i, 'minPercent', v)}
              min={0}
              max={100}
              w={110}
            />
            <NumberInput
              label={t('performance.calibration.maxPercent')}
              value={c.maxPercent ?? ''}
              onChange={(v) => update(i, 'maxPercent', v)}
              min={0}
              max={100}
              w={110}
            />
            <NumberInput
              label={t('performance.calibration.minCount')}
              value={c.minCount ?? ''}
              onChange={(v) => update(i, 'minCount', v)}
              min={0}
              w={110}
            />
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            loading={save.isPending}
            onClick={() =>
              save.mutate(
                { ...calibration.rules, [orgPredikat]: constraints },
                { onSuccess: () => notify(t('performance.calibration.rulesSaved')) },
              )
            }
          >
            {t('performance.calibration.saveRules')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
