import { Avatar, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/use-session';
import { useLogout } from '../auth/use-logout';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const logout = useLogout();
  return (
    <Menu position="bottom-end" width={220} withinPortal>
      <Menu.Target>
        <UnstyledButton
          style={{ display: 'flex', alignItems: 'center', gap: 8, padding: 4, borderRadius: 8 }}
          data-testid="user-menu"
        >
          <VisuallyHidden>{t('nav.userMenu')}:</VisuallyHidden>
          <Avatar size={32} color="blue" aria-hidden="true">
            {initials(me.displayName)}
          </Avatar>
          <Text size="sm" fw={500} visibleFrom="sm" maw={180} truncate>
            {me.displayName}
          </Text>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.displayName}</Menu.Label>
        {!me.mustChangePassword && (
          <Menu.Item component={Link} to="/profile">
            {t('nav.profile')}
          </Menu.Item>
        )}
        <Menu.Item component={Link} to="/change-password">
          {t('nav.changePassword')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => void logout()}>
          {t('nav.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
