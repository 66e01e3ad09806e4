import { Center, Container, Loader, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState } from '../../components/error-state';
import { useSession } from './use-session';

const CHANGE_PASSWORD_PATH = '/change-password';

/** Guards every signed-in page: waits for the session, sends guests to /login and forces a password change. */
export function RequireSession() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();

  if (session.isPending) {
    return (
      <Center h="100dvh">
        <Loader role="status" aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (session.isError) {
    return (
      <Container component="main" size="sm" py="xl">
        <Title order={1} mb="md">
          {t('app.name')}
        </Title>
        <ErrorState error={session.error} onRetry={() => void session.refetch()} />
      </Container>
    );
  }
  if (!session.data) {
    const next = `${location.pathname}${location.search}`;
    const search = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`/login${search}`} replace />;
  }
  if (session.data.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  return <Outlet />;
}
