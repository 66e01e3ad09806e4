import { Anchor, Button, Card, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { notify } from '../../app/notify';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import {
  useForumNotifications,
  useMarkNotificationsSeen,
  useMyReports,
  useNotificationPreferences,
  useUpdateNotificationPreferences,
} from './use-forum-moderation';

/**
 * The forum's own notifications (issue 13), computed on read by the server: replies, mentions, official responses,
 * closed consultations, report outcomes, moderator decisions and reveals, each linking to where it happened; the
 * daily e-mail digest switch; and the reporter's own reports with their outcome. Kept inside the forum feature so
 * issue 14's notification centre can fold it in.
 */
export function ForumNotificationsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const notifications = useForumNotifications();
  const markSeen = useMarkNotificationsSeen();
  return (
    <>
      <PageHeader
        title={t('forumModeration.notifications.title')}
        description={t('forumModeration.notifications.description')}
        actions={
          notifications.data && notifications.data.unreadCount > 0 ? (
            <Button variant="light" loading={markSeen.isPending} onClick={() => markSeen.mutate()}>
              {t('forumModeration.notifications.markSeen')}
            </Button>
          ) : null
        }
      />
      <Stack>
        <DigestSwitch />
        <FormError error={markSeen.error} />
        {notifications.isPending ? (
          <LoadingState />
        ) : notifications.isError ? (
          <ErrorState error={notifications.error} onRetry={() => void notifications.refetch()} />
        ) : notifications.data.items.length === 0 ? (
          <EmptyState title={t('forumModeration.notifications.empty')} />
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {notifications.data.items.map((n) => (
              <Card key={n.key} component="li" withBorder padding="sm">
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Group gap={6}>
                    <StatusBadge tone="info">
                      {t(`forumModeration.notifications.kinds.${n.kind}`)}
                    </StatusBadge>
                    {n.isUnread && (
                      <StatusBadge tone="attention">{t('forumModeration.notifications.unread')}</StatusBadge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(n.at, language)}
                  </Text>
                </Group>
                <Anchor component={Link} to={n.link} fw={n.isUnread ? 700 : 600} mt={4} display="block">
                  {n.title}
                </Anchor>
                <Text size="sm">{n.text}</Text>
              </Card>
            ))}
          </Stack>
        )}
        <MyReports />
      </Stack>
    </>
  );
}

function DigestSwitch() {
  const { t } = useTranslation();
  const preferences = useNotificationPreferences();
  const update = useUpdateNotificationPreferences();
  if (preferences.isError) return <ErrorState error={preferences.error} />;
  return (
    <Card withBorder padding="sm">
      <Switch
        label={t('forumModeration.notifications.digest')}
        description={t('forumModeration.notifications.digestHint')}
        checked={preferences.data?.emailDigest ?? false}
        disabled={preferences.isPending || update.isPending}
        onChange={(e) => {
          const emailDigest = e.currentTarget.checked;
          update.mutate(
            { emailDigest },
            {
              onSuccess: () =>
                notify(
                  emailDigest
                    ? t('forumModeration.notifications.digestOn')
                    : t('forumModeration.notifications.digestOff'),
                ),
            },
          );
        }}
      />
      <FormError error={update.error} />
    </Card>
  );
}

/** The reporter's own reports and what became of them; never anybody else's. */
function MyReports() {
  const { t } = useTranslation();
  const language = useLanguage();
  const reports = useMyReports();
  if (reports.isPending) return null;
  if (reports.isError) return <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />;
  return (
    <section aria-labelledby="laporan-saya">
      <Title order={2} size="h4" id="laporan-saya" mb="xs">
        {t('forumModeration.myReports.title')}
      </Title>
      {reports.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('forumModeration.myReports.empty')}
        </Text>
      ) : (
        <Stack gap="xs">
          {reports.data.items.map((r) => (
            <Card key={r.id} withBorder padding="sm">
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Anchor component={Link} to={`/forum/diskusi/${r.threadId}`} fw={600}>
                  {r.threadTitle}
                </Anchor>
                <StatusBadge tone={r.status === 'PENDING' ? 'attention' : 'neutral'}>
                  {t(`forumModeration.myReports.status.${r.status}`)}
                </StatusBadge>
              </Group>
              <Text size="sm">
                {t('forumModeration.myReports.item', {
                  date: formatDateTime(r.createdAt, language),
                  reason: t(`forumModeration.reasons.${r.reason}`),
                })}
              </Text>
              {r.reviewNote && (
                <Text size="sm" c="dimmed">
                  {t('forumModeration.myReports.reviewNote', { note: r.reviewNote })}
                </Text>
              )}
            </Card>
          ))}
        </Stack>
      )}
    </section>
  );
}
