import { NativeSelect } from '@mantine/core';
import type { PerfYear, PredikatValue, SkpStatus } from '@sim/contracts';
import { performancePeriodLabelEn } from '@sim/domain';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/i18n';
import { StatusBadge, type Tone } from '../../components/status-badge';

// Small shared pieces of the performance screens.

const STATUS_TONE: Record<SkpStatus, Tone> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  RETURNED: 'attention',
  APPROVED: 'positive',
};

export function SkpStatusBadge({ status }: { status: SkpStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={STATUS_TONE[status]}>{t(`performance.status.${status}`)}</StatusBadge>;
}

const PREDIKAT_TONE: Record<PredikatValue, Tone> = {
  SANGAT_BAIK: 'positive',
  BAIK: 'info',
  BUTUH_PERBAIKAN: 'attention',
  KURANG: 'danger',
  SANGAT_KURANG: 'danger',
};

export function PredikatBadge({ predikat }: { predikat: string | null }) {
  const { t } = useTranslation();
  if (!predikat) return <>—</>;
  const p = predikat as PredikatValue;
  return <StatusBadge tone={PREDIKAT_TONE[p] ?? 'neutral'}>{t(`performance.predikat.${p}`)}</StatusBadge>;
}

/**
 * A period's name in the reader's language: the server stores the official Indonesian label ("Triwulan II"), the
 * English reader sees "Quarter II".
 */
export function usePeriodName(): (label: string) => string {
  const language = useLanguage();
  return (label) => (language === 'en' ? performancePeriodLabelEn(label) : label);
}

/** Picks a performance year; the newest is the default the caller passes in. */
export function YearSelect({
  years,
  value,
  onChange,
}: {
  years: PerfYear[];
  value: number | undefined;
  onChange: (id: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('performance.home.year')}
      data={years.map((y) => ({
        value: String(y.id),
        label: `${y.year} (${t(`performance.scheme.${y.scheme}`)})`,
      }))}
      value={value === undefined ? '' : String(value)}
      onChange={(e) => onChange(Number(e.currentTarget.value))}
      w={220}
    />
  );
}

/** Opens a server-rendered file (PDF, XLSX) in the same tab so the browser downloads it with the session cookie. */
export function downloadHref(path: string): string {
  return `/api/v1${path}`;
}
