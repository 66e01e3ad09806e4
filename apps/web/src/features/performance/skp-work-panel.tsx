import '@mantine/charts/styles.layer.css';
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
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { Realisation, Skp } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { notify } from '../../app/notify';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { downloadHref } from './performance-display';
import { RealisationValue, SystemEvidenceView } from './system-evidence-view';
import { useAddLink, useRealisations, useRecordRealisation, useUploadEvidence } from './use-performance';

/** Targets against realisation per period (table and chart), and — for the owner — recording with bukti dukung. */
export function SkpWorkPanel({ skp }: { skp: Skp }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const matrix = useRealisations(skp.id);
  if (matrix.isPending) return <LoadingState />;
  if (matrix.isError) return <ErrorState error={matrix.error} onRetry={() => void matrix.refetch()} />;
  const { periods, items } = matrix.data;
  const indicators = skp.rhk.flatMap((r) => r.indicators.map((i) => ({ ...i, rhk: r.text })));
  const cell = (indicatorId: number, periodId: number): Realisation | undefined =>
    items.find((x) => x.indicatorId === indicatorId && x.periodId === periodId);

  const chartData = periods.map((p) => {
    const percents = indicators
      .map((i) => cell(i.id, p.id)?.percent)
      .filter((v): v is number => v !== null && v !== undefined);
    return {
      period: p.label,
      [t('performance.work.capaian')]: percents.length
        ? percents.reduce((a, b) => a + b, 0) / percents.length
        : 0,
    };
  });

  return (
    <Stack gap="lg">
      {skp.can.realise ? (
        <RecordForm skp={skp} periods={periods} indicators={indicators} />
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
        <BarChart
          h={220}
          data={chartData}
          dataKey="period"
          series={[{ name: t('performance.work.capaian'), color: 'blue.7' }]}
          valueFormatter={(v) => `${formatNumber(v, language, { maximumFractionDigits: 1 })}%`}
        />
      </section>
      <div className="table-scroll" role="region" aria-label={t('performance.work.realisation')} tabIndex={0}>
        <Table withTableBorder withColumnBorders miw={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('performance.work.indicator')}</Table.Th>
              <Table.Th scope="col">{t('performance.work.target')}</Table.Th>
              {periods.map((p) => (
                <Table.Th scope="col" key={p.id}>
                  {p.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {indicators.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>
                  <Text size="sm">{i.text}</Text>
                  <Text size="xs" c="dimmed">
                    {i.rhk}
                  </Text>
                  {i.systemSource && (
                    <Text size="xs" fw={600}>
                      {t('performance.system.badge')}: {t(`performance.system.sources.${i.systemSource}`)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{i.targetLabel}</Table.Td>
                {periods.map((p) => {
                  const c = cell(i.id, p.id);
                  return (
                    <Table.Td key={p.id}>
                      {c ? (
                        <Stack gap={2}>
                          <RealisationValue r={c} />
                          {c.actionPlan && (
                            <Text size="xs" c="dimmed">
                              {t('performance.work.actionPlan')}: {c.actionPlan}
                            </Text>
                          )}
                          {c.evidence.map((e) =>
                            e.kind === 'LINK' ? (
                              <Anchor
                                key={e.id}
                                size="xs"
                                href={e.url ?? '#'}
                                target="_blank"
                                rel="noopener noreferrer"
                              >
                                {e.description ?? e.url}
                              </Anchor>
                            ) : (
                              <Anchor
                                key={e.id}
                                size="xs"
                                href={downloadHref(`/performance/evidence/${e.id}/file`)}
                              >
                                {e.fileName}
                              </Anchor>
                            ),
                          )}
                          {c.systemEvidence && <SystemEvidenceView evidence={c.systemEvidence} />}
                        </Stack>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}

type IndicatorOption = Skp['rhk'][number]['indicators'][number] & { rhk: string };

function RecordForm({
  skp,
  periods,
  indicators,
}: {
  skp: Skp;
  periods: { id: number; label: string }[];
  indicators: IndicatorOption[];
}) {
  const { t } = useTranslation();
  const record = useRecordRealisation(skp.id);
  const upload = useUploadEvidence(skp.id);
  const addLink = useAddLink(skp.id);
  const [periodId, setPeriodId] = useState(String(periods[0]?.id ?? ''));
  const [indicatorId, setIndicatorId] = useState(String(indicators[0]?.id ?? ''));
  const [value, setValue] = useState<number | string>('');
  const [text, setText] = useState('');
  const [actionPlan, setActionPlan] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [link, setLink] = useState('');
  const indicator = indicators.find((i) => String(i.id) === indicatorId);
  const numeric = indicator?.targetKind === 'NUMBER' || indicator?.targetKind === 'PERCENT';
  const errors = isApiError(record.error) ? record.error.fieldErrors() : {};
  const linkErrors = isApiError(addLink.error) ? addLink.error.fieldErrors() : {};
  const base = { periodId: Number(periodId), indicatorId: Number(indicatorId) };

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
        {indicator?.systemSource && (
          <Alert color="teal" variant="light">
            {t('performance.system.recordHint')}
          </Alert>
        )}
        {numeric ? (
          <NumberInput
            label={t('performance.work.value')}
            value={value}
            onChange={setValue}
            min={0}
            error={errors.value}
            w={200}
          />
        ) : (
          <Textarea
            label={t('performance.work.text')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={errors.text}
            autosize
          />
        )}
        <Textarea
          label={t('performance.work.actionPlan')}
          value={actionPlan}
          onChange={(e) => setActionPlan(e.currentTarget.value)}
          autosize
        />
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
    </Card>
  );
}
