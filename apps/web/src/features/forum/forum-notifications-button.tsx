import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useForumNotifications } from './use-forum-moderation';

/** The way to the forum's notifications from the forum home, naming how many are new. */
export function NotificationsButton() {
  const { t } = useTranslation();
  const notifications = useForumNotifications();
  const unread = notifications.data?.unreadCount ?? 0;
  return (
    <Button component={Link} to="/forum/notifikasi" variant={unread > 0 ? 'filled' : 'default'}>
      {unread > 0
        ? t('forumModeration.notifications.openUnread', { count: unread })
        : t('forumModeration.notifications.open')}
    </Button>
  );
}
