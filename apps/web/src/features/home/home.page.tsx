import { Anchor, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/auth/use-session';
import { formatNumber, greetingPeriod, hourInWib, type Language } from '../../app/format';
import { navItemsFor } from '../../app/layout/nav-items';
import { ErrorState } from '../../components/error-state';
import { FieldsList } from '../../components/fields-list';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { ComplaintFigures, complaintStatsLink } from '../complaints/complaint-figures';
import { useComplaints, useComplaintStats } from '../complaints/use-complaints';
import { useEmployee } from '../employees/use-employees';
import { LeadershipHomeCard } from '../dashboards/dashboard-leadership-home-card';
import { ForumFlagsHomeCard } from '../forum/forum-leadership-card';
import { FollowUpHomeCard } from '../oversight/followup-home-card';
import { PredikatBadge, SkpStatusBadge } from '../performance/performance-display';
import { useSkps, useYears } from '../performance/use-performance';
import { MyJpCard } from '../training/training-dashboard-card';
import '../dashboards/dashboards.i18n';
import './home.i18n';

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const shortcuts = navItemsFor(me.capabilities.screens).filter((item) => item.to !== '/');
  const period = greetingPeriod(hourInWib());

  return (
    <>
      <PageHeader
        title={t(`home.greeting.${period}`, { name: me.displayName })}
        description={t('home.intro')}
      />
      <Stack gap="lg">
        <DashboardLinks screens={me.capabilities.screens} />
        <LeadershipHomeCard />
        <ForumFlagsHomeCard />
        {me.employeeId !== null && (
          <>
            <MyComplaintsCard employeeId={me.employeeId} />
            <FollowUpHomeCard />
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <MySkpCard />
              <MyEmployeeCard employeeId={me.employeeId} />
            </SimpleGrid>
            <MyJpCard />
          </>
        )}
        <section aria-labelledby="shortcuts-title">
          <Title order={2} fz="h4" mb="sm" id="shortcuts-title">
            {t('home.shortcutsTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {shortcuts.map((item) => (
              <Card key={item.to} withBorder padding="md" component="article">
                <Anchor component={Link} to={item.to} fw={600}>
                  {t(item.label)}
                </Anchor>
                <Text size="sm" c="dimmed" mt={4}>
                  {t(item.description)}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        </section>
      </Stack>
    </>
  );
}

/** The way into Kinerja Saya and Tim Saya (issue 14 §2) for those who may open them. */
function DashboardLinks({ screens }: { screens: readonly string[] }) {
  const { t } = useTranslation();
  const links = [
    ...(screens.includes('dashboardMe') ? [{ to: '/dasbor/saya', label: t('dashboards.home.me') }] : []),
    ...(screens.includes('dashboardTeam') ? [{ to: '/dasbor/tim', label: t('dashboards.home.team') }] : []),
  ];
  if (links.length === 0) return null;
  return (
    <Group gap="lg">
      {links.map((l) => (
        <Anchor key={l.to} component={Link} to={l.to} fw={600}>
          {l.label}
        </Anchor>
      ))}
    </Group>
  );
}

function MyEmployeeCard({ employeeId }: { employeeId: number }) {
  const { t } = useTranslation();
  const employee = useEmployee(employeeId);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="my-position-title">
      <Title order={2} fz="h4" mb="sm" id="my-position-title">
        {t('home.myPosition')}
      </Title>
      {employee.isPending ? (
        <LoadingState lines={3} />
      ) : employee.isError ? (
        <ErrorState error={employee.error} onRetry={() => void employee.refetch()} />
      ) : (
        <FieldsList
          items={[
            {
              label: t('employees.fields.position'),
              value: employee.data.position?.name ?? t('employees.noPosition'),
            },
            { label: t('employees.fields.unit'), value: employee.data.position?.unitName ?? '—' },
            {
              label: t('employees.fields.superior'),
              value: employee.data.superior
                ? `${employee.data.superior.fullName} — ${employee.data.superior.positionName}`
                : t('employees.noSuperior'),
            },
          ]}
        />
      )}
    </Paper>
  );
}

/** This year's complaint figures of the employee (issue 4 §5), each linking to the complaints behind it. */
function MyComplaintsCard({ employeeId }: { employeeId: number }) {
  const { t } = useTranslation();
  const year = new Date().getFullYear();
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const stats = useComplaintStats({ from, to, employeeId });
  const link = (metric: string) => complaintStatsLink(metric, { scope: 'mine', from, to, employeeId });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="my-complaints-title">
      <Title order={2} fz="h4" id="my-complaints-title">
        {t('home.myComplaints')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('home.myComplaintsHint')}
      </Text>
      {stats.isPending ? (
        <LoadingState lines={2} />
      ) : stats.isError ? (
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <Stack gap="sm">
          <ComplaintFigures
            stats={stats.data}
            link={link}
            showBreached={false}
            cols={{ base: 2, sm: 3, lg: 6 }}
          />
          <Anchor component={Link} to="/complaints/stats" size="sm">
            {t('home.allStats')}
          </Anchor>
          <MyTeamComplaints from={from} to={to} />
        </Stack>
      )}
    </Paper>
  );
}

