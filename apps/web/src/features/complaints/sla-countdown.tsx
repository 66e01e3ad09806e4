import type { SlaInfo } from '@sim/contracts';
import { Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, type Language } from '../../app/format';
import { StatusBadge, type Tone } from '../../components/status-badge';

const TONES: Record<SlaInfo['state'], Tone> = {
  ON_TRACK: 'positive',
  WARNING: 'attention',
  BREACHED: 'danger',
  PAUSED: 'neutral',
};

/** Re-renders every 30 seconds so countdowns stay live without refetching. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/**
 * The state of the running deadline in working days (the unit of every complaint deadline, counted on the server
 * from the holiday calendar) and the deadline's date and time in WIB. Re-checks the instant every 30 seconds so a
 * deadline that passes while the page is open turns late without a refetch.
 */
export function SlaCountdown({ sla, compact = false }: { sla: SlaInfo | null; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  if (!sla) {
    return (
      <Text size="sm" c="dimmed">
        {t('complaints.sla.none')}
      </Text>
    );
  }
  const deadline = sla.deadline ? new Date(sla.deadline).getTime() : null;
  const breached = deadline !== null && now > deadline;
  const state = breached ? 'BREACHED' : sla.state;
  const countdown =
    breached && sla.countdown?.kind !== 'OVERDUE'
      ? { kind: 'OVERDUE' as const, workingDays: 0 }
      : sla.countdown;
  return (
    <Group gap={6} wrap="wrap" data-testid="sla-countdown">
      <StatusBadge tone={TONES[state]}>{t(`complaints.sla.${state}`)}</StatusBadge>
      {countdown && (
        <Text size="sm" fw={600}>
          {countdown.kind === 'DUE_TODAY'
            ? t('complaints.sla.dueToday')
            : countdown.kind === 'REMAINING'
              ? t('complaints.sla.workingDaysLeft', { count: countdown.workingDays })
              : countdown.workingDays > 0
                ? t('complaints.sla.workingDaysOver', { count: countdown.workingDays })
                : t('complaints.sla.overToday')}
        </Text>
      )}
      {sla.deadline && (
        <Text size="xs" c="dimmed">
          {compact ? '' : `${t(`complaints.sla.${sla.window}`)}: `}
          {formatDateTime(sla.deadline, i18n.language as Language)}
        </Text>
      )}
    </Group>
  );
}
