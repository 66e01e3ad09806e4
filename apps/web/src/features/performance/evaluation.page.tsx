import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { evaluationInput, type EvaluationContext, type RatingValue } from '@sim/contracts';
import { isOneOf, RATING_VALUES } from '@sim/contracts/values';
import { predikatKinerja } from '@sim/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api';
import { formatDateTime, formatNumber } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { notify } from '../../app/notify';
import { DataTable } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { downloadHref, PredikatBadge, usePeriodName } from './performance-display';
import { EvaluationSummary } from './skp-evaluation-panel';
import { RealisationValue, SystemEvidenceView } from './system-evidence-view';
import { useEvaluationContext, useEvaluations, useRate, useYears } from './use-performance';

/**
 * The rater's evaluation screen for one period: targets, realisations with evidence, the feedback history and other
 * data about the employee; the rater picks both ratings with a reason and sees the predikat the matrix gives.
 */
export function EvaluationPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const params = useParams();
  const skpId = Number(params.id);
  const periodId = Number(params.periodId);
  const periodName = usePeriodName();
  const context = useEvaluationContext(skpId, periodId);
  const years = useYears();
  if (context.isPending) return <LoadingState />;
  if (context.isError) return <ErrorState error={context.error} onRetry={() => void context.refetch()} />;
  const c = context.data;
  const indicators = c.skp.rhk.flatMap((r) => r.indicators.map((i) => ({ ...i, rhk: r.text })));
  const isAnnual = c.period.kind === 'TAHUNAN';
  const yearPeriods = years.data?.items.find((y) => y.id === c.skp.yearId)?.periods ?? [];
  // The annual screen lists every period's realisation: each one names its period.
  const num = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : formatNumber(v, language, { maximumFractionDigits: 2 });
  /** A row's figures worded in the reader's language (the server sends numbers, not Indonesian sentences). */
  const otherDataValue = ({ code, figures: f, value }: EvaluationContext['otherData'][number]) => {
    if (code === 'TRAINING_JP') {
      return t(`performance.evaluation.otherDataValues.${f.isReached ? 'jpReached' : 'jpBelow'}`, {
        jp: num(f.jp),
        target: num(f.target),
      });
    }
    // The completed trainings are listed by their titles (and JP), which read the same in both languages.
    if (code === 'OVERSIGHT_RECOMMENDATIONS') {
      return t('performance.evaluation.otherDataValues.oversight', {
        open: num(f.open),
        overdue: num(f.overdue),
        closed: num(f.closed),
      });
    }
    if (code === 'TRAINING_COMPLETED') {
      return f.count ? value : t('performance.evaluation.otherDataValues.noneCompleted');
    }
    if (code === 'COMPLAINTS') {
      return t('performance.evaluation.otherDataValues.complaints', {
        assigned: num(f.assigned),
        finishedOnTime: num(f.finishedOnTime),
        percent: f.onTimePercent === null ? '—' : `${num(f.onTimePercent)}%`,
      });
    }
    if (code === 'SKM_OFFICER') {
      return f.konversi !== null && f.konversi !== undefined
        ? t('performance.evaluation.otherDataValues.skmShown', {
            konversi: num(f.konversi),
            responses: num(f.responses),
          })
        : t('performance.evaluation.otherDataValues.skmHidden', {
            responses: num(f.responses),
            min: num(f.minResponses),
          });
    }
    if (code === 'CITIZEN_RATING') {
      return f.average === null || f.average === undefined
        ? '—'
        : t('performance.evaluation.otherDataValues.rating', {
            average: num(f.average),
            rated: num(f.rated),
          });
    }
    return num(f.count);
  };
  const periodOf = (id: number) => periodName(yearPeriods.find((p) => p.id === id)?.label ?? '');

  return (
    <>
      <PageHeader
        title={t('performance.evaluation.title', {
          period: periodName(c.period.label),
          name: c.skp.employee.fullName,
        })}
        description={
          <Anchor component={Link} to={`/kinerja/skp/${skpId}?tab=evaluation`}>
            SKP {c.skp.year}
          </Anchor>
        }
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Card withBorder>
            <Text size="sm" c="dimmed">
              {t('performance.evaluation.rater')}
            </Text>
            <Text fw={600}>{c.rater?.fullName ?? '—'}</Text>
          </Card>
          <Card withBorder>
            <Text fw={600} size="sm" mb={4}>
              {t('performance.evaluation.otherData')}
            </Text>
            <List size="sm">
              {c.otherData.map((d) => (
                <List.Item key={d.code}>
                  {t(`performance.evaluation.otherDataItems.${d.code}`, { year: d.figures.year })}:{' '}
                  <b>{otherDataValue(d)}</b>
                </List.Item>
              ))}
            </List>
          </Card>
        </SimpleGrid>
        {isAnnual && <AnnualBasis skpId={skpId} periods={yearPeriods.filter((p) => p.kind === 'PERIODIK')} />}
        <DataTable
          caption={t('performance.work.realisation')}
          rows={indicators}
          rowKey={(i) => i.id}
          columns={[
            {
              key: 'indicator',
              header: t('performance.work.indicator'),
              render: (i) => (
                <>
                  <Text size="sm">{i.text}</Text>
                  <Text size="xs" c="dimmed">
                    {i.rhk}
                  </Text>
                </>
              ),
            },
            { key: 'target', header: t('performance.work.target'), render: (i) => i.targetLabel },
            {
              key: 'realisation',
              header: t('performance.work.realisation'),
              render: (i) => {
                const rows = c.realisations.filter((r) => r.indicatorId === i.id);
                return rows.length === 0
                  ? '—'
                  : rows.map((r) => (
                      <div key={r.periodId}>
                        {isAnnual && (
                          <Text size="xs" fw={600}>
                            {periodOf(r.periodId)}
                          </Text>
                        )}
                        <RealisationValue r={r} annualTarget={i.targetValue} />
                      </div>
                    ));
              },
            },
            {
              key: 'evidence',
              header: t('performance.work.evidence'),
              render: (i) => {
                const rows = c.realisations.filter((r) => r.indicatorId === i.id);
                return (
                  <>
                    {rows.map(
                      (r) =>
                        r.systemEvidence && (
                          <SystemEvidenceView key={`system-${r.periodId}`} evidence={r.systemEvidence} />
                        ),
                    )}
                    {rows
                      .flatMap((r) => r.evidence)
                      .map((e) =>
                        e.kind === 'LINK' ? (
                          <Anchor
                            key={e.id}
                            size="xs"
                            display="block"
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
                            display="block"
                            href={downloadHref(`/performance/evidence/${e.id}/file`)}
                          >
                            {e.fileName}
                          </Anchor>
                        ),
                      )}
                  </>
                );
              },
            },
          ]}
        />
        <section>
          <Title order={2} size="h4" mb="xs">
            {t('performance.skp.tabs.feedback')}
          </Title>
          {c.feedback.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('performance.feedback.empty')}
            </Text>
          ) : (
            <List size="sm">
              {c.feedback.map((f) => (
                <List.Item key={f.id}>
                  {formatDateTime(f.createdAt, language)} — {f.authorName}: {f.text}
                </List.Item>
              ))}
            </List>
          )}
        </section>
        {c.evaluation && (
          <Card withBorder>
            <Group justify="space-between" mb="xs">
              <PredikatBadge predikat={c.evaluation.predikat} />
            </Group>
            <EvaluationSummary evaluation={c.evaluation} isOwner={false} pendingIds={new Set()} />
          </Card>
        )}
        {c.canRate ? (
          <RatingForm context={c} />
        ) : c.lockReason !== null ? (
          // The rating is decided or calibrated: say why the form is gone (a recorded procedure changes it now).
          <Alert color="yellow" variant="light" title={t('performance.evaluation.locked')}>
            {c.lockReason}
          </Alert>
        ) : (
          <Alert color="gray" variant="light">
            {t('performance.evaluation.notRater')}
          </Alert>
        )}
      </Stack>
    </>
  );
}

