import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useForumUnread } from './use-forum-moderation';

/**
 * The way from the forum home to the forum's notifications — the notification centre filtered to the forum's kinds —
 * naming how many are unread, and to the reporter's own reports with the digest switch.
 */
export function NotificationsButton() {
  const { t } = useTranslation();
  const unread = useForumUnread().data ?? 0;
  return (
    <>
      <Button component={Link} to="/notifikasi?type=forum" variant={unread > 0 ? 'filled' : 'default'}>
        {unread > 0
          ? t('forumModeration.notifications.openUnread', { count: unread })
          : t('forumModeration.notifications.open')}
      </Button>
      <Button component={Link} to="/forum/laporan-saya" variant="default">
        {t('forumModeration.myReports.title')}
      </Button>
    </>
  );
}
