import { SCREENS, type Capabilities, type Screen } from '@sim/contracts';
import type { Actor } from '../../lib/actor';
import { auditCapabilities } from '../audit/audit.policy';
import { complaintsCapabilities } from '../complaints/complaints.policy';
import { dashboardsCapabilities } from '../dashboards/dashboards.policy';
import { competencyCapabilities } from '../training/competency.policy';
import { forumCapabilities } from '../forum/forum.policy';
import { forumModerationCapabilities } from '../forum/forum-moderation.policy';
import { notificationsCapabilities } from '../notifications/notifications.policy';
import { orgCapabilities } from '../org/org.policy';
import { oversightCapabilities } from '../oversight/oversight.policy';
import { oversightFollowUpCapabilities } from '../oversight/oversight-followups.policy';
import { performanceCapabilities } from '../performance/performance.policy';
import { portalCapabilities } from '../portal/portal.policy';
import { surveysCapabilities } from '../surveys/surveys.policy';
import { trainingCapabilities } from '../training/training.policy';
import { trainingReportsCapabilities } from '../training/training-reports.policy';
import { authCapabilities } from './auth.policy';
import { dashboardLeadershipCapabilities } from '../dashboards/dashboard-leadership.policy';

/**
 * What the actor may do, for /auth/me: each module's policy answers for its own screens and actions (from the same
 * functions its services check), and this only collects them. The web app reads these instead of role names, so a
 * change of who may do what is made once, in the module's policy.
 */
export function capabilitiesOf(
  actor: Actor,
  facts: { hasSubordinates: boolean } = { hasSubordinates: false },
): Capabilities {
  const org = orgCapabilities(actor);
  const auth = authCapabilities(actor);
  const audit = auditCapabilities(actor);
  const surveys = surveysCapabilities(actor);
  const complaints = complaintsCapabilities(actor);
  const performance = performanceCapabilities(actor);
  const training = trainingCapabilities(actor);
  const competency = competencyCapabilities(actor);
  const trainingReports = trainingReportsCapabilities(actor);
  const oversight = oversightCapabilities(actor);
  const oversightFollowUps = oversightFollowUpCapabilities(actor);
  const forum = forumCapabilities(actor);
  const forumModeration = forumModerationCapabilities(actor);
  const portal = portalCapabilities(actor);
  const notifications = notificationsCapabilities(actor);
  const dashboards = dashboardsCapabilities(actor, facts);
  const dashboardLeadership = dashboardLeadershipCapabilities(actor);
  const screens = new Set<Screen>(
    [
      org,
      auth,
      audit,
      surveys,
      complaints,
      performance,
      training,
      competency,
      trainingReports,
      oversight,
      oversightFollowUps,
      forum,
      forumModeration,
      portal,
      notifications,
      dashboards,
      dashboardLeadership,
    ].flatMap((part) => part.screens),
  );
  return {
    screens: SCREENS.filter((s) => screens.has(s)),
    org: org.org,
    users: auth.users,
    audit: audit.audit,
    complaints: complaints.complaints,
    surveys: surveys.surveys,
    performance: performance.performance,
    training: training.training,
    competency: competency.competency,
    trainingReports: trainingReports.trainingReports,
    oversight: oversight.oversight,
    forum: { ...forum.forum, ...forumModeration.forum },
  };
}