/**
 * A superior's line about the team: the team scope of the complaint list (as the statistics page links to it) is
 * empty for someone without subordinates, so the line only shows when the team has complaints this year.
 */
function MyTeamComplaints({ from, to }: { from: string; to: string }) {
  const { t, i18n } = useTranslation();
  const team = useComplaints({ scope: 'team', metric: 'assigned', from, to, page: 1, pageSize: 1 });
  if (!team.data || team.data.total === 0) return null;
  const q = new URLSearchParams({ scope: 'team', metric: 'assigned', from, to });
  return (
    <section aria-labelledby="my-team-title">
      <Title order={3} fz="h5" id="my-team-title">
        {t('home.myTeam')}
      </Title>
      <Group gap="xs" wrap="wrap">
        <Text size="sm">
          {t('home.teamAssigned', { n: formatNumber(team.data.total, i18n.language as Language) })}
        </Text>
        <Anchor component={Link} to={`/complaints?${q.toString()}`} size="sm">
          {t('home.teamLink')}
        </Anchor>
      </Group>
    </section>
  );
}

/** The current SKP's status and latest predikat, linking to the performance pages. */
function MySkpCard() {
  const { t } = useTranslation();
  const years = useYears();
  const yearId = years.data?.items[0]?.id;
  const mine = useSkps(yearId, 'mine');
  // After a transfer the newest SKP of the year (the current position's) is the one that counts, as on /kinerja.
  const skp = mine.data?.items.filter((s) => s.yearId === yearId).at(-1);
  const noYear = years.isSuccess && yearId === undefined;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="my-skp-title">
      <Title order={2} fz="h4" mb="sm" id="my-skp-title">
        {t('home.mySkp')}
      </Title>
      {years.isError ? (
        <ErrorState error={years.error} onRetry={() => void years.refetch()} />
      ) : mine.isError ? (
        <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />
      ) : noYear ? (
        <Text size="sm" c="dimmed">
          {t('home.noYear')}
        </Text>
      ) : years.isPending || mine.isPending ? (
        <LoadingState lines={2} />
      ) : (
        <Stack gap="sm" align="flex-start">
          {skp ? (
            <FieldsList
              items={[
                { label: t('home.skpStatus'), value: <SkpStatusBadge status={skp.status} /> },
                { label: t('home.skpPredikat'), value: <PredikatBadge predikat={skp.latestPredikat} /> },
              ]}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('home.noSkp')}
            </Text>
          )}
          <Anchor component={Link} to="/kinerja" size="sm">
            {t('home.openSkp')}
          </Anchor>
        </Stack>
      )}
    </Paper>
  );
}
