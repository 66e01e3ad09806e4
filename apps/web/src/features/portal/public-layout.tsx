import { Container, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { LanguageSwitch } from '../../app/layout/language-switch';
import '../surveys/skm.i18n';
import './public-layout.css';

/** The citizen's services, in the header and again in the footer (a long form ends far from the header). */
function PublicLinks({ staff = false }: { staff?: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="public-nav">
      <li>
        <NavLink to="/pengaduan" end>
          {t('publicNav.complaint')}
        </NavLink>
      </li>
      <li>
        <NavLink to="/pengaduan/lacak">{t('publicNav.track')}</NavLink>
      </li>
      <li>
        <NavLink to="/transparansi/skm">{t('publicNav.survey')}</NavLink>
      </li>
      <li>
        {/* Written by the server, not a route of this app (ADR 0009): a plain link loads it. */}
        <a href="/transparansi">{t('publicNav.transparency')}</a>
      </li>
      <li>
        <NavLink to="/verifikasi">{t('publicNav.verify')}</NavLink>
      </li>
      {staff && (
        <li>
          <NavLink to="/login">{t('publicNav.staff')}</NavLink>
        </li>
      )}
    </ul>
  );
}

/** The frame of the public pages (no login): site name, language, the services, and a narrow, phone-first column. */
export function PublicLayout({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <header>
        <Group justify="space-between" px="md" py="xs" bg="blue.9" wrap="nowrap">
          <Text c="white" fw={700} size="sm" truncate>
            {t('skm.public.site')}
          </Text>
          <LanguageSwitch />
        </Group>
        <nav className="public-header-nav" aria-label={t('publicNav.label')}>
          <Container size={wide ? 'lg' : 'sm'} px={0}>
            <PublicLinks />
          </Container>
        </nav>
      </header>
      <Container
        component="main"
        id="main-content"
        className="public-main"
        size={wide ? 'lg' : 'sm'}
        px="sm"
        py="md"
      >
        {children}
      </Container>
      <footer className="public-footer">
        <Container size={wide ? 'lg' : 'sm'} px="sm">
          <nav aria-label={t('publicNav.footerLabel')}>
            <PublicLinks staff />
          </nav>
          <Text size="xs" c="dimmed" px="sm" mt="xs">
            {t('app.unit')} · {t('publicNav.footerNote')}
          </Text>
        </Container>
      </footer>
    </>
  );
}
