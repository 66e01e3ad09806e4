import './app/styles/public-styles';
import './app/global.css';
import './app/i18n';

import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { setUnauthorizedHandler } from './app/api';
import { keepSessionForOffline, SESSION_KEY } from './app/auth/use-session';
import { queryClient } from './app/query-client';
import { router } from './app/router';
import { registerServiceWorker } from './app/service-worker';
import { cssVariablesResolver, theme } from './app/theme';
import { subscribeToToasts, toastsWanted } from './app/toast-host';

// A 401 after login means the session ended: forget it and go to the login page, coming back here afterwards.
// Without a session there is nothing to end (public pages, or the guard is already on its way to /login).
setUnauthorizedHandler(() => {
  const hadSession = Boolean(queryClient.getQueryData(SESSION_KEY));
  queryClient.setQueryData(SESSION_KEY, null);
  if (!hadSession) return;
  const { pathname, search } = router.state.location;
  if (pathname === '/login') return;
  const next = `${pathname}${search}`;
  void router.navigate(next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`, {
    replace: true,
  });
});

// The toast container loads with the first toast (notify.ts): no page needs it for its first paint, and the public
// pages never show one, so they never download it (ADR 0005).
const Notifications = lazy(() =>
  import('@mantine/notifications').then((m) => ({ default: m.Notifications })),
);

function Toasts({ children }: { children: React.ReactNode }) {
  const wanted = useSyncExternalStore(subscribeToToasts, toastsWanted);
  return wanted ? <Suspense fallback={null}>{children}</Suspense> : null;
}

keepSessionForOffline(queryClient);
registerServiceWorker();

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {/* Bottom-right: at the top right the toasts covered the header's language and user menus. */}
      <Toasts>
        <Notifications position="bottom-right" />
      </Toasts>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
