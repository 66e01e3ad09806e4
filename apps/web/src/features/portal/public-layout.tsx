import { Container, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/layout/language-switch';
import '../surveys/skm.i18n';

/** The frame of the public pages (no login): site name, language and a narrow, phone-first column. */
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
      </header>
      <Container component="main" id="main-content" size={wide ? 'lg' : 'sm'} px="sm" py="md">
        {children}
      </Container>
    </>
  );
}
