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

/** "2 hari 3 jam" from milliseconds (calendar time to the deadline instant). */
export function useDuration() {
  const { t } = useTranslation();
  return (ms: number) => {
    const minutes = Math.floor(Math.abs(ms) / 60_000);
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    if (days > 0)
      return `${t('complaints.sla.days', { count: days })} ${t('complaints.sla.hours', { count: hours })}`;
    if (hours > 0) return t('complaints.sla.hours', { count: hours });
    return t('complaints.sla.minutes', { count: minutes % 60 });
  };
}

/** The state of the running deadline with a live countdown to it. */
export function SlaCountdown({ sla, compact = false }: { sla: SlaInfo | null; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const duration = useDuration();
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
  return (
    <Group gap={6} wrap="wrap" data-testid="sla-countdown">
      <StatusBadge tone={TONES[state]}>{t(`complaints.sla.${state}`)}</StatusBadge>
      {deadline !== null && (
        <Text size="sm" fw={600}>
          {breached
            ? t('complaints.sla.over', { time: duration(now - deadline) })
            : t('complaints.sla.left', { time: duration(deadline - now) })}
        </Text>
      )}
      {!compact && sla.deadline && (
        <Text size="xs" c="dimmed">
          {t(`complaints.sla.${sla.window}`)}: {formatDateTime(sla.deadline, i18n.language as Language)}
        </Text>
      )}
    </Group>
  );
}
