import { Anchor, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/auth/use-session';
import './dashboard-leadership.i18n';

/** The Pimpinan's home page entry to the leadership dashboard, shown to whoever the server lets open it. */
export function LeadershipHomeCard() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.capabilities.screens.includes('dashboardLeadership')) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="leadership-home-title">
      <Title order={2} fz="h4" mb={4} id="leadership-home-title">
        {t('dashboardLeadership.home.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('dashboardLeadership.home.text')}
      </Text>
      <Anchor component={Link} to="/dasbor/pimpinan" fw={600}>
        {t('dashboardLeadership.home.open')}
      </Anchor>
    </Paper>
  );
}
