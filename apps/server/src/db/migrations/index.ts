import type { Migration } from 'kysely';
import * as foundation from './2026-11-28T00-00-foundation';
import * as orgIndexes from './2026-11-28T01-00-org-indexes';
import * as surveys from './2026-11-28T10-00-surveys';
import * as complaints from './2026-11-28T11-00-complaints';
import * as performance from './2026-11-28T12-00-performance';
import * as systemEvidence from './2026-11-28T13-00-system-evidence';
import * as objectionDecider from './2026-12-04T10-00-objection-decider';
import * as complaintVerifiedDeadline from './2026-12-04T11-00-complaint-verified-deadline';
import * as loginAttemptsByName from './2026-12-04T12-00-login-attempts-by-name';
import * as complaintLookupAndPhotos from './2026-12-04T14-00-complaint-lookup-and-photos';
import * as actionPlanPeriodTarget from './2026-12-04T15-00-action-plan-period-target';
import * as complaintMessageCodes from './2026-12-04T16-00-complaint-message-codes';
import * as complaintMessageCodesRest from './2026-12-05T01-00-complaint-message-codes-rest';
import * as competencies from './2026-12-05T02-00-competencies';
import * as training from './2026-12-05T03-00-training';
import * as trainingNeeds from './2026-12-05T04-00-training-needs';
import * as oversight from './2026-12-05T05-00-oversight';
import * as forum from './2026-12-05T07-00-forum';
import * as forumModeration from './2026-12-05T08-00-forum-moderation';
import * as trainingSystemEvidence from './2026-12-05T09-00-training-system-evidence';
import * as oversightReportDocuments from './2026-12-06T03-00-oversight-report-documents';
import * as notifications from './2026-12-06T06-00-notifications';
import * as liveEvents from './2026-12-06T07-00-live-events';
import * as dashboardLeadership from './2026-12-07T02-00-dashboard-leadership';
import * as skmResultNotifications from './2026-12-07T03-00-skm-result-notifications';
import * as forumNotificationsPublicLive from './2026-12-07T04-00-forum-notifications-public-live';
import * as complaintUnitIndexes from './2026-12-07T05-00-complaint-unit-indexes';
import * as complaintPrivacy from './2026-12-08T03-00-complaint-privacy';
import * as cityScaleWritesAndLists from './2026-12-08T04-00-city-scale-writes-and-lists';
import * as complaintSearchAndSlaChecks from './2026-12-08T06-00-complaint-search-and-sla-checks';
import * as userRolesByRole from './2026-12-08T07-00-user-roles-by-role';
import * as complaintAssigneeReceivedIndex from './2026-12-08T08-00-complaint-assignee-received-index';
import * as publicComplaintFactsIndex from './2026-12-08T09-00-public-complaint-facts-index';
import * as publicReadIndexes from './2026-12-08T12-00-public-read-indexes';
import * as busyTablesAutovacuum from './2026-12-08T14-00-busy-tables-autovacuum';

/** Every migration, in order. A static list so bundlers and tests need no file-system scan. */
export const migrations: Record<string, Migration> = {
  '2026-11-28T00-00-foundation': foundation,
  '2026-11-28T01-00-org-indexes': orgIndexes,
  '2026-11-28T10-00-surveys': surveys,
  '2026-11-28T11-00-complaints': complaints,
  '2026-11-28T12-00-performance': performance,
  '2026-11-28T13-00-system-evidence': systemEvidence,
  '2026-12-04T10-00-objection-decider': objectionDecider,
  '2026-12-04T11-00-complaint-verified-deadline': complaintVerifiedDeadline,
  '2026-12-04T12-00-login-attempts-by-name': loginAttemptsByName,
  '2026-12-04T14-00-complaint-lookup-and-photos': complaintLookupAndPhotos,
  '2026-12-04T15-00-action-plan-period-target': actionPlanPeriodTarget,
  '2026-12-04T16-00-complaint-message-codes': complaintMessageCodes,
  '2026-12-05T01-00-complaint-message-codes-rest': complaintMessageCodesRest,
  '2026-12-05T02-00-competencies': competencies,
  '2026-12-05T03-00-training': training,
  '2026-12-05T04-00-training-needs': trainingNeeds,
  '2026-12-05T05-00-oversight': oversight,
  '2026-12-05T07-00-forum': forum,
  '2026-12-05T08-00-forum-moderation': forumModeration,
  '2026-12-05T09-00-training-system-evidence': trainingSystemEvidence,
  '2026-12-06T03-00-oversight-report-documents': oversightReportDocuments,
  '2026-12-06T06-00-notifications': notifications,
  '2026-12-06T07-00-live-events': liveEvents,
  '2026-12-07T02-00-dashboard-leadership': dashboardLeadership,
  '2026-12-07T03-00-skm-result-notifications': skmResultNotifications,
  '2026-12-07T04-00-forum-notifications-public-live': forumNotificationsPublicLive,
  '2026-12-07T05-00-complaint-unit-indexes': complaintUnitIndexes,
  '2026-12-08T03-00-complaint-privacy': complaintPrivacy,
  '2026-12-08T04-00-city-scale-writes-and-lists': cityScaleWritesAndLists,
  '2026-12-08T06-00-complaint-search-and-sla-checks': complaintSearchAndSlaChecks,
  '2026-12-08T07-00-user-roles-by-role': userRolesByRole,
  '2026-12-08T08-00-complaint-assignee-received-index': complaintAssigneeReceivedIndex,
  '2026-12-08T09-00-public-complaint-facts-index': publicComplaintFactsIndex,
  '2026-12-08T12-00-public-read-indexes': publicReadIndexes,
  '2026-12-08T14-00-busy-tables-autovacuum': busyTablesAutovacuum,
};
