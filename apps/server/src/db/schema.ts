import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type {
  Aspek,
  BerakhlakCode,
  ComplaintChannel,
  ComplaintKind,
  ComplaintStatus,
  Complexity,
  EmployeeKind,
  EvidenceKind,
  FeedbackKind,
  ForumAudience,
  ForumModerationAction,
  ForumPolicyStatus,
  ForumPollKind,
  ForumPostVisibility,
  ForumReactionKind,
  ForumReportReason,
  ForumReportStatus,
  ForumThreadStatus,
  Gender,
  HolidayKind,
  ImportJobStatus,
  ImportMode,
  Maladministration,
  ObjectionStatus,
  Open311Datatype,
  OrgPredikatValue,
  PerfDocumentKind,
  PeriodKind,
  PeriodScheme,
  Perspektif,
  PositionCategory,
  PredikatValue,
  RatingSource,
  RatingValue,
  RejectReason,
  RhkSection,
  Role,
  SkmEducation,
  SkmExtraQuestionKind,
  SkmFollowupStatus,
  SkmInvitationEvent,
  SkmOccupation,
  SkmProfileField,
  SkmResponseSource,
  SkmSuggestionStatus,
  SkmUnsurCode,
  SkmWeight,
  SkpApproach,
  SkpStatus,
  SurveyStatus,
  SystemSource,
  TargetKind,
  UnitType,
} from '@sim/contracts/values';

/** jsonb holding any JSON value: written as a JSON string, read back parsed. */
type Json = ColumnType<unknown, string | null, string | null>;

