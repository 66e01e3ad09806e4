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
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import type { EvaluationContext, RatingValue } from '@sim/contracts';
import { isOneOf, RATING_VALUES } from '@sim/contracts/values';
import { predikatKinerja } from '@sim/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { notify } from '../../app/notify';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { downloadHref, PredikatBadge } from './performance-display';
import { EvaluationSummary } from './skp-evaluation-panel';
import { RealisationValue, SystemEvidenceView } from './system-evidence-view';
import { useEvaluationContext, useRate } from './use-performance';

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
  const context = useEvaluationContext(skpId, periodId);
  if (context.isPending) return <LoadingState />;
  if (context.isError) return <ErrorState error={context.error} onRetry={() => void context.refetch()} />;
  const c = context.data;
  const indicators = c.skp.rhk.flatMap((r) => r.indicators.map((i) => ({ ...i, rhk: r.text })));

  return (
    <>
      <PageHeader
        title={t('performance.evaluation.title', { period: c.period.label, name: c.skp.employee.fullName })}
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
                <List.Item key={d.label}>
                  {d.label}: <b>{d.value}</b>
                </List.Item>
              ))}
            </List>
          </Card>
        </SimpleGrid>
        <div
          className="table-scroll"
          role="region"
          aria-label={t('performance.work.realisation')}
          tabIndex={0}
        >
          <Table withTableBorder withColumnBorders miw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('performance.work.indicator')}</Table.Th>
                <Table.Th scope="col">{t('performance.work.target')}</Table.Th>
                <Table.Th scope="col">{t('performance.work.realisation')}</Table.Th>
                <Table.Th scope="col">{t('performance.work.evidence')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {indicators.map((i) => {
                const rows = c.realisations.filter((r) => r.indicatorId === i.id);
                return (
                  <Table.Tr key={i.id}>
                    <Table.Td>
                      <Text size="sm">{i.text}</Text>
                      <Text size="xs" c="dimmed">
                        {i.rhk}
                      </Text>
                    </Table.Td>
                    <Table.Td>{i.targetLabel}</Table.Td>
                    <Table.Td>
                      {rows.length === 0 ? '—' : rows.map((r) => <RealisationValue key={r.periodId} r={r} />)}
                    </Table.Td>
                    <Table.Td>
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
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </div>
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

function RatingForm({ context: c }: { context: EvaluationContext }) {
  const { t } = useTranslation();
  const rate = useRate(c.skp.id);
  const [hasil, setHasil] = useState<RatingValue>(c.evaluation?.ratingHasilKerja ?? 'SESUAI_EKSPEKTASI');
  const [perilaku, setPerilaku] = useState<RatingValue>(c.evaluation?.ratingPerilaku ?? 'SESUAI_EKSPEKTASI');
  const [reason, setReason] = useState('');
  const [catatan, setCatatan] = useState(c.evaluation?.catatan ?? '');
  const errors = isApiError(rate.error) ? rate.error.fieldErrors() : {};
  const options = RATING_VALUES.map((r) => ({ value: r, label: t(`performance.rating.${r}`) }));
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('performance.evaluation.rate')}
      </Title>
      <Stack gap="sm">
        <FormError error={Object.keys(errors).length === 0 ? rate.error : null} />
        <Group grow>
          <NativeSelect
            label={t('performance.evaluation.hasil')}
            data={options}
            value={hasil}
            onChange={(e) => isOneOf(RATING_VALUES, e.currentTarget.value) && setHasil(e.currentTarget.value)}
          />
          <NativeSelect
            label={t('performance.evaluation.perilaku')}
            data={options}
            value={perilaku}
            onChange={(e) =>
              isOneOf(RATING_VALUES, e.currentTarget.value) && setPerilaku(e.currentTarget.value)
            }
          />
        </Group>
        <Text size="sm" role="status">
          {t('performance.evaluation.predikatPreview', {
            predikat: t(`performance.predikat.${predikatKinerja(hasil, perilaku)}`),
          })}
        </Text>
        <Textarea
          label={t('performance.evaluation.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.reason}
          autosize
          minRows={3}
        />
        <Textarea
          label={t('performance.evaluation.catatan')}
          value={catatan}
          onChange={(e) => setCatatan(e.currentTarget.value)}
          autosize
        />
        <Group>
          <Button
            loading={rate.isPending}
            onClick={() =>
              rate.mutate(
                {
                  periodId: c.period.id,
                  ratingHasilKerja: hasil,
                  ratingPerilaku: perilaku,
                  reason,
                  catatan: catatan || null,
                },
                {
                  onSuccess: () => {
                    notify(t('performance.evaluation.saved'));
                    setReason('');
                  },
                },
              )
            }
          >
            {t('performance.evaluation.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
