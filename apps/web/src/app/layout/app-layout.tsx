import { AppShell, Burger, Container, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { LiveIndicator } from '../../features/live/live-indicator';
import { useLiveEvents } from '../../features/live/use-live-events';
import { useMe } from '../auth/use-session';
import { NotificationBell } from '../../features/notifications/notification-bell';
import { LanguageSwitch } from './language-switch';
import { navItemsFor } from './nav-items';
import { UserMenu } from './user-menu';
import '../i18n/staff-shell.i18n';
import '../styles/staff-styles';

function isActive(pathname: string, to: string, allPaths: string[]): boolean {
  if (to === '/') return pathname === '/';
  if (pathname !== to && !pathname.startsWith(`${to}/`)) return false;
  // "/employees/import" is its own entry: do not also light up "/employees".
  return !allPaths.some((other) => other !== to && other.startsWith(`${to}/`) && pathname.startsWith(other));
}

/** Header, navbar of the screens the server allows (a burger on phones), skip link and the page outlet. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const items = me.mustChangePassword ? [] : navItemsFor(me.capabilities.screens);
  const paths = items.map((item) => item.to);
  // One live-update stream per signed-in tab: open screens refresh when what they show changes (issue 14 §1).
  const liveStatus = useLiveEvents(!me.mustChangePassword);

  useEffect(() => {
    close();
    // Move focus to the new page so keyboard and screen-reader users start there, not in the navbar.
    if (firstRender.current) firstRender.current = false;
    else mainRef.current?.focus();
  }, [location.pathname, close]);

  return (
    <>
      <a href="#main-content" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell
        header={{ height: 60 }}
        navbar={{
          width: 250,
          breakpoint: 'sm',
          collapsed: { mobile: !opened, desktop: items.length === 0 },
        }}
        padding="md"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
              {items.length > 0 && (
                <Burger
                  opened={opened}
                  onClick={toggle}
                  hiddenFrom="sm"
                  size="sm"
                  aria-label={opened ? t('nav.close') : t('nav.open')}
                  aria-expanded={opened}
                  aria-controls="main-navbar"
                />
              )}
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text
                  component={Link}
                  to="/"
                  fw={700}
                  size="lg"
                  c="blue.9"
                  style={{ textDecoration: 'none', whiteSpace: 'nowrap' }}
                >
                  {t('app.name')}
                </Text>
                <Text size="xs" c="dimmed" visibleFrom="xs" truncate>
                  {t('app.unit')}
                </Text>
              </Stack>
            </Group>
            <Group gap="xs" wrap="nowrap">
              {!me.mustChangePassword && <LiveIndicator status={liveStatus} />}
              {me.capabilities.screens.includes('notifications') && !me.mustChangePassword && (
                <NotificationBell />
              )}
              <LanguageSwitch />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>

        {items.length > 0 && (
          <AppShell.Navbar
            p="xs"
            id="main-navbar"
            aria-label={t('nav.main')}
            className="app-navbar"
            data-mobile-open={opened}
          >
            <AppShell.Section grow component={ScrollArea}>
              {items.map((item) => (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={item.to}
                  label={t(item.label)}
                  active={isActive(location.pathname, item.to, paths)}
                  aria-current={isActive(location.pathname, item.to, paths) ? 'page' : undefined}
                  variant="filled"
                />
              ))}
            </AppShell.Section>
          </AppShell.Navbar>
        )}

        <AppShell.Main id="main-content" ref={mainRef} tabIndex={-1}>
          <Container size="xl" px={0}>
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
