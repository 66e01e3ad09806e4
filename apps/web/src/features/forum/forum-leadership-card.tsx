import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ForumLeadershipFlag } from '@sim/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCapabilities } from '../../app/auth/use-session';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { ErrorState } from '../../components/error-state';
import { ResponseStateBadge } from './forum-display';
import { useLeadershipFlags } from './use-forum';

/**
 * The leadership dashboard's forum card (issue 13 "open policies without an official response are flagged on the
 * leadership dashboard"): every open policy still waiting for the tanggapan resmi, the most urgent first (the
 * server's order), each linking to its policy. Shown only to those who lead the forum, and only when something waits.
 */
export function ForumFlagsHomeCard() {
  const caps = useCapabilities();
  if (!caps.forum.managePolicies) return null;
  return <FlagsCard />;
}

function FlagsCard() {
  const { t } = useTranslation();
  const flags = useLeadershipFlags(true);
  if (flags.isError)
    return (
      <Paper withBorder p="md">
        <ErrorState error={flags.error} onRetry={() => void flags.refetch()} />
      </Paper>
    );
  const items = flags.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="forum-flags-title">
      <Title order={2} fz="h4" id="forum-flags-title">
        {t('forum.flags.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('forum.flags.hint')}
      </Text>
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((f) => (
          <FlagRow key={f.policyId} flag={f} />
        ))}
      </Stack>
    </Paper>
  );
}

export function FlagRow({ flag: f }: { flag: ForumLeadershipFlag }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const when =
    f.daysLeft === null
      ? t('forum.flags.noEnd')
      : f.daysLeft <= 0
        ? t('forum.flags.ended', { date: formatDateTime(f.consultationClosesAt, language) })
        : t('forum.flags.daysLeft', {
            count: f.daysLeft,
            date: formatDateTime(f.consultationClosesAt, language),
          });
  return (
    <li>
      <Stack gap={2} align="flex-start">
        <Anchor component={Link} to={`/forum/kebijakan/${f.policyId}`} fw={600}>
          {f.title}
        </Anchor>
        <Group gap="xs" wrap="wrap">
          <ResponseStateBadge state={f.state} />
          <Text size="sm" c="dimmed">
            {when}
          </Text>
        </Group>
      </Stack>
    </li>
  );
}