// Kysely's view of the tables. Enumeration columns carry the contract's union (a CHECK constraint holds the same
// list in the database), so rows read as the API's values without casts. DATE columns are strings ('YYYY-MM-DD', see database.ts); timestamps are Dates.
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface OrgUnitsTable {
  id: Generated<number>;
  parent_id: number | null;
  name: string;
  type: UnitType;
  kemendagri_code: string | null;
  is_active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface PositionsTable {
  id: Generated<number>;
  name: string;
  category: PositionCategory;
  unit_id: number;
  superior_position_id: number | null;
  is_active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface EmployeesTable {
  id: Generated<number>;
  nip: string;
  name: string;
  front_title: string | null;
  back_title: string | null;
  kind: EmployeeKind;
  gender: Gender;
  birth_date: string;
  tmt: string;
  golongan: string | null;
  email: string | null;
  phone: string | null;
  is_active: Generated<boolean>;
  deactivated_reason: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface EmployeePositionsTable {
  id: Generated<number>;
  employee_id: number;
  position_id: number;
  start_date: string;
  end_date: string | null;
  reason: string | null;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  employee_id: number | null;
  is_active: Generated<boolean>;
  must_change_password: Generated<boolean>;
  failed_logins: Generated<number>;
  last_failed_at: Date | null;
  locked_until: Date | null;
  last_login_at: Date | null;
  password_changed_at: Date | null;
  created_at: CreatedAt;
}

export interface UserRolesTable {
  user_id: number;
  role: Role;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  username: string;
  ip: string;
  success: boolean;
  at: ColumnType<Date, Date | string | undefined, never>;
}

export interface SettingsTable {
  key: string;
  value: Json;
  updated_at: Timestamp;
}

export type ImportRowError = { row: number; field: string; message: string };

export interface ImportJobsTable {
  id: string;
  kind: string;
  status: ImportJobStatus;
  mode: ImportMode;
  file_name: string;
  created_by: number | null;
  total: Generated<number>;
  processed: Generated<number>;
  inserted: Generated<number>;
  errors: JSONColumnType<ImportRowError[]>;
  message: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Date;
  actor_id: number | null;
  actor_name: string | null;
  ip: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: Json;
  after: Json;
  prev_hash: string;
  hash: string;
}

export interface DB {
  org_units: OrgUnitsTable;
  positions: PositionsTable;
  employees: EmployeesTable;
  employee_positions: EmployeePositionsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  settings: SettingsTable;
  import_jobs: ImportJobsTable;
  audit_log: AuditLogTable;
}

// ---------------------------------------------------------------- surveys (SKM, PermenPANRB 14/2017)

export interface SkmSurveysTable {
  id: Generated<number>;
  code: string;
  unit_id: number;
  title: string;
  period_start: string;
  period_end: string;
  service_types: JSONColumnType<string[]>;
  unsur: JSONColumnType<{ code: SkmUnsurCode; question: string }[]>;
  extra_questions: JSONColumnType<
    { id: string; text: string; kind: SkmExtraQuestionKind; options?: string[] }[]
  >;
  profile_fields: JSONColumnType<SkmProfileField[]>;
  weight: Generated<SkmWeight>;
  population: number | null;
  status: Generated<SurveyStatus>;
  is_published: Generated<boolean>;
  published_at: Date | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface SkmResponsesTable {
  id: Generated<number>;
  survey_id: number;
  submitted_at: Date;
  u1: number | null;
  u2: number | null;
  u3: number | null;
  u4: number | null;
  u5: number | null;
  u6: number | null;
  u7: number | null;
  u8: number | null;
  u9: number | null;
  extra_answers: JSONColumnType<Record<string, string>>;
  service_type: string;
  gender: Gender | null;
  age: number | null;
  education: SkmEducation | null;
  occupation: SkmOccupation | null;
  officer_employee_id: number | null;
  suggestion: string | null;
  suggestion_status: Generated<SkmSuggestionStatus>;
  source: SkmResponseSource;
  counter: string | null;
  dedupe_hash: string | null;
  is_flagged: Generated<boolean>;
  flag_reason: string | null;
  is_excluded: Generated<boolean>;
  excluded_reason: string | null;
  excluded_by: number | null;
  excluded_at: Date | null;
}

export interface SkmInvitationsTable {
  id: Generated<number>;
  survey_id: number;
  code: string;
  event_type: SkmInvitationEvent;
  event_ref: string;
  created_by: number | null;
  created_at: CreatedAt;
  expires_at: Date;
  used_on: string | null;
}

export interface SkmFollowupsTable {
  id: Generated<number>;
  survey_id: number;
  unsur_code: SkmUnsurCode;
  action: string;
  owner_employee_id: number | null;
  due_date: string;
  status: Generated<SkmFollowupStatus>;
  note: string | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

// Declaration merging adds these tables to the DB interface above.
export interface DB {
  skm_surveys: SkmSurveysTable;
  skm_responses: SkmResponsesTable;
  skm_invitations: SkmInvitationsTable;
  skm_followups: SkmFollowupsTable;
}

// ---------------------------------------------------------------- complaints (pengaduan, complaints.md)

export type ComplaintPause = { from: string; to: string | null };

export interface ComplaintCategoriesTable {
  id: Generated<number>;
  code: string;
  name: string;
  description: string | null;
  group_name: string | null;
  keywords: string | null;
  unit_id: number;
  complexity: Complexity;
  resolution_days: number | null;
  is_integrity: Generated<boolean>;
  attributes: JSONColumnType<
    {
      code: string;
      datatype: Open311Datatype;
      required: boolean;
      description: string;
      values?: { key: string; name: string }[];
    }[]
  >;
  is_active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface WorkHolidaysTable {
  date: string;
  name: string;
  kind: HolidayKind;
  created_at: CreatedAt;
}

export interface ComplaintTicketCountersTable {
  year: number;
  last: number;
}

export interface ComplaintsTable {
  id: Generated<number>;
  ticket: string;
  tracking_hash: string;
  category_id: number;
  kind: ComplaintKind;
  maladministration: Maladministration | null;
  channel: ComplaintChannel;
  description: string;
  kelurahan: string;
  address: string;
  lat: number | null;
  lng: number | null;
  attributes: JSONColumnType<Record<string, string | string[]>>;
  reporter_name: string | null;
  reporter_phone: string | null;
  reporter_email: string | null;
  is_anonymous: Generated<boolean>;
  is_confidential: Generated<boolean>;
  is_integrity: Generated<boolean>;
  status: ComplaintStatus;
  paused_status: ComplaintStatus | null;
  complexity: Complexity | null;
  resolution_days: number | null;
  unit_id: number | null;
  assignee_employee_id: number | null;
  verifier_user_id: number | null;
  received_at: Date;
  verified_at: Date | null;
  window_started_at: Date | null;
  window_days: number | null;
  window_cycle: Generated<number>;
  pauses: JSONColumnType<ComplaintPause[]>;
  deadline_at: Date | null;
  first_response_at: Date | null;
  resolved_at: Date | null;
  resolution_working_days: number | null;
  closed_at: Date | null;
  close_reason: string | null;
  reject_reason: RejectReason | null;
  reject_note: string | null;
  duplicate_of_id: number | null;
  reopen_count: Generated<number>;
  escalation_level: Generated<number>;
  was_breached: Generated<boolean>;
  rating: number | null;
  rating_comment: string | null;
  rated_at: Date | null;
  updated_at: Timestamp;
}

export interface ComplaintEventsTable {
  id: Generated<number>;
  complaint_id: number;
  at: Date;
  type: string;
  is_public: boolean;
  actor_user_id: number | null;
  actor_label: string;
  message: string | null;
  /** A generated line as a code with parameters (COMPLAINT_MESSAGES_ID); null for free text and older rows. */
  message_code: string | null;
  message_params: JSONColumnType<Record<string, string | number>> | null;
  data: JSONColumnType<Record<string, unknown>>;
  dedupe_key: string | null;
}

export interface ComplaintAttachmentsTable {
  id: Generated<number>;
  complaint_id: number;
  event_id: number | null;
  file_name: string;
  mime: string;
  size: number;
  content: Buffer;
  is_public: Generated<boolean>;
  created_at: CreatedAt;
  /** The assignee's photo of the work: 'SEBELUM' | 'SESUDAH'; null for the citizen's files. */
  phase: string | null;
}

/** Lost-link lookups (ticket + phone/e-mail), counted per ticket for the throttle. */
export interface ComplaintLookupAttemptsTable {
  id: Generated<number>;
  ticket: string;
  ip: string;
  success: boolean;
  at: ColumnType<Date, Date | string | undefined, never>;
}

export interface Open311ApiKeysTable {
  id: Generated<number>;
  name: string;
  key_hash: string;
  prefix: string;
  is_active: Generated<boolean>;
  created_by: number | null;
  created_at: CreatedAt;
  last_used_at: Date | null;
}

export interface DB {
  complaint_categories: ComplaintCategoriesTable;
  work_holidays: WorkHolidaysTable;
  complaint_ticket_counters: ComplaintTicketCountersTable;
  complaints: ComplaintsTable;
  complaint_events: ComplaintEventsTable;
  complaint_attachments: ComplaintAttachmentsTable;
  complaint_lookup_attempts: ComplaintLookupAttemptsTable;
  open311_api_keys: Open311ApiKeysTable;
}

// ---------------------------------------------------------------- performance (SKP, PermenPANRB 6/2022)

export interface PerfYearsTable {
  id: Generated<number>;
  year: number;
  scheme: PeriodScheme;
  deadlines: Json;
  org_predikat: OrgPredikatValue | null;
  distribution_rules: Json;
  calibration_finalized_at: Date | null;
  calibration_finalized_by: number | null;
  calibration_justification: string | null;
  created_at: CreatedAt;
}

export interface PerfPeriodsTable {
  id: Generated<number>;
  year_id: number;
  seq: number;
  kind: PeriodKind;
  label: string;
  start_date: string;
  end_date: string;
  evaluation_deadline: string;
  months: number;
}

export interface PerfSkpsTable {
  id: Generated<number>;
  year_id: number;
  employee_id: number;
  position_id: number | null;
  approach: Generated<SkpApproach>;
  status: Generated<SkpStatus>;
  version: Generated<number>;
  is_revision: Generated<boolean>;
  ekspektasi: Json;
  lampiran: Json;
  angka_kredit_koefisien: number | null;
  return_comment: string | null;
  submitted_at: Date | null;
  approved_at: Date | null;
  approved_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface PerfRhkTable {
  id: Generated<number>;
  skp_id: number;
  section: RhkSection;
  text: string;
  parent_rhk_id: number | null;
  perspektif: Perspektif | null;
  sort: number;
}

export interface PerfIndicatorsTable {
  id: Generated<number>;
  rhk_id: number;
  aspek: Aspek;
  text: string;
  target_kind: TargetKind;
  target_value: number | null;
  target_unit: string | null;
  target_date: string | null;
  target_text: string | null;
  sort: number;
  /** Bukti sistem source (migration 2026-11-28T13-00); null when the realisation is entered by hand only. */
  system_source: Generated<SystemSource | null>;
}

export interface PerfSkpVersionsTable {
  id: Generated<number>;
  skp_id: number;
  version: number;
  event: string;
  note: string | null;
  snapshot: Json;
  actor_name: string | null;
  at: Date;
}

export interface PerfRealisationsTable {
  id: Generated<number>;
  indicator_id: number;
  period_id: number;
  value: number | null;
  text: string | null;
  action_plan: string | null;
  /** The target the rencana aksi sets for this period (migration 2026-12-04T15-00); null: none set. Required on
   * insert so that an upsert always states it (the web form sends the recorded one back). */
  period_target: number | null;
  updated_by: number | null;
  updated_at: Date;
}

export interface PerfEvidenceTable {
  id: Generated<number>;
  indicator_id: number;
  period_id: number;
  kind: EvidenceKind;
  url: string | null;
  file_name: string | null;
  mime_type: string | null;
  size_bytes: number | null;
  sha256: string | null;
  content: Buffer | null;
  description: string | null;
  created_by: number | null;
  created_at: Date;
}

export interface PerfFeedbackTable {
  id: Generated<number>;
  skp_id: number;
  kind: FeedbackKind;
  rhk_id: number | null;
  value_code: BerakhlakCode | null;
  period_id: number | null;
  text: string;
  author_user_id: number | null;
  author_name: string;
  is_from_superior: boolean;
  created_at: Date;
}

export interface PerfEvaluationsTable {
  id: Generated<number>;
  skp_id: number;
  period_id: number;
  rater_employee_id: number;
  rating_hasil_kerja: RatingValue;
  rating_perilaku: RatingValue;
  predikat: PredikatValue;
  reason: string;
  catatan: string | null;
  evaluated_at: Date;
  updated_at: Date;
}

export interface PerfRatingHistoryTable {
  id: Generated<number>;
  evaluation_id: number;
  rating_hasil_kerja: RatingValue;
  rating_perilaku: RatingValue;
  predikat: PredikatValue;
  reason: string;
  source: RatingSource;
  actor_user_id: number | null;
  actor_name: string;
  at: Date;
}

export interface PerfObjectionsTable {
  id: Generated<number>;
  evaluation_id: number;
  reason: string;
  status: Generated<ObjectionStatus>;
  decision_reason: string | null;
  decided_by_employee_id: number | null;
  decided_by_name: string | null;
  /** Decided outside the system (the rater has no superior in the tree) and recorded by Admin or Pimpinan. */
  is_external: Generated<boolean>;
  decided_by_position: string | null;
  recorded_by_name: string | null;
  created_by: number | null;
  created_at: Date;
  decided_at: Date | null;
}

export interface PerfDocumentsTable {
  id: Generated<number>;
  code: string;
  kind: PerfDocumentKind;
  skp_id: number;
  evaluation_id: number | null;
  title: string;
  employee_name: string;
  sha256: string;
  issued_by: number | null;
  issued_at: Date;
}

export interface PerfRaterDelegationsTable {
  id: Generated<number>;
  year_id: number;
  from_employee_id: number;
  to_employee_id: number;
  reason: string;
  created_by: number | null;
  created_at: Date;
}

export interface DB {
  perf_rater_delegations: PerfRaterDelegationsTable;
  perf_years: PerfYearsTable;
  perf_periods: PerfPeriodsTable;
  perf_skps: PerfSkpsTable;
  perf_rhk: PerfRhkTable;
  perf_indicators: PerfIndicatorsTable;
  perf_skp_versions: PerfSkpVersionsTable;
  perf_realisations: PerfRealisationsTable;
  perf_evidence: PerfEvidenceTable;
  perf_feedback: PerfFeedbackTable;
  perf_evaluations: PerfEvaluationsTable;
  perf_rating_history: PerfRatingHistoryTable;
  perf_objections: PerfObjectionsTable;
  perf_documents: PerfDocumentsTable;
}

// ---------------------------------------------------------------- policy forum (issue 13, oversight-and-forum.md)

export interface ForumPoliciesTable {
  id: Generated<number>;
  title: string;
  benefits_summary: string;
  /** Sanitised HTML (the safe subset); body_text is its plain text for search. */
  body: Generated<string>;
  body_text: Generated<string>;
  effective_date: string | null;
  consultation_opens_at: Date | null;
  consultation_closes_at: Date | null;
  audience: Generated<ForumAudience>;
  status: Generated<ForumPolicyStatus>;
  /** Tanggapan resmi (sanitised HTML). */
  official_response: string | null;
  official_response_at: Date | null;
  official_response_by: number | null;
  /** What changed in the policy after the consultation (sanitised HTML). */
  closing_summary: string | null;
  closed_at: Date | null;
  closed_by: number | null;
  published_at: Date | null;
  published_by: number | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ForumPolicyUnitsTable {
  policy_id: number;
  unit_id: number;
}

export interface ForumPolicyDocumentsTable {
  id: Generated<number>;
  policy_id: number;
  file_name: string;
  mime: string;
  size: number;
  sha256: string;
  content: Buffer;
  uploaded_by: number | null;
  created_at: CreatedAt;
}

export interface ForumThreadsTable {
  id: Generated<number>;
  /** null: a general thread, not about one policy. */
  policy_id: number | null;
  title: string;
  author_user_id: number;
  is_anonymous: Generated<boolean>;
  status: Generated<ForumThreadStatus>;
  is_hidden: Generated<boolean>;
  hidden_reason: string | null;
  created_at: CreatedAt;
  last_post_at: Timestamp;
}

export interface ForumPostsTable {
  id: Generated<number>;
  thread_id: number;
  author_user_id: number;
  author_employee_id: number | null;
  is_anonymous: Generated<boolean>;
  /** Sanitised HTML (the safe subset); body_text is its plain text for search and quotes. */
  body: string;
  body_text: string;
  quoted_post_id: number | null;
  quoted_excerpt: string | null;
  visibility: Generated<ForumPostVisibility>;
  hidden_reason: string | null;
  hidden_at: Date | null;
  hidden_by: number | null;
  created_at: CreatedAt;
  edited_at: Date | null;
}

/** The body before each edit, kept for moderators. */
export interface ForumPostRevisionsTable {
  id: Generated<number>;
  post_id: number;
  body: string;
  edited_by: number | null;
  edited_at: CreatedAt;
}

export interface ForumMentionsTable {
  post_id: number;
  user_id: number;
  created_at: CreatedAt;
  emailed_at: Date | null;
}

export interface ForumReactionsTable {
  post_id: number;
  user_id: number;
  kind: ForumReactionKind;
  created_at: CreatedAt;
}

export interface ForumReadConfirmationsTable {
  policy_id: number;
  user_id: number;
  employee_id: number | null;
  confirmed_at: CreatedAt;
}

export interface ForumPollsTable {
  id: Generated<number>;
  thread_id: number | null;
  policy_id: number | null;
  question: string;
  kind: Generated<ForumPollKind>;
  is_anonymous_voting: Generated<boolean>;
  closes_at: Date | null;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface ForumPollOptionsTable {
  id: Generated<number>;
  poll_id: number;
  label: string;
  sort: Generated<number>;
}

export interface ForumPollVotesTable {
  poll_id: number;
  option_id: number;
  user_id: number;
  created_at: CreatedAt;
}

export interface ForumReportsTable {
  id: Generated<number>;
  post_id: number;
  reporter_user_id: number;
  reason: ForumReportReason;
  note: string | null;
  status: Generated<ForumReportStatus>;
  reviewed_by: number | null;
  reviewed_at: Date | null;
  review_note: string | null;
  created_at: CreatedAt;
}

export interface ForumModerationActionsTable {
  id: Generated<number>;
  post_id: number | null;
  thread_id: number | null;
  moderator_user_id: number;
  action: ForumModerationAction;
  reason: string;
  created_at: CreatedAt;
}

export interface ForumAnonymityRevealsTable {
  id: Generated<number>;
  post_id: number;
  moderator_user_id: number;
  reason: string;
  created_at: CreatedAt;
}

export interface DB {
  forum_policies: ForumPoliciesTable;
  forum_policy_units: ForumPolicyUnitsTable;
  forum_policy_documents: ForumPolicyDocumentsTable;
  forum_threads: ForumThreadsTable;
  forum_posts: ForumPostsTable;
  forum_post_revisions: ForumPostRevisionsTable;
  forum_mentions: ForumMentionsTable;
  forum_reactions: ForumReactionsTable;
  forum_read_confirmations: ForumReadConfirmationsTable;
  forum_polls: ForumPollsTable;
  forum_poll_options: ForumPollOptionsTable;
  forum_poll_votes: ForumPollVotesTable;
  forum_reports: ForumReportsTable;
  forum_moderation_actions: ForumModerationActionsTable;
  forum_anonymity_reveals: ForumAnonymityRevealsTable;
}

// ---------------------------------------------------------------- forum notifications (issue 13, i13-mod)

/** Per user: when they last looked at their forum notifications and whether they want the daily e-mail digest. */
export interface ForumNotificationPrefsTable {
  user_id: number;
  email_digest: Generated<boolean>;
  seen_until: Date | null;
  updated_at: Timestamp;
}

/** One row per user and WIB day a digest went out: the daily job's idempotency key. */
export interface ForumDigestSendsTable {
  user_id: number;
  digest_date: string;
  item_count: number;
  sent_at: Date;
}

export interface DB {
  forum_notification_prefs: ForumNotificationPrefsTable;
  forum_digest_sends: ForumDigestSendsTable;
}