/**
 * The rating form. Nothing is preselected — a default rating let one click rate someone — so the rater chooses both
 * ratings (checked here with the contract's own schema, naming the field) and writes the reason; reopening a rated
 * period shows the saved ratings and reason.
 */
function RatingForm({ context: c }: { context: EvaluationContext }) {
  const { t } = useTranslation();
  const rate = useRate(c.skp.id);
  const [hasil, setHasil] = useState<RatingValue | ''>(c.evaluation?.ratingHasilKerja ?? '');
  const [perilaku, setPerilaku] = useState<RatingValue | ''>(c.evaluation?.ratingPerilaku ?? '');
  const [reason, setReason] = useState(c.evaluation?.reason ?? '');
  const [catatan, setCatatan] = useState(c.evaluation?.catatan ?? '');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = isApiError(rate.error) ? rate.error.fieldErrors() : {};
  const errors = { ...serverErrors, ...clientErrors };
  // An error clears as soon as its field changes.
  const clear = (field: string) =>
    setClientErrors((all) => Object.fromEntries(Object.entries(all).filter(([k]) => k !== field)));
  const options = [
    { value: '', label: t('performance.evaluation.chooseRating'), disabled: true },
    ...RATING_VALUES.map((r) => ({ value: r, label: t(`performance.rating.${r}`) })),
  ];
  const submit = () => {
    const parsed = evaluationInput.safeParse({
      periodId: c.period.id,
      ratingHasilKerja: hasil || undefined,
      ratingPerilaku: perilaku || undefined,
      reason,
      catatan: catatan || null,
    });
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) found[issue.path.join('.')] ??= issue.message;
      setClientErrors(found);
      return;
    }
    setClientErrors({});
    rate.mutate(parsed.data, { onSuccess: () => notify(t('performance.evaluation.saved')) });
  };
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('performance.evaluation.rate')}
      </Title>
      <Stack gap="sm">
        <FormError error={Object.keys(serverErrors).length === 0 ? rate.error : null} />
        <Group grow align="flex-start">
          <NativeSelect
            label={t('performance.evaluation.hasil')}
            data={options}
            value={hasil}
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (isOneOf(RATING_VALUES, value)) setHasil(value);
              clear('ratingHasilKerja');
            }}
            error={errors.ratingHasilKerja}
            required
          />
          <NativeSelect
            label={t('performance.evaluation.perilaku')}
            data={options}
            value={perilaku}
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (isOneOf(RATING_VALUES, value)) setPerilaku(value);
              clear('ratingPerilaku');
            }}
            error={errors.ratingPerilaku}
            required
          />
        </Group>
        <Text size="sm" role="status">
          {hasil && perilaku
            ? t('performance.evaluation.predikatPreview', {
                predikat: t(`performance.predikat.${predikatKinerja(hasil, perilaku)}`),
              })
            : t('performance.evaluation.predikatPending')}
        </Text>
        <Textarea
          label={t('performance.evaluation.reason')}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            clear('reason');
          }}
          error={errors.reason}
          autosize
          minRows={3}
        />
        <Textarea
          label={t('performance.evaluation.catatan')}
          value={catatan}
          onChange={(e) => setCatatan(e.currentTarget.value)}
          error={errors.catatan}
          autosize
        />
        <Group>
          <Button loading={rate.isPending} onClick={submit}>
            {t('performance.evaluation.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/**
 * What the annual rating rests on: the year's periods by name, each with the predikat it was given (or "not rated
 * yet"), so the rater sees which periods stand behind the annual predikat.
 */
function AnnualBasis({ skpId, periods }: { skpId: number; periods: { id: number; label: string }[] }) {
  const { t } = useTranslation();
  const periodName = usePeriodName();
  const evaluations = useEvaluations(skpId);
  const byPeriod = new Map((evaluations.data?.items ?? []).map((e) => [e.periodId, e.predikat]));
  return (
    <Card withBorder data-testid="annual-basis">
      <Text fw={600} size="sm" mb={4}>
        {t('performance.evaluation.annualBasis')}
      </Text>
      <List size="sm">
        {periods.map((p) => (
          <List.Item key={p.id}>
            {periodName(p.label)}:{' '}
            {byPeriod.get(p.id) ? (
              <PredikatBadge predikat={byPeriod.get(p.id) ?? null} />
            ) : (
              t('performance.evaluation.none')
            )}
          </List.Item>
        ))}
      </List>
    </Card>
  );
}
