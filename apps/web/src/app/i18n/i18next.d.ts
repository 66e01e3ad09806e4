import 'i18next';
import type { auditId } from '../../features/audit/audit.i18n';
import type { auditLogId } from '../../features/audit/audit-log.i18n';
import type { complaintsId } from '../../features/complaints/complaints.i18n';
import type { complainantDataId } from '../../features/complainant-data/complainant-data.i18n';
import type { competencyId } from '../../features/training/competency.i18n';
import type { employeesId, importId } from '../../features/employees/employees.i18n';
import type { forumId } from '../../features/forum/forum.i18n';
import type { forumModerationId } from '../../features/forum/forum-moderation.i18n';
import type { homeId } from '../../features/home/home.i18n';
import type { notificationsId } from '../../features/notifications/notifications.i18n';
import type { liveId } from '../../features/live/live.i18n';
import type { orgId } from '../../features/org/org.i18n';
import type { openDataId } from '../../features/open-data/open-data.i18n';
import type { oversightId } from '../../features/oversight/oversight.i18n';
import type { oversightFollowUpId } from '../../features/oversight/oversight-followup.i18n';
import type { performanceId } from '../../features/performance/performance.i18n';
import type { profileId } from '../../features/profile/profile.i18n';
import type { skmId } from '../../features/surveys/skm.i18n';
import type { trainingReportsId } from '../../features/training/training-reports.i18n';
import type { trainingId } from '../../features/training/training.i18n';
import type { usersId } from '../../features/users/users.i18n';
import type { dashboardsId } from '../../features/dashboards/dashboards.i18n';
import type { dashboardLeadershipId } from '../../features/dashboards/dashboard-leadership.i18n';
import type { shellId } from './shell.i18n';
import type { staffShellId } from './staff-shell.i18n';

// Every key the app may ask for, although the dictionaries load in parts: the shell with the first page, the staff
// shell with the staff layout, each feature's with the route chunks that import it (index.ts `addDictionaries`;
// dictionaries.test.ts checks each route loads the dictionaries of the keys it uses). A namespace two dictionaries
// fill (the menu's `skm.nav` in the staff shell, the rest of `skm` in the feature) is the intersection of both.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof shellId &
        typeof staffShellId & {
          home: typeof homeId;
          org: typeof orgId;
          employees: typeof employeesId;
          import: typeof importId;
          users: typeof usersId;
          audit: typeof auditId;
          profile: typeof profileId;
          skm: typeof skmId;
          complaints: typeof complaintsId;
          performance: typeof performanceId;
          training: typeof trainingId;
          auditLog: typeof auditLogId;
          competency: typeof competencyId;
          trainingReports: typeof trainingReportsId;
          oversight: typeof oversightId;
          oversightFollowUp: typeof oversightFollowUpId;
          forum: typeof forumId;
          openData: typeof openDataId;
          notifications: typeof notificationsId;
          live: typeof liveId;
          forumModeration: typeof forumModerationId;
          dashboards: typeof dashboardsId;
          dashboardLeadership: typeof dashboardLeadershipId;
          complainantData: typeof complainantDataId;
        };
    };
  }
}
