import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { Realisation, SystemEvidence } from '@sim/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { StatusBadge } from '../../components/status-badge';

/**
 * Bukti sistem of one indicator in one period: the figure computed from the complaints or SKM data when the screen
 * was read, the complaint figures behind it, a link to those complaints, and a note that it updates by itself.
 */
export function SystemEvidenceView({ evidence }: { evidence: SystemEvidence }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const num = (v: number | null, digits = 2) => formatNumber(v, language, { maximumFractionDigits: digits });
  const c = evidence.complaints;
  const s = evidence.skm;
  const v = evidence.value;
  // The figure in the reader's language from the numbers (valueLabel is the server's Indonesian wording).
  const valueText =
    evidence.source === 'TRAINING_SESSIONS_DELIVERED' || evidence.source === 'TRAINING_JP_DELIVERED'
      ? t(`performance.system.values.${evidence.source}`, { value: num(v, 1) })
      : evidence.source === 'SKM_OFFICER_IKM'
        ? v !== null && s
          ? t('performance.system.values.SKM_OFFICER_IKM', {
              value: num(v),
              responses: s.responses,
              year: s.year,
            })
          : t('performance.system.values.skmTooFew', {
              responses: s?.responses ?? 0,
              min: s?.minResponses ?? 0,
            })
        : !c
          ? evidence.valueLabel
          : v === null
            ? t(
                evidence.source === 'COMPLAINTS_ON_TIME_PCT'
                  ? 'performance.system.values.noneFinished'
                  : 'performance.system.values.noneRated',
              )
            : t(`performance.system.values.${evidence.source}`, {
                value: num(v, 1),
                onTime: c.finishedOnTime,
                finished: c.finished,
                assigned: c.assigned,
                rated: c.rated,
              });
  return (
    <Stack gap={2} data-testid="system-evidence">
      <Group>
        <StatusBadge size="xs" tone="positive">
          {t('performance.system.badge')}
        </StatusBadge>
      </Group>
      <Text size="xs" fw={600}>
        {t(`performance.system.sources.${evidence.source}`)}: {valueText}
      </Text>
      {c && (
        <Text size="xs" c="dimmed">
          {t('performance.system.figures', {
            assigned: c.assigned,
            finished: c.finished,
            onTime: c.onTimePercent === null ? '—' : `${num(c.onTimePercent, 1)}%`,
            median: num(c.medianWorkingDays, 1),
            reopen: c.reopenRatePercent === null ? '—' : `${num(c.reopenRatePercent, 1)}%`,
            rating: num(c.averageRating),
            rated: c.rated,
          })}
        </Text>
      )}
      {evidence.skm && (
        <Text size="xs" c="dimmed">
          {t('performance.system.skm', {
            year: evidence.skm.year,
            responses: evidence.skm.responses,
            min: evidence.skm.minResponses,
          })}
        </Text>
      )}
      {evidence.training && (
        <Text size="xs" c="dimmed">
          {t('performance.system.training', {
            sessions: evidence.training.sessions,
            jp: num(evidence.training.jpDelivered, 1),
            participants: evidence.training.participants,
            rating: num(evidence.training.averageRating),
            rated: evidence.training.rated,
          })}
        </Text>
      )}
      {evidence.link && (
        <Anchor component={Link} to={evidence.link} size="xs">
          {t(evidence.training ? 'performance.system.openTraining' : 'performance.system.open')}
        </Anchor>
      )}
      <Text size="xs" c="dimmed" fs="italic">
        {t('performance.system.auto')}
      </Text>
    </Stack>
  );
}

/**
 * The realisation value as a cell shows it, saying when it is the system's (the employee entered none), with its
 * capaian and what that is measured against: the period target of the rencana aksi, or progress toward the annual
 * target (cumulative for counts, as it stands for rates).
 */
export function RealisationValue({ r, annualTarget }: { r: Realisation; annualTarget: number | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const num = (v: number | null) => formatNumber(v, language);
  return (
    <Stack gap={0}>
      <Text size="sm">
        {r.value !== null ? num(r.value) : (r.text ?? '—')}
        {r.isSystemValue && (
          <Text span size="xs" fs="italic">
            {' '}
            {t('performance.system.usedAsRealisation')}
          </Text>
        )}
      </Text>
      {r.percent !== null && r.percentBasis !== null && (
        <Text size="xs" data-testid="capaian">
          <b>{num(r.percent)}%</b>{' '}
          {t(`performance.work.basis.${r.percentBasis}`, {
            target: num(r.percentBasis === 'PERIOD_TARGET' ? r.periodTarget : annualTarget),
            of: num(r.percentOf),
          })}
        </Text>
      )}
    </Stack>
  );
}
