import { Anchor, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PublicLayout } from './public-layout';
import '../surveys/skm.i18n';

/** After a response is sent: thanks, and the way to the published results. */
export function SurveyThanksPage() {
  const { t } = useTranslation();
  const state = useLocation().state as { unitName?: string } | null;
  useEffect(() => {
    document.title = `${t('skm.public.thanksTitle')} · ${t('app.name')}`;
  }, [t]);
  return (
    <PublicLayout>
      <Paper withBorder p="lg" mt="lg" role="status">
        <Stack align="center" gap="md" ta="center">
          <ThemeIcon size={64} radius="xl" color="teal.8" aria-hidden="true">
            <svg width="36" height="36" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={3}>
              <path d="M5 12l5 5L20 7" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          </ThemeIcon>
          <Title order={1} fz={28}>
            {t('skm.public.thanksTitle')}
          </Title>
          <Text size="lg">
            {state?.unitName
              ? t('skm.public.thanks', { unit: state.unitName })
              : t('skm.public.thanksGeneric')}
          </Text>
          <Anchor component={Link} to="/transparansi/skm" size="lg">
            {t('skm.public.seeResults')}
          </Anchor>
        </Stack>
      </Paper>
    </PublicLayout>
  );
}
