import { Anchor, Button, Card, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { notify } from '../../app/notify';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import {
  useMyReports,
  useNotificationPreferences,
  useUpdateNotificationPreferences,
} from './use-forum-moderation';

/**
 * The reporter's own reports with their outcome, and the daily e-mail digest switch. The forum's notifications
 * themselves are in the notification centre (`/notifikasi?type=forum`; the old `/forum/notifikasi` redirects there).
 */
export function ForumMyReportsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('forumModeration.notifications.title')}
        description={t('forumModeration.notifications.description')}
        actions={
          <Button component={Link} to="/notifikasi?type=forum" variant="default">
            {t('forumModeration.notifications.open')}
          </Button>
        }
      />
      <Stack>
        <DigestSwitch />
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
