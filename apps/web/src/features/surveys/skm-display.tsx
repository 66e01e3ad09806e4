import { Group, Progress, Stack, Text } from '@mantine/core';
import type { SkmMutu, SurveyStatus } from '@sim/contracts';
import { useTranslation } from 'react-i18next';
import { formatNumber, type Language } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { StatusBadge, type Tone } from '../../components/status-badge';

// Small display pieces shared by the SKM screens: grades, scores, the sample progress and status badges.

const MUTU_TONE: Record<SkmMutu, Tone> = { A: 'positive', B: 'info', C: 'attention', D: 'danger' };

/** NRR and IKM with four decimals, konversi with two, in the UI language's number format. */
export const formatNrr = (value: number | null | undefined, language: Language) =>
  formatNumber(value, language, { minimumFractionDigits: 4, maximumFractionDigits: 4 });
export const formatKonversi = (value: number | null | undefined, language: Language) =>
  formatNumber(value, language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "A · Sangat Baik" as a badge whose colour follows the grade. */
export function MutuBadge({ mutu, kinerja }: { mutu: SkmMutu | null; kinerja?: string | null }) {
  if (!mutu)
    return (
      <Text span c="dimmed">
        —
      </Text>
    );
  return (
    <StatusBadge tone={MUTU_TONE[mutu]} size="lg">
      {kinerja ? `${mutu} · ${kinerja}` : mutu}
    </StatusBadge>
  );
}

export function SurveyStatusBadge({ status }: { status: SurveyStatus }) {
  const { t } = useTranslation();
  const tone: Tone = status === 'OPEN' ? 'positive' : status === 'DRAFT' ? 'neutral' : 'info';
  return <StatusBadge tone={tone}>{t(`skm.statuses.${status}`)}</StatusBadge>;
}

/** Respondents against the Krejcie–Morgan target: shown wherever results are shown. */
export function SampleProgress({
  respondents,
  target,
  compact = false,
}: {
  respondents: number;
  target: number | null;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!target) {
    return (
      <Text size="sm" c="dimmed">
        {t('skm.sample.noTarget', { respondents: formatNumber(respondents, language) })}
      </Text>
    );
  }
  const ratio = respondents / target;
  const percent = formatNumber(ratio, language, { style: 'percent', maximumFractionDigits: 0 });
  const label = t('skm.sample.ofTarget', {
    respondents: formatNumber(respondents, language),
    target: formatNumber(target, language),
    percent,
  });
  return (
    <Stack gap={4} miw={compact ? 140 : undefined}>
      <Progress.Root size={compact ? 'sm' : 'lg'}>
        <Progress.Section
          value={Math.min(100, ratio * 100)}
          color={ratio >= 1 ? 'teal.8' : 'blue.8'}
          aria-label={t('skm.sample.label')}
          aria-valuetext={label}
        />
      </Progress.Root>
      <Group gap={6} wrap="nowrap">
        <Text size={compact ? 'xs' : 'sm'}>{label}</Text>
        {ratio >= 1 && !compact && (
          <StatusBadge tone="positive" size="sm">
            {t('skm.sample.reached')}
          </StatusBadge>
        )}
      </Group>
    </Stack>
  );
}
