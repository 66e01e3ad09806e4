import { Anchor, Card, SimpleGrid, Text } from '@mantine/core';
import type { ComplaintStats } from '@sim/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber, type Language } from '../../app/format';

export type StatsScope = 'mine' | 'team' | 'all';

/** The complaint list filtered to the records behind one figure of the statistics. */
export function complaintStatsLink(
  metric: string,
  {
    scope,
    from,
    to,
    unitId,
    employeeId,
  }: {
    scope: StatsScope;
    from: string;
    to: string;
    unitId?: number | undefined;
    employeeId?: number | undefined;
  },
): string {
  const q = new URLSearchParams({ scope, metric, from, to });
  if (unitId) q.set('unitId', String(unitId));
  else if (employeeId) q.set('assigneeId', String(employeeId));
  return `/complaints?${q.toString()}`;
}

/** The figures of complaint handling, each a link to the complaints behind it. */
export function ComplaintFigures({
  stats,
  link,
  showBreached = true,
  cols = { base: 2, sm: 3, lg: 4 },
}: {
  stats: ComplaintStats;
  link: (metric: string) => string;
  showBreached?: boolean;
  cols?: Record<string, number>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const num = (v: number | null, digits = 0) =>
    v === null ? t('complaints.stats.none') : formatNumber(v, lang, { maximumFractionDigits: digits });
  const percent = (v: number | null) => (v === null ? '—' : `${num(v, 1)}%`);
  return (
    <SimpleGrid cols={cols} spacing="md" data-testid="complaint-stats">
      <Figure
        label={t('complaints.stats.assigned')}
        value={num(stats.assigned)}
        to={link('assigned')}
        testId="stat-assigned"
      />
      <Figure
        label={t('complaints.stats.finished')}
        value={num(stats.finished)}
        to={link('finished')}
        testId="stat-finished"
      />
      <Figure
        label={t('complaints.stats.onTime')}
        value={`${num(stats.finishedOnTime)} (${percent(stats.onTimePercent)})`}
        to={link('onTime')}
        testId="stat-on-time"
      />
      <Figure
        label={t('complaints.stats.median')}
        value={num(stats.medianWorkingDays, 1)}
        to={link('finished')}
        testId="stat-median"
      />
      <Figure
        label={t('complaints.stats.reopened')}
        value={`${num(stats.reopened)} (${percent(stats.reopenRatePercent)})`}
        to={link('reopened')}
        testId="stat-reopened"
      />
      <Figure
        label={t('complaints.stats.rating')}
        value={`${num(stats.averageRating, 2)} (${stats.rated})`}
        to={link('rated')}
        testId="stat-rating"
      />
      {showBreached && (
        <Figure
          label={t('complaints.stats.breached')}
          value={num(stats.breached)}
          to={link('breached')}
          testId="stat-breached"
        />
      )}
    </SimpleGrid>
  );
}

function Figure({ label, value, to, testId }: { label: string; value: string; to: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Anchor
        component={Link}
        to={to}
        fz="xl"
        fw={700}
        aria-label={t('complaints.stats.figureLink', { label, value })}
      >
        {value}
      </Anchor>
    </Card>
  );
}
