import { BarChart } from '@mantine/charts';
import {
  Alert,
  Anchor,
  Button,
  Card,
  FileInput,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { PerfPeriod, Realisation, Skp } from '@sim/contracts';
import { currentPeriodIndex } from '@sim/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { formatNumber, todayInWib } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { notify } from '../../app/notify';
import { DataTable } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { downloadHref, usePeriodName } from './performance-display';
import { RealisationValue, SystemEvidenceView } from './system-evidence-view';
import { realisationChart } from './realisation-chart';
import { useAddLink, useRealisations, useRecordRealisation, useUploadEvidence } from './use-performance';

/** One colour per capaian basis, dark enough for text contrast on white (WCAG AA). */
const SERIES_COLOR = {
  PERIOD_TARGET: 'blue.7',
  ANNUAL_CUMULATIVE: 'teal.8',
  ANNUAL_LEVEL: 'grape.7',
} as const;

/**
 * Targets against realisation per period (a table on a wide screen, one card per indicator and period on a phone,
 * and a chart), and — for the owner — recording with the rencana aksi and bukti dukung.
 */
export function SkpWorkPanel({ skp }: { skp: Skp }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const isWide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const periodName = usePeriodName();
  const matrix = useRealisations(skp.id);
  if (matrix.isPending) return <LoadingState />;
  if (matrix.isError) return <ErrorState error={matrix.error} onRetry={() => void matrix.refetch()} />;
  const { items } = matrix.data;
  // Period names in the reader's language everywhere below (grid, cards, chart, form).
  const periods = matrix.data.periods.map((p) => ({ ...p, label: periodName(p.label) }));
  const indicators = skp.rhk.flatMap((r) => r.indicators.map((i) => ({ ...i, rhk: r.text })));
  const cell = (indicatorId: number, periodId: number): Realisation | undefined =>
    items.find((x) => x.indicatorId === indicatorId && x.periodId === periodId);

  const shown = new Set(indicators.map((i) => i.id));
  const chart = realisationChart(
    periods,
    items.filter((x) => shown.has(x.indicatorId)),
  );

  return (
    <Stack gap="lg">
      {skp.can.realise ? (
        <RecordForm skp={skp} periods={periods} indicators={indicators} cell={cell} />
      ) : (
        skp.version === 0 && (
          <Alert color="gray" variant="light">
            {t('performance.work.notApproved')}
          </Alert>
        )
      )}
      <section>
        <Title order={2} size="h4" mb="xs">
          {t('performance.work.chart')}
        </Title>
        <Text size="xs" c="dimmed" mb="xs">
          {t('performance.work.chartNote')}
        </Text>
        <BarChart
          h={240}
          data={chart.rows}
          dataKey="period"
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          series={chart.bases.map((basis) => ({
            name: basis,
            label: t(`performance.work.chartSeries.${basis}`),
            color: SERIES_COLOR[basis],
          }))}
          valueFormatter={(v) => `${formatNumber(v, language, { maximumFractionDigits: 1 })}%`}
        />
      </section>
      {isWide ? (
        <DataTable
          caption={t('performance.work.realisation')}
          minWidth={720}
          rows={indicators}
          rowKey={(i) => i.id}
          columns={[
            {
              key: 'indicator',
              header: t('performance.work.indicator'),
              render: (i) => <IndicatorName indicator={i} />,
            },
            { key: 'target', header: t('performance.work.target'), render: (i) => i.targetLabel },
            ...periods.map((p) => ({
              key: `period-${p.id}`,
              header: p.label,
              render: (i: IndicatorOption) => (
                <RealisationCell realisation={cell(i.id, p.id)} annualTarget={i.targetValue} />
              ),
            })),
          ]}
        />
      ) : (
        // On a phone a table of four periods scrolls sideways out of sight: one card per indicator and period.
        <Stack gap="md" data-testid="realisation-cards">
          {indicators.map((i) => (
            <section key={i.id} aria-label={i.text}>
              <IndicatorName indicator={i} />
              <Text size="xs" mb={4}>
                {t('performance.work.target')}: {i.targetLabel}
              </Text>
              <Stack gap="xs">
                {periods.map((p) => (
                  <Card withBorder padding="sm" key={p.id}>
                    <Text size="sm" fw={600}>
                      {p.label}
                    </Text>
                    <RealisationCell realisation={cell(i.id, p.id)} annualTarget={i.targetValue} />
                  </Card>
                ))}
              </Stack>
            </section>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function IndicatorName({ indicator: i }: { indicator: IndicatorOption }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm">{i.text}</Text>
      <Text size="xs" c="dimmed">
        {i.rhk}
      </Text>
      {i.systemSource && (
        <Text size="xs" fw={600}>
          {t('performance.system.badge')}: {t(`performance.system.sources.${i.systemSource}`)}
        </Text>
      )}
    </>
  );
}

/** One indicator in one period: the value and its capaian, the rencana aksi with its target, and the evidence. */
function RealisationCell({
  realisation: c,
  annualTarget,
}: {
  realisation: Realisation | undefined;
  annualTarget: number | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!c) {
    return (
      <Text size="sm" c="dimmed">
        {t('performance.work.noValue')}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      <RealisationValue r={c} annualTarget={annualTarget} />
      {c.actionPlan && (
        <Text size="xs" c="dimmed">
          {t('performance.work.actionPlan')}: {c.actionPlan}
        </Text>
      )}
      {c.periodTarget !== null && (
        <Text size="xs" c="dimmed">
          {t('performance.work.periodTarget')}: {formatNumber(c.periodTarget, language)}
        </Text>
      )}
      {c.evidence.map((e) =>
        e.kind === 'LINK' ? (
          <Anchor key={e.id} size="xs" href={e.url ?? '#'} target="_blank" rel="noopener noreferrer">
            {e.description ?? e.url}
          </Anchor>
        ) : (
          <Anchor key={e.id} size="xs" href={downloadHref(`/performance/evidence/${e.id}/file`)}>
            {e.fileName}
          </Anchor>
        ),
      )}
      {c.systemEvidence && <SystemEvidenceView evidence={c.systemEvidence} />}
    </Stack>
  );
}

type IndicatorOption = Skp['rhk'][number]['indicators'][number] & { rhk: string };

/**
 * Recording for the owner: opens on the period that contains today (WIB) and shows what is already recorded for the
 * chosen indicator and period, so a correction starts from the saved values.
 */
function RecordForm({
  skp,
  periods,
  indicators,
  cell,
}: {
  skp: Skp;
  periods: PerfPeriod[];
  indicators: IndicatorOption[];
  cell: (indicatorId: number, periodId: number) => Realisation | undefined;
}) {
  const { t } = useTranslation();
  const [periodId, setPeriodId] = useState(() =>
    String(periods[currentPeriodIndex(periods, todayInWib())]?.id ?? ''),
  );
  const [indicatorId, setIndicatorId] = useState(String(indicators[0]?.id ?? ''));
  const indicator = indicators.find((i) => String(i.id) === indicatorId);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('performance.work.record')}
      </Title>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <NativeSelect
            label={t('performance.work.period')}
            value={periodId}
            onChange={(e) => setPeriodId(e.currentTarget.value)}
            data={periods.map((p) => ({ value: String(p.id), label: p.label }))}
          />
          <NativeSelect
            label={t('performance.work.indicator')}
            value={indicatorId}
            onChange={(e) => setIndicatorId(e.currentTarget.value)}
            data={indicators.map((i) => ({ value: String(i.id), label: `${i.text} (${i.targetLabel})` }))}
          />
        </Group>
        {indicator && (
          // Keyed by the selection: choosing another indicator or period starts from what is recorded there.
          <RecordFields
            key={`${indicatorId}:${periodId}`}
            skpId={skp.id}
            periodId={Number(periodId)}
            indicator={indicator}
            recorded={cell(indicator.id, Number(periodId))}
          />
        )}
      </Stack>
    </Card>
  );
}

function RecordFields({
  skpId,
  periodId,
  indicator,
  recorded,
}: {
  skpId: number;
  periodId: number;
  indicator: IndicatorOption;
  recorded: Realisation | undefined;
}) {
  const { t } = useTranslation();
  const record = useRecordRealisation(skpId);
  const upload = useUploadEvidence(skpId);
  const addLink = useAddLink(skpId);
  // A system value stands in for a missing own value; the form prefills only what the employee recorded.
  const ownValue = recorded && !recorded.isSystemValue ? recorded.value : null;
  const [value, setValue] = useState<number | string>(ownValue ?? '');
  const [text, setText] = useState(recorded?.text ?? '');
  const [actionPlan, setActionPlan] = useState(recorded?.actionPlan ?? '');
  const [periodTarget, setPeriodTarget] = useState<number | string>(recorded?.periodTarget ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [link, setLink] = useState('');
  const numeric = indicator.targetKind === 'NUMBER' || indicator.targetKind === 'PERCENT';
  const errors = isApiError(record.error) ? record.error.fieldErrors() : {};
  const linkErrors = isApiError(addLink.error) ? addLink.error.fieldErrors() : {};
  const base = { periodId, indicatorId: indicator.id };

  return (
    <Stack gap="sm">
      {recorded?.updatedAt && (
        <Text size="xs" c="dimmed">
          {t('performance.work.recorded')}
        </Text>
      )}
      {indicator.systemSource && (
        <Alert color="teal" variant="light">
          {t('performance.system.recordHint')}
        </Alert>
      )}
      <Textarea
        label={t('performance.work.actionPlan')}
        value={actionPlan}
        onChange={(e) => setActionPlan(e.currentTarget.value)}
        autosize
      />
      {numeric ? (
        <Group align="flex-start" grow>
          <NumberInput
            label={t('performance.work.periodTarget')}
            description={t('performance.work.periodTargetHint')}
            value={periodTarget}
            onChange={setPeriodTarget}
            min={0}
            max={indicator.targetKind === 'PERCENT' ? 100 : undefined}
            error={errors.periodTarget}
          />
          <NumberInput
            label={t('performance.work.value')}
            value={value}
            onChange={setValue}
            min={0}
            error={errors.value}
          />
        </Group>
      ) : (
        <Textarea
          label={t('performance.work.text')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={errors.text}
          autosize
        />
      )}
      <FormError error={Object.keys(errors).length === 0 ? record.error : null} />
      <Group>
        <Button
          loading={record.isPending}
          onClick={() =>
            record.mutate(
              {
                ...base,
                value: numeric && value !== '' ? Number(value) : null,
                text: numeric ? null : text || null,
                actionPlan: actionPlan || null,
                periodTarget: numeric && periodTarget !== '' ? Number(periodTarget) : null,
              },
              { onSuccess: () => notify(t('performance.work.saved')) },
            )
          }
        >
          {t('performance.work.save')}
        </Button>
      </Group>
      <Group align="flex-end">
        <FileInput
          label={t('performance.work.file')}
          value={file}
          onChange={setFile}
          accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx"
          clearable
          style={{ flex: '1 1 16rem' }}
        />
        <Button
          variant="light"
          disabled={!file}
          loading={upload.isPending}
          onClick={() =>
            file &&
            upload.mutate(
              { ...base, file },
              {
                onSuccess: () => {
                  notify(t('performance.work.uploaded'));
                  setFile(null);
                },
                onError: (e) => notify(e.message, 'error'),
              },
            )
          }
        >
          {t('performance.work.upload')}
        </Button>
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t('performance.work.link')}
          value={link}
          onChange={(e) => setLink(e.currentTarget.value)}
          placeholder="https://"
          error={linkErrors.url}
          style={{ flex: '1 1 16rem' }}
        />
        <Button
          variant="light"
          disabled={!link}
          loading={addLink.isPending}
          onClick={() =>
            addLink.mutate(
              { ...base, url: link },
              {
                onSuccess: () => {
                  notify(t('performance.work.linkAdded'));
                  setLink('');
                },
              },
            )
          }
        >
          {t('performance.work.addLink')}
        </Button>
      </Group>
    </Stack>
  );
}
