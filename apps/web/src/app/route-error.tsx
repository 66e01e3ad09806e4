import { Alert, Anchor, Button, Container, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/** Last resort when a page fails to load or render (e.g. a new version was deployed mid-session). */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <Container component="main" size="sm" py="xl">
      <Stack>
        <Title order={1}>{notFound ? t('notFound.title') : t('errors.title')}</Title>
        <Alert color="red" variant="light" role="alert">
          {notFound ? t('notFound.message') : t('errors.page')}
        </Alert>
        <Group>
          <Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>
          <Anchor href="/">{t('notFound.home')}</Anchor>
        </Group>
      </Stack>
    </Container>
  );
}
