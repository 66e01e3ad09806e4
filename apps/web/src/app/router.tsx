import { Center, Loader } from '@mantine/core';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import type { Screen } from '@sim/contracts';
import { i18n } from './i18n';
import { RouteError } from './route-error';

/**
 * Pages load on first visit. Everything behind the login (guards, the staff layout, its styles and dictionaries)
 * is a lazy chunk too, so the public pages load only the small shell in main.tsx (ADR 0005).
 */
const page = (load: () => Promise<{ Component: React.ComponentType }>): Pick<RouteObject, 'lazy'> => ({
  lazy: load,
});

/**
 * A screen guard as a lazy layout route (the server's capabilities decide who may open it): the check and its
 * forbidden page load with the staff app.
 */
const requireScreen = (screen: Screen): Pick<RouteObject, 'lazy'> => ({
  lazy: () =>
    import('./auth/require-screen').then(({ RequireScreen }) => ({
      Component: () => <RequireScreen screen={screen} />,
    })),
});

const routes: RouteObject[] = [
  {
    path: '/',
    errorElement: <RouteError />,
    hydrateFallbackElement: (
      <Center h="100dvh">
        {/* A span may not carry a name without a role (axe aria-prohibited-attr): it is a status. */}
        <Loader role="status" aria-label={i18n.t('common.loading')} />
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
                ...requireScreen('org'),
                children: [
                  {
                    path: 'org',
                    ...page(() => import('../features/org/org.page').then((m) => ({ Component: m.OrgPage }))),
                  },
                ],
              },
              {
                ...requireScreen('employees'),
                children: [
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
                ],
              },
              {
                ...requireScreen('audit'),
                children: [
                  {
                    path: 'audit',
                    ...page(() =>
                      import('../features/audit/audit-log.page').then((m) => ({ Component: m.AuditLogPage })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('employeesManage'),
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
                ],
              },
              {
                ...requireScreen('employeesBulkImport'),
                children: [
                  {
                    path: 'employees/import',
                    ...page(() =>
                      import('../features/employees/employee-import.page').then((m) => ({
                        Component: m.EmployeeImportPage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('users'),
                children: [
                  {
                    path: 'users',
                    ...page(() =>
                      import('../features/users/user-list.page').then((m) => ({ Component: m.UserListPage })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('skm'),
                children: [
                  {
                    path: 'skm',
                    ...page(() =>
                      import('../features/surveys/survey-list.page').then((m) => ({
                        Component: m.SurveyListPage,
                      })),
                    ),
                  },
                ],
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
                ...requireScreen('skmManage'),
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
                ...requireScreen('complaints'),
                children: [
                  {
                    path: 'complaints',
                    ...page(() =>
                      import('../features/complaints/complaint-queue.page').then((m) => ({
                        Component: m.ComplaintQueuePage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('complaintStats'),
                children: [
                  {
                    path: 'complaints/stats',
                    ...page(() =>
                      import('../features/complaints/complaint-stats.page').then((m) => ({
                        Component: m.ComplaintStatsPage,
                      })),
                    ),
                  },
                ],
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
                ...requireScreen('complaintWalkIn'),
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
                ...requireScreen('openDataSettings'),
                children: [
                  {
                    path: 'data-terbuka',
                    ...page(() =>
                      import('../features/open-data/open-data-settings.page').then((m) => ({
                        Component: m.OpenDataSettingsPage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('complaintSettings'),
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
                ...requireScreen('complaintPrivacy'),
                children: [
                  {
                    path: 'complaints/data-pelapor',
                    ...page(() =>
                      import('../features/complainant-data/complainant-data.page').then((m) => ({
                        Component: m.ComplainantDataPage,
                      })),
                    ),
                  },
                ],
              },
              {
                path: 'pengawasan/rekomendasi/:id',
                ...page(() =>
                  import('../features/oversight/followup.page').then((m) => ({
                    Component: m.RecommendationFollowUpPage,
                  })),
                ),
              },
              {
                ...requireScreen('oversightFollowUps'),
                children: [
                  {
                    path: 'pengawasan/tindak-lanjut',
                    ...page(() =>
                      import('../features/oversight/followup-work.page').then((m) => ({
                        Component: m.FollowUpWorkPage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('oversightReports'),
                children: [
                  {
                    path: 'pengawasan/laporan',
                    ...page(() =>
                      import('../features/oversight/oversight-report.page').then((m) => ({
                        Component: m.OversightReportPage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('performance'),
                children: [
                  {
                    path: 'kinerja',
                    ...page(() =>
                      import('../features/performance/skp-home.page').then((m) => ({
                        Component: m.SkpHomePage,
                      })),
                    ),
                  },
                ],
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
                ...requireScreen('performanceCascade'),
                children: [
                  {
                    path: 'kinerja/kaskade',
                    ...page(() =>
                      import('../features/performance/cascade.page').then((m) => ({
                        Component: m.CascadePage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('performanceCalibration'),
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
                ...requireScreen('oversightSettings'),
                children: [
                  {
                    path: 'pengawasan/pengaturan',
                    ...page(() =>
                      import('../features/oversight/oversight-settings.page').then((m) => ({
                        Component: m.OversightSettingsPage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('oversightTeams'),
                children: [
                  {
                    path: 'pengawasan/tim',
                    ...page(() =>
                      import('../features/oversight/oversight-teams.page').then((m) => ({
                        Component: m.OversightTeamsPage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('oversightPlans'),
                children: [
                  {
                    path: 'pengawasan/rencana',
                    ...page(() =>
                      import('../features/oversight/oversight-plans.page').then((m) => ({
                        Component: m.OversightPlansPage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('oversightTemplates'),
                children: [
                  {
                    path: 'pengawasan/template',
                    ...page(() =>
                      import('../features/oversight/oversight-templates.page').then((m) => ({
                        Component: m.OversightTemplatesPage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('oversightInspections'),
                children: [
                  {
                    path: 'pengawasan/inspeksi',
                    ...page(() =>
                      import('../features/oversight/oversight-inspections.page').then((m) => ({
                        Component: m.OversightInspectionsPage,
                      })),
                    ),
                  },
                  {
                    path: 'pengawasan/inspeksi/isi/:uuid',
                    ...page(() =>
                      import('../features/oversight/inspection-fill.page').then((m) => ({
                        Component: m.InspectionFillPage,
                      })),
                    ),
                  },
                  {
                    path: 'pengawasan/inspeksi/:id',
                    ...page(() =>
                      import('../features/oversight/inspection-detail.page').then((m) => ({
                        Component: m.InspectionDetailPage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('oversightFindings'),
                children: [
                  {
                    path: 'pengawasan/temuan',
                    ...page(() =>
                      import('../features/oversight/oversight-findings.page').then((m) => ({
                        Component: m.OversightFindingsPage,
                      })),
                    ),
                  },
                  {
                    path: 'pengawasan/temuan/:id',
                    ...page(() =>
                      import('../features/oversight/oversight-findings.page').then((m) => ({
                        Component: m.FindingDetailPage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('training'),
                children: [
                  {
                    path: 'pelatihan',
                    ...page(() =>
                      import('../features/training/training-catalogue.page').then((m) => ({
                        Component: m.TrainingCataloguePage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('training'),
                children: [
                  {
                    path: 'pelatihan/sesi/:id',
                    ...page(() =>
                      import('../features/training/training-session.page').then((m) => ({
                        Component: m.TrainingSessionPage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('trainingMine'),
                children: [
                  {
                    path: 'pelatihan/saya',
                    ...page(() =>
                      import('../features/training/training-mine.page').then((m) => ({
                        Component: m.TrainingMinePage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('trainingApprovals'),
                children: [
                  {
                    path: 'pelatihan/persetujuan',
                    ...page(() =>
                      import('../features/training/training-approvals.page').then((m) => ({
                        Component: m.TrainingApprovalsPage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('trainingManage'),
                children: [
                  {
                    path: 'pelatihan/kelola',
                    ...page(() =>
                      import('../features/training/training-manage.page').then((m) => ({
                        Component: m.TrainingManagePage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('trainingAttendance'),
                children: [
                  {
                    path: 'pelatihan/daftar-hadir',
                    ...page(() =>
                      import('../features/training/training-attendance.page').then((m) => ({
                        Component: m.TrainingAttendanceListPage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('trainingAttendance'),
                children: [
                  {
                    path: 'pelatihan/daftar-hadir/:id',
                    ...page(() =>
                      import('../features/training/training-attendance.page').then((m) => ({
                        Component: m.TrainingAttendancePage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('competencies'),
                children: [
                  {
                    path: 'kompetensi',
                    ...page(() =>
                      import('../features/training/competency.page').then((m) => ({
                        Component: m.CompetencyPage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('competencyGaps'),
                children: [
                  {
                    path: 'kompetensi/kesenjangan',
                    ...page(() =>
                      import('../features/training/competency-gaps.page').then((m) => ({
                        Component: m.CompetencyGapsPage,
                      })),
                    ),
                  },
                  {
                    path: 'kompetensi/pegawai/:id',
                    ...page(() =>
                      import('../features/training/competency-profile.page').then((m) => ({
                        Component: m.CompetencyProfilePage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('trainingNeeds'),
                children: [
                  {
                    path: 'kebutuhan-pelatihan',
                    ...page(() =>
                      import('../features/training/training-needs.page').then((m) => ({
                        Component: m.TrainingNeedsPage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('trainingJp'),
                children: [
                  {
                    path: 'pelatihan/target-jp',
                    ...page(() =>
                      import('../features/training/training-dashboard.page').then((m) => ({
                        Component: m.TrainingDashboardPage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('trainingTrainers'),
                children: [
                  {
                    path: 'pelatihan/pelatih',
                    ...page(() =>
                      import('../features/training/trainer-stats.page').then((m) => ({
                        Component: m.TrainerStatsPage,
                      })),
                    ),
                  },
                ],
              },
              {
                // The records behind a trainer's bukti sistem: the server decides (trainer, superiors, HR, Pimpinan).
                path: 'pelatihan/pelatih/:employeeId',
                ...page(() =>
                  import('../features/training/trainer-sessions.page').then((m) => ({
                    Component: m.TrainerSessionsPage,
                  })),
                ),
              },
              {
                ...requireScreen('forum'),
                children: [
                  {
                    path: 'forum',
                    ...page(() =>
                      import('../features/forum/forum-home.page').then((m) => ({
                        Component: m.ForumHomePage,
                      })),
                    ),
                  },
                  {
                    path: 'forum/kebijakan/:id',
                    ...page(() =>
                      import('../features/forum/policy-detail.page').then((m) => ({
                        Component: m.PolicyDetailPage,
                      })),
                    ),
                  },
                  {
                    path: 'forum/diskusi/:id',
                    ...page(() =>
                      import('../features/forum/thread.page').then((m) => ({ Component: m.ThreadPage })),
                    ),
                  },
                  {
                    path: 'forum/laporan-saya',
                    ...page(() =>
                      import('../features/forum/forum-my-reports.page').then((m) => ({
                        Component: m.ForumMyReportsPage,
                      })),
                    ),
                  },
                  // The forum's notifications moved into the notification centre (issue 14); old links still land.
                  { path: 'forum/notifikasi', element: <Navigate to="/notifikasi?type=forum" replace /> },
                ],
              },
              {
                ...requireScreen('forumManage'),
                children: [
                  {
                    path: 'forum/kebijakan/baru',
                    ...page(() =>
                      import('../features/forum/policy-form.page').then((m) => ({
                        Component: m.PolicyFormPage,
                      })),
                    ),
                  },
                  {
                    path: 'forum/kebijakan/:id/ubah',
                    ...page(() =>
                      import('../features/forum/policy-form.page').then((m) => ({
                        Component: m.PolicyFormPage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('forumModeration'),
                children: [
                  {
                    path: 'forum/moderasi',
                    ...page(() =>
                      import('../features/forum/forum-moderation.page').then((m) => ({
                        Component: m.ForumModerationPage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('forumSettings'),
                children: [
                  {
                    path: 'forum/pengaturan',
                    ...page(() =>
                      import('../features/forum/forum-settings.page').then((m) => ({
                        Component: m.ForumSettingsPage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('notifications'),
                children: [
                  {
                    path: 'notifikasi',
                    ...page(() =>
                      import('../features/notifications/notifications.page').then((m) => ({
                        Component: m.NotificationsPage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('dashboardMe'),
                children: [
                  {
                    path: 'dasbor/saya',
                    ...page(() =>
                      import('../features/dashboards/my-dashboard.page').then((m) => ({
                        Component: m.MyDashboardPage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('dashboardTeam'),
                children: [
                  {
                    path: 'dasbor/tim',
                    ...page(() =>
                      import('../features/dashboards/team-dashboard.page').then((m) => ({
                        Component: m.TeamDashboardPage,
                      })),
                    ),
                  },
                ],
              },
              {
                ...requireScreen('dashboardLeadership'),
                children: [
                  {
                    path: 'dasbor/pimpinan',
                    ...page(() =>
                      import('../features/dashboards/dashboard-leadership.page').then((m) => ({
                        Component: m.LeadershipDashboardPage,
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
