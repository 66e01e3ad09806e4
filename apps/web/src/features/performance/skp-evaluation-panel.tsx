import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import type { Evaluation, RatingValue, Skp } from '@sim/contracts';
import { isOneOf, RATING_VALUES } from '@sim/contracts/values';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime, todayInWib } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { notify } from '../../app/notify';
import { AppModal } from '../../components/app-modal';
import { ErrorState } from '../../components/error-state';
import { isApiError } from '../../app/api';
import { FormError } from '../../components/form-error';
import { DownloadIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { downloadHref, PredikatBadge, usePeriodName } from './performance-display';
import {
  useDecideObjection,
  useEvaluations,
  useFileObjection,
  usePendingObjections,
  useYears,
} from './use-performance';

/** Every period of the year with its evaluation, rating history, objections and the evaluation document. */
export function SkpEvaluationPanel({ skp }: { skp: Skp }) {
  const { t } = useTranslation();
  const periodName = usePeriodName();
  const years = useYears();
  const evaluations = useEvaluations(skp.id);
  const pending = usePendingObjections();
  if (years.isPending || evaluations.isPending) return <LoadingState />;
  if (years.isError) return <ErrorState error={years.error} />;
  if (evaluations.isError) return <ErrorState error={evaluations.error} />;
  const periods = years.data.items.find((y) => y.id === skp.yearId)?.periods ?? [];
  const isOwner = skp.can.realise || skp.can.edit || skp.can.revise;
  const pendingIds = new Set((pending.data?.items ?? []).map((o) => o.id));
  return (
    <Stack gap="md">
      {periods.map((p) => {
        const ev = evaluations.data.items.find((e) => e.periodId === p.id);
        return (
          <Card withBorder key={p.id}>
            <Group justify="space-between" mb="xs">
              <Title order={2} size="h4">
                {periodName(p.label)}
              </Title>
              <Group gap="xs">
                {ev && <PredikatBadge predikat={ev.predikat} />}
                <Button
                  size="xs"
                  variant="light"
                  component={Link}
                  to={`/kinerja/skp/${skp.id}/evaluasi/${p.id}`}
                >
                  {t('performance.evaluation.open')}
                </Button>
                {ev && (
                  <Button
                    size="xs"
                    variant="default"
                    component="a"
                    href={downloadHref(`/performance/skps/${skp.id}/evaluations/${p.id}/document.pdf`)}
                    leftSection={<DownloadIcon />}
                  >
                    {t('performance.evaluation.document')}
                  </Button>
                )}
              </Group>
            </Group>
            {ev ? (
              <EvaluationSummary evaluation={ev} isOwner={isOwner} pendingIds={pendingIds} />
            ) : (
              <Text size="sm" c="dimmed">
                {t('performance.evaluation.none')}
              </Text>
            )}
          </Card>
        );
      })}
    </Stack>
  );
}

export function EvaluationSummary({
  evaluation: ev,
  isOwner,
  pendingIds,
}: {
  evaluation: Evaluation;
  isOwner: boolean;
  pendingIds: Set<number>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [objecting, setObjecting] = useState(false);
  const [deciding, setDeciding] = useState<number | null>(null);
  // The window counts from the latest change by the rater or the calibration; an objection decided since then closes it.
  const lastChange = ev.history.filter((h) => h.source !== 'OBJECTION').at(-1)?.at ?? ev.evaluatedAt;
  const canObject =
    isOwner &&
    todayInWib() <= ev.objectionDeadline &&
    !ev.objections.some((o) => o.status === 'PENDING' || (o.decidedAt !== null && o.decidedAt >= lastChange));
  return (
    <Stack gap="xs">
      <Text size="sm">
        {t('performance.evaluation.hasil')}: <b>{t(`performance.rating.${ev.ratingHasilKerja}`)}</b> ·{' '}
        {t('performance.evaluation.perilaku')}: <b>{t(`performance.rating.${ev.ratingPerilaku}`)}</b>
      </Text>
      <Text size="sm">
        {t('performance.evaluation.rater')}: {ev.rater.fullName} · {formatDateTime(ev.evaluatedAt, language)}
      </Text>
      <Text size="sm">{ev.reason}</Text>
      {ev.angkaKredit !== null && (
        <Text size="sm">
          {t('performance.evaluation.angkaKredit')}: <b>{ev.angkaKredit}</b>
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('performance.evaluation.objectionDeadline')}: {formatDate(ev.objectionDeadline, language)}
      </Text>
      <Text fw={600} size="sm">
        {t('performance.evaluation.history')}
      </Text>
      <List size="xs">
        {ev.history.map((h, i) => (
          <List.Item key={i}>
            {formatDateTime(h.at, language)} — {h.actorName} ({t(`performance.evaluation.source.${h.source}`)}
            ): {t(`performance.predikat.${h.predikat}`)} — {h.reason}
          </List.Item>
        ))}
      </List>
      {ev.objections.map((o) => (
        <Group key={o.id} gap="xs">
          <Badge variant="light">{t(`performance.evaluation.objectionStatus.${o.status}`)}</Badge>
          <Text size="sm">{o.reason}</Text>
          {o.decisionReason && (
            <Text size="xs" c="dimmed">
              {o.decidedByName}
              {o.decidedByPosition && ` (${o.decidedByPosition})`}
              {o.isExternal &&
                ` — ${t('performance.evaluation.external')}, ${t('performance.evaluation.recordedBy', { name: o.recordedByName ?? '' })}`}
              : {o.decisionReason}
            </Text>
          )}
          {o.status === 'PENDING' && pendingIds.has(o.id) && (
            <Button size="xs" onClick={() => setDeciding(o.id)}>
              {t('performance.evaluation.decide')}
            </Button>
          )}
        </Group>
      ))}
      {canObject && (
        <Group>
          <Button size="xs" variant="light" color="orange" onClick={() => setObjecting(true)}>
            {t('performance.evaluation.object')}
          </Button>
        </Group>
      )}
      <ObjectionModal evaluationId={ev.id} opened={objecting} onClose={() => setObjecting(false)} />
      <DecisionModal objectionId={deciding} onClose={() => setDeciding(null)} />
    </Stack>
  );
}

function ObjectionModal({
  evaluationId,
  opened,
  onClose,
}: {
  evaluationId: number;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const file = useFileObjection();
  const [reason, setReason] = useState('');
  return (
    <AppModal opened={opened} onClose={onClose} title={t('performance.evaluation.object')}>
      <Stack>
        <FormError error={file.error} />
        <Textarea
          label={t('performance.evaluation.objectionReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={3}
        />
        <Button
          loading={file.isPending}
          onClick={() =>
            file.mutate(
              { evaluationId, reason },
              {
                onSuccess: () => {
                  notify(t('performance.evaluation.objectionFiled'));
                  onClose();
                },
              },
            )
          }
        >
          {t('performance.evaluation.object')}
        </Button>
      </Stack>
    </AppModal>
  );
}

function DecisionModal({ objectionId, onClose }: { objectionId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const decide = useDecideObjection();
  const pending = usePendingObjections();
  // An external objection (the rater has no superior in the tree) is recorded with the deciding official.
  const isExternal = pending.data?.items.find((o) => o.id === objectionId)?.isExternal ?? false;
  const [externalName, setExternalName] = useState('');
  const [externalPosition, setExternalPosition] = useState('');
  const errors = isApiError(decide.error) ? decide.error.fieldErrors() : {};
  const [reason, setReason] = useState('');
  // No preselected rating: accepting an objection requires the decider to choose both new ratings.
  const [hasil, setHasil] = useState<RatingValue | ''>('');
  const [perilaku, setPerilaku] = useState<RatingValue | ''>('');
  const run = (accept: boolean) =>
    objectionId !== null &&
    decide.mutate(
      {
        id: objectionId,
        accept,
        reason,
        ...(accept ? { ratingHasilKerja: hasil || undefined, ratingPerilaku: perilaku || undefined } : {}),
        ...(isExternal
          ? { externalDeciderName: externalName, externalDeciderPosition: externalPosition }
          : {}),
      },
      {
        onSuccess: () => {
          notify(t('performance.evaluation.decided'));
          onClose();
        },
      },
    );
  const options = [
    { value: '', label: t('performance.evaluation.chooseRating'), disabled: true },
    ...RATING_VALUES.map((r) => ({ value: r, label: t(`performance.rating.${r}`) })),
  ];
  return (
    <AppModal opened={objectionId !== null} onClose={onClose} title={t('performance.evaluation.decide')}>
      <Stack>
        <FormError error={Object.keys(errors).length > 0 ? null : decide.error} />
        {isExternal && (
          <>
            <Alert color="blue" variant="light" title={t('performance.evaluation.external')}>
              {t('performance.evaluation.externalHint')}
            </Alert>
            <TextInput
              label={t('performance.evaluation.externalName')}
              value={externalName}
              onChange={(e) => setExternalName(e.currentTarget.value)}
              error={errors.externalDeciderName}
            />
            <TextInput
              label={t('performance.evaluation.externalPosition')}
              value={externalPosition}
              onChange={(e) => setExternalPosition(e.currentTarget.value)}
              error={errors.externalDeciderPosition}
            />
          </>
        )}
        <Textarea
          label={t('performance.evaluation.decisionReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.reason}
          autosize
          minRows={3}
        />
        <NativeSelect
          label={t('performance.evaluation.hasil')}
          data={options}
          value={hasil}
          onChange={(e) => isOneOf(RATING_VALUES, e.currentTarget.value) && setHasil(e.currentTarget.value)}
          error={errors.ratingHasilKerja}
        />
        <NativeSelect
          label={t('performance.evaluation.perilaku')}
          data={options}
          value={perilaku}
          onChange={(e) =>
            isOneOf(RATING_VALUES, e.currentTarget.value) && setPerilaku(e.currentTarget.value)
          }
          error={errors.ratingPerilaku}
        />
        <Group>
          <Button color="teal" loading={decide.isPending} onClick={() => run(true)}>
            {t('performance.evaluation.accept')}
          </Button>
          <Button color="red" variant="light" loading={decide.isPending} onClick={() => run(false)}>
            {t('performance.evaluation.reject')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
