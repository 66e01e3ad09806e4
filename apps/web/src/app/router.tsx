import { Center, Loader } from '@mantine/core';
import { createBrowserRouter, type RouteObject } from 'react-router';
import type { Role } from '@sim/contracts';
import { MANAGER_ROLES, VIEWER_ROLES } from './auth/use-session';
import { i18n } from './i18n';
import { RouteError } from './route-error';
import { SKM_MANAGER_ROLES } from '../features/surveys/skm-roles';

/**
 * Pages load on first visit. Everything behind the login (guards, the staff layout, its styles and dictionaries)
 * is a lazy chunk too, so the public pages load only the small shell in main.tsx (ADR 0005).
 */
const page = (load: () => Promise<{ Component: React.ComponentType }>): Pick<RouteObject, 'lazy'> => ({
  lazy: load,
});

/** A role guard as a lazy layout route: the check and its forbidden page load with the staff app. */
const requireRole = (roles: readonly Role[]): Pick<RouteObject, 'lazy'> => ({
  lazy: () =>
    import('./auth/require-role').then(({ RequireRole }) => ({
      Component: () => <RequireRole roles={roles} />,
    })),
});

const routes: RouteObject[] = [
  {
    path: '/',
    errorElement: <RouteError />,
    hydrateFallbackElement: (
      <Center h="100dvh">
        <Loader aria-label={i18n.t('common.loading')} />
      </Center>
    ),
    children: [
      {
        path: 'login',
        ...page(() => import('../features/auth/login.page').then((m) => ({ Component: m.LoginPage }))),
      },
      {
        path: 'pengaduan',
        ...page(() =>
          import('../features/portal/complaints-form.page').then((m) => ({
            Component: m.ComplaintsFormPage,
          })),
        ),
      },
      {
        path: 'pengaduan/lacak',
        ...page(() =>
          import('../features/portal/complaints-track.page').then((m) => ({
            Component: m.ComplaintsTrackPage,
          })),
        ),
      },
      {
        path: 'survei/:code',
        ...page(() =>
          import('../features/portal/public-survey.page').then((m) => ({ Component: m.PublicSurveyPage })),
        ),
      },
      {
        path: 'survei/:code/terima-kasih',
        ...page(() =>
          import('../features/portal/survey-thanks.page').then((m) => ({ Component: m.SurveyThanksPage })),
        ),
      },
      {
        path: 'transparansi/skm',
        ...page(() =>
          import('../features/portal/skm-transparency.page').then((m) => ({
            Component: m.SkmTransparencyPage,
          })),
        ),
      },
      {
        path: 'verifikasi',
        ...page(() =>
          import('../features/portal/verify-code.page').then((m) => ({ Component: m.VerifyCodePage })),
        ),
      },
      {
        path: 'verifikasi/:code',
        ...page(() =>
          import('../features/performance/verify-document.page').then((m) => ({
            Component: m.VerifyDocumentPage,
          })),
        ),
      },
      {
        ...page(() => import('./auth/require-session').then((m) => ({ Component: m.RequireSession }))),
        children: [
          {
            path: 'skm/:id/poster',
            ...page(() =>
              import('../features/surveys/survey-poster.page').then((m) => ({
                Component: m.SurveyPosterPage,
              })),
            ),
          },
          {
            ...page(() => import('./layout/app-layout').then((m) => ({ Component: m.AppLayout }))),
            children: [
              {
                index: true,
                ...page(() => import('../features/home/home.page').then((m) => ({ Component: m.HomePage }))),
              },
              {
                path: 'change-password',
                ...page(() =>
                  import('../features/auth/change-password.page').then((m) => ({
                    Component: m.ChangePasswordPage,
                  })),
                ),
              },
              {
                path: 'profile',
                ...page(() =>
                  import('../features/profile/profile.page').then((m) => ({ Component: m.ProfilePage })),
                ),
              },
              {
                ...requireRole(VIEWER_ROLES),
                children: [
                  {
                    path: 'org',
                    ...page(() => import('../features/org/org.page').then((m) => ({ Component: m.OrgPage }))),
                  },
                  {
                    path: 'employees',
                    ...page(() =>
                      import('../features/employees/employee-list.page').then((m) => ({
                        Component: m.EmployeeListPage,
                      })),
                    ),
                  },
                  {
                    path: 'employees/:id',
                    ...page(() =>
                      import('../features/employees/employee-detail.page').then((m) => ({
                        Component: m.EmployeeDetailPage,
                      })),
                    ),
                  },
                  {
                    path: 'audit',
                    ...page(() =>
                      import('../features/audit/audit-log.page').then((m) => ({ Component: m.AuditLogPage })),
                    ),
                  },
                ],
              },
              {
                ...requireRole(MANAGER_ROLES),
                children: [
                  {
                    path: 'employees/new',
                    ...page(() =>
                      import('../features/employees/employee-form.page').then((m) => ({
                        Component: m.EmployeeFormPage,
                      })),
                    ),
                  },
                  {
                    path: 'employees/:id/edit',
                    ...page(() =>
                      import('../features/employees/employee-form.page').then((m) => ({
                        Component: m.EmployeeFormPage,
                      })),
                    ),
                  },
                  {
                    path: 'employees/import',
                    ...page(() =>
                      import('../features/employees/employee-import.page').then((m) => ({
                        Component: m.EmployeeImportPage,
                      })),
                    ),
                  },
                  {
                    path: 'users',
                    ...page(() =>
                      import('../features/users/user-list.page').then((m) => ({ Component: m.UserListPage })),
                    ),
                  },
                ],
              },
              {
                path: 'skm',
                ...page(() =>
                  import('../features/surveys/survey-list.page').then((m) => ({
                    Component: m.SurveyListPage,
                  })),
                ),
              },
              {
                path: 'skm/:id',
                ...page(() =>
                  import('../features/surveys/survey-detail.page').then((m) => ({
                    Component: m.SurveyDetailPage,
                  })),
                ),
              },
              {
                ...requireRole(SKM_MANAGER_ROLES),
                children: [
                  {
                    path: 'skm/new',
                    ...page(() =>
                      import('../features/surveys/survey-form.page').then((m) => ({
                        Component: m.SurveyFormPage,
                      })),
                    ),
                  },
                  {
                    path: 'skm/:id/edit',
                    ...page(() =>
                      import('../features/surveys/survey-form.page').then((m) => ({
                        Component: m.SurveyFormPage,
                      })),
                    ),
                  },
                ],
              },
              {
                path: 'complaints',
                ...page(() =>
                  import('../features/complaints/complaint-queue.page').then((m) => ({
                    Component: m.ComplaintQueuePage,
                  })),
                ),
              },
              {
                path: 'complaints/stats',
                ...page(() =>
                  import('../features/complaints/complaint-stats.page').then((m) => ({
                    Component: m.ComplaintStatsPage,
                  })),
                ),
              },
              {
                path: 'complaints/:id',
                ...page(() =>
                  import('../features/complaints/complaint-detail.page').then((m) => ({
                    Component: m.ComplaintDetailPage,
                  })),
                ),
              },
              {
                ...requireRole(['PETUGAS_PENGADUAN']),
                children: [
                  {
                    path: 'complaints/new',
                    ...page(() =>
                      import('../features/complaints/complaint-walk-in.page').then((m) => ({
                        Component: m.ComplaintWalkInPage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireRole(MANAGER_ROLES),
                children: [
                  {
                    path: 'complaints/settings',
                    ...page(() =>
                      import('../features/complaints/complaint-settings.page').then((m) => ({
                        Component: m.ComplaintSettingsPage,
                      })),
                    ),
                  },
                ],
              },
              {
                path: 'kinerja',
                ...page(() =>
                  import('../features/performance/skp-home.page').then((m) => ({ Component: m.SkpHomePage })),
                ),
              },
              {
                path: 'kinerja/skp/:id',
                ...page(() =>
                  import('../features/performance/skp-detail.page').then((m) => ({
                    Component: m.SkpDetailPage,
                  })),
                ),
              },
              {
                path: 'kinerja/skp/:id/evaluasi/:periodId',
                ...page(() =>
                  import('../features/performance/evaluation.page').then((m) => ({
                    Component: m.EvaluationPage,
                  })),
                ),
              },
              {
                path: 'kinerja/kaskade',
                ...page(() =>
                  import('../features/performance/cascade.page').then((m) => ({ Component: m.CascadePage })),
                ),
              },
              {
                ...requireRole(VIEWER_ROLES),
                children: [
                  {
                    path: 'kinerja/kalibrasi',
                    ...page(() =>
                      import('../features/performance/calibration.page').then((m) => ({
                        Component: m.CalibrationPage,
                      })),
                    ),
                  },
                ],
              },
              {
                path: '*',
                ...page(() =>
                  import('../features/home/not-found.page').then((m) => ({ Component: m.NotFoundPage })),
                ),
              },
            ],
          },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
