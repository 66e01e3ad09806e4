import { ActionIcon, Indicator } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { BellIcon } from '../../components/icons';
import { useUnreadCount } from './use-notifications';

/** The header's bell: opens the notification centre; the badge and the accessible name carry the unread count. */
export function NotificationBell() {
  const { t } = useTranslation();
  const language = useLanguage();
  const unread = useUnreadCount().data?.unread ?? 0;
  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');
  return (
    <Indicator
      label={unread > 99 ? '99+' : formatNumber(unread, language)}
      size={18}
      color="red.8"
      disabled={unread === 0}
      offset={4}
    >
      <ActionIcon
        component={Link}
        to="/notifikasi"
        variant="subtle"
        color="gray.8"
        size="lg"
        aria-label={label}
        title={label}
        data-testid="notification-bell"
      >
        <BellIcon size={20} />
      </ActionIcon>
    </Indicator>
  );
}
