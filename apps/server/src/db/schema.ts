import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type {
  Aspek,
  BerakhlakCode,
  CompetencyKind,
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
  LiveTopic,
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
  TrainingEnrolmentOrigin,
  TrainingEnrolmentStatus,
  TrainingEvidenceStatus,
  TrainingForm,
  TrainingJpSource,
  TrainingNeedDecision,
  TrainingProvider,
  TrainingSessionStatus,
  UnitType,
} from '@sim/contracts/values';
import type {
  ChecklistItemType,
  FindingSeverity,
  FollowUpResult,
  InspectionStatus,
  OversightPlanKind,
  OversightPlanStatus,
  OversightTargetKind,
  RecommendationEventType,
  RecommendationOwnerKind,
  RecommendationStatus,
} from '@sim/contracts/values'; // oversight
import type { NotificationOutboxStatus, NotificationType } from '@sim/contracts/values'; // notifications

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
  /** Empty until the chainer links the row (ADR 0016); the chain runs in chain_seq order. */
  prev_hash: string | null;
  hash: string | null;
  chain_seq: number | null;
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

// ---------------------------------------------------------------- competencies (PermenPANRB 38/2017, issue 11 §1)

export interface CompetenciesTable {
  id: Generated<number>;
  code: string;
  name: string;
  kind: CompetencyKind;
  description: string | null;
  max_level: number;
  is_active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface CompetencyLevelsTable {
  competency_id: number;
  level: number;
  description: string;
}

/** A position's standard: the competencies it requires and at which level (also links technical ones to positions). */
export interface CompetencyStandardsTable {
  id: Generated<number>;
  position_id: number;
  competency_id: number;
  required_level: number;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** Append-only history of the superior's scores (Format B.1.9); the latest per employee and competency counts. */
export interface CompetencyAssessmentsTable {
  id: Generated<number>;
  employee_id: number;
  competency_id: number;
  score: number;
  reason: string;
  assessed_on: string;
  assessed_by: number;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface DB {
  competencies: CompetenciesTable;
  competency_levels: CompetencyLevelsTable;
  competency_standards: CompetencyStandardsTable;
  competency_assessments: CompetencyAssessmentsTable;
}

/** The superior's decisions on computed training needs (issue 11 §5), append-only; the latest per need counts. */
export interface TrainingNeedDecisionsTable {
  id: Generated<number>;
  employee_id: number;
  need_key: string;
  fingerprint: string;
  decision: TrainingNeedDecision;
  reason: string | null;
  enrolment_id: number | null;
  decided_by: number | null;
  decided_by_name: string;
  decided_by_user: number | null;
  decided_at: CreatedAt;
}

export interface DB {
  training_need_decisions: TrainingNeedDecisionsTable;
}

// ---------------------------------------------------------------- training (issue 11 §2, competency-training.md)

export interface TrainingProgrammesTable {
  id: Generated<number>;
  title: string;
  description: string | null;
  /** JP (1 JP = 45 minutes), in halves. */
  jp: number;
  form: TrainingForm;
  provider: TrainingProvider;
  provider_name: string | null;
  /** Rupiah per participant, external programmes only. */
  cost_per_participant: number | null;
  is_active: Generated<boolean>;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TrainingTrainersTable {
  id: Generated<number>;
  employee_id: number;
  note: string | null;
  is_active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TrainingProgrammeCompetenciesTable {
  programme_id: number;
  competency_id: number;
}

export interface TrainingTrainerCompetenciesTable {
  trainer_id: number;
  competency_id: number;
}

export interface TrainingSessionsTable {
  id: Generated<number>;
  programme_id: number;
  title_suffix: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  location: string | null;
  online_url: string | null;
  capacity: number;
  status: Generated<TrainingSessionStatus>;
  jp: number;
  duration_minutes: number | null;
  min_attendance_percent: number;
  post_test_pass_mark: number | null;
  completed_at: Timestamp | null;
  cancel_reason: string | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TrainingSessionDaysTable {
  session_id: number;
  /** YYYY-MM-DD, a WIB calendar day. */
  day: string;
}

export interface TrainingSessionTrainersTable {
  id: Generated<number>;
  session_id: number;
  employee_id: number | null;
  external_name: string | null;
  external_organisation: string | null;
}

export interface TrainingMaterialsTable {
  id: Generated<number>;
  session_id: number;
  file_name: string;
  mime: string;
  size: number;
  content: Buffer;
  uploaded_by: number | null;
  created_at: CreatedAt;
}

export interface TrainingEnrolmentsTable {
  id: Generated<number>;
  session_id: number;
  employee_id: number;
  status: TrainingEnrolmentStatus;
  origin: TrainingEnrolmentOrigin;
  requested_by: number | null;
  request_note: string | null;
  assigned_by: number | null;
  assigned_by_name: string | null;
  decided_by: number | null;
  decided_by_name: string | null;
  decided_at: Timestamp | null;
  decision_reason: string | null;
  waitlisted_at: Timestamp | null;
  cancelled_by: number | null;
  cancelled_at: Timestamp | null;
  cancel_reason: string | null;
  pre_test_score: number | null;
  post_test_score: number | null;
  attendance_percent: number | null;
  completed_at: Timestamp | null;
  reminded_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TrainingAttendanceTable {
  enrolment_id: number;
  session_id: number;
  day: string;
  present: boolean;
  recorded_by: number | null;
  recorded_at: Timestamp;
}

export interface TrainingFeedbackTable {
  id: Generated<number>;
  enrolment_id: number;
  session_rating: number;
  comment: string | null;
  created_at: CreatedAt;
}

export interface TrainingFeedbackTrainersTable {
  feedback_id: number;
  session_trainer_id: number;
  rating: number;
  comment: string | null;
}

export interface TrainingExternalEvidenceTable {
  id: Generated<number>;
  employee_id: number;
  title: string;
  organiser: string;
  form: TrainingForm;
  starts_on: string;
  ends_on: string;
  jp: number;
  file_name: string;
  mime: string;
  size: number;
  content: Buffer;
  status: Generated<TrainingEvidenceStatus>;
  decided_by: number | null;
  decided_by_name: string | null;
  decided_at: Timestamp | null;
  reject_reason: string | null;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface TrainingJpCreditsTable {
  id: Generated<number>;
  employee_id: number;
  year: number;
  jp: number;
  source: TrainingJpSource;
  enrolment_id: number | null;
  evidence_id: number | null;
  title: string;
  completed_on: string;
  credited_at: CreatedAt;
}

export interface TrainingCertificatesTable {
  id: Generated<number>;
  code: string;
  enrolment_id: number;
  employee_name: string;
  title: string;
  jp: number;
  sha256: string;
  issued_by: number | null;
  issued_at: Timestamp;
}

export interface DB {
  training_programmes: TrainingProgrammesTable;
  training_trainers: TrainingTrainersTable;
  training_programme_competencies: TrainingProgrammeCompetenciesTable;
  training_trainer_competencies: TrainingTrainerCompetenciesTable;
  training_sessions: TrainingSessionsTable;
  training_session_days: TrainingSessionDaysTable;
  training_session_trainers: TrainingSessionTrainersTable;
  training_materials: TrainingMaterialsTable;
  training_enrolments: TrainingEnrolmentsTable;
  training_attendance: TrainingAttendanceTable;
  training_feedback: TrainingFeedbackTable;
  training_feedback_trainers: TrainingFeedbackTrainersTable;
  training_external_evidence: TrainingExternalEvidenceTable;
  training_jp_credits: TrainingJpCreditsTable;
  training_certificates: TrainingCertificatesTable;
}

// ---------------------------------------------------------------- training: 20 JP target reminders (issue 11 §3)

/** One e-mail reminder of the JP target per employee and round (`<year>-<month>`), so the job never mails twice. */
export interface TrainingJpRemindersTable {
  id: Generated<number>;
  employee_id: number;
  round: string;
  jp: number;
  target: number;
  sent_at: Date;
}

export interface DB {
  training_jp_reminders: TrainingJpRemindersTable;
}

// ---------------------------------------------------------------- oversight (pengawasan internal, oversight-and-forum.md)

export interface OversightTeamsTable {
  id: Generated<number>;
  name: string;
  /** Nomor surat tugas / keputusan that formed the team. */
  decree_number: string;
  decree_date: string;
  mandate: string;
  period_start: string;
  period_end: string;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface OversightTeamMembersTable {
  id: Generated<number>;
  team_id: number;
  employee_id: number;
  is_leader: Generated<boolean>;
  created_at: CreatedAt;
}

export interface OversightChecklistTemplatesTable {
  id: Generated<number>;
  code: string;
  name: string;
  description: string | null;
  is_active: Generated<boolean>;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** A frozen list of items: once a plan or an inspection uses a version, editing the template makes a new one. */
export interface OversightChecklistVersionsTable {
  id: Generated<number>;
  template_id: number;
  version: number;
  note: string | null;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface OversightChecklistItemsTable {
  id: Generated<number>;
  version_id: number;
  position: number;
  text: string;
  guidance: string | null;
  type: ChecklistItemType;
  score_min: number | null;
  score_max: number | null;
  photo_required: Generated<boolean>;
}

export interface OversightPlansTable {
  id: Generated<number>;
  team_id: number;
  title: string;
  target_kind: OversightTargetKind;
  target_unit_id: number;
  target_category_id: number | null;
  target_service_text: string | null;
  target_employee_id: number | null;
  planned_date: string;
  checklist_version_id: number;
  kind: OversightPlanKind;
  status: Generated<OversightPlanStatus>;
  notes: string | null;
  cancel_reason: string | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface OversightInspectionsTable {
  id: Generated<number>;
  /** Made by the inspector's phone when the form opens: a re-sent submission finds the same row. */
  client_uuid: string;
  plan_id: number | null;
  team_id: number;
  checklist_version_id: number;
  inspector_employee_id: number;
  inspector_user_id: number | null;
  kind: OversightPlanKind;
  target_kind: OversightTargetKind;
  target_unit_id: number;
  target_category_id: number | null;
  target_service_text: string | null;
  target_employee_id: number | null;
  /** The integrity complaint this inspection examines, if any. */
  complaint_id: number | null;
  status: InspectionStatus;
  location: string | null;
  notes: string | null;
  started_at: Date;
  submitted_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface OversightInspectionAnswersTable {
  id: Generated<number>;
  inspection_id: number;
  item_id: number;
  answer_yes: boolean | null;
  answer_score: number | null;
  answer_text: string | null;
  note: string | null;
}

export interface OversightInspectionPhotosTable {
  id: Generated<number>;
  inspection_id: number;
  /** The checklist item the photo documents; null for a general photo of the visit. */
  item_id: number | null;
  /** Made by the phone per photo: a re-sent upload finds the same row. */
  client_uuid: string;
  file_name: string;
  mime: string;
  size: number;
  content: Buffer;
  created_at: CreatedAt;
}

export interface OversightFindingsTable {
  id: Generated<number>;
  team_id: number;
  inspection_id: number | null;
  complaint_id: number | null;
  /** The unit the finding concerns (reports per unit). */
  unit_id: number;
  /** The person concerned: with is_integrity, one of the few who may read the finding. */
  concerned_employee_id: number | null;
  title: string;
  condition: string;
  criterion: string;
  cause: string;
  effect: string;
  severity: FindingSeverity;
  is_integrity: Generated<boolean>;
  created_by_employee_id: number | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface OversightFindingFilesTable {
  id: Generated<number>;
  finding_id: number;
  file_name: string;
  mime: string;
  size: number;
  content: Buffer;
  created_at: CreatedAt;
}

export interface OversightRecommendationsTable {
  id: Generated<number>;
  finding_id: number;
  text: string;
  owner_kind: RecommendationOwnerKind;
  owner_employee_id: number | null;
  owner_unit_id: number | null;
  due_date: string;
  status: Generated<RecommendationStatus>;
  closed_at: Date | null;
  /** The inspector's reason for "tidak dapat ditindaklanjuti", then the Pimpinan's decision on it. */
  cannot_follow_up_reason: string | null;
  cannot_follow_up_decided_by: number | null;
  cannot_follow_up_decided_at: Date | null;
  cannot_follow_up_decision_note: string | null;
  escalation_level: Generated<number>;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface OversightFollowUpsTable {
  id: Generated<number>;
  recommendation_id: number;
  text: string;
  submitted_by_employee_id: number | null;
  submitted_by: number | null;
  submitted_at: Date;
  result: FollowUpResult | null;
  reason: string | null;
  verified_by_employee_id: number | null;
  verified_by: number | null;
  verified_at: Date | null;
}

export interface OversightFollowUpFilesTable {
  id: Generated<number>;
  follow_up_id: number;
  file_name: string;
  mime: string;
  size: number;
  content: Buffer;
  created_at: CreatedAt;
}

export interface OversightRecommendationEventsTable {
  id: Generated<number>;
  recommendation_id: number;
  at: Date;
  type: RecommendationEventType;
  actor_user_id: number | null;
  message: string | null;
  data: JSONColumnType<Record<string, unknown>>;
  /** Set on reminder/escalation rows: unique per recommendation, so the job writes each once. */
  dedupe_key: string | null;
}

export interface DB {
  oversight_teams: OversightTeamsTable;
  oversight_team_members: OversightTeamMembersTable;
  oversight_checklist_templates: OversightChecklistTemplatesTable;
  oversight_checklist_versions: OversightChecklistVersionsTable;
  oversight_checklist_items: OversightChecklistItemsTable;
  oversight_plans: OversightPlansTable;
  oversight_inspections: OversightInspectionsTable;
  oversight_inspection_answers: OversightInspectionAnswersTable;
  oversight_inspection_photos: OversightInspectionPhotosTable;
  oversight_findings: OversightFindingsTable;
  oversight_finding_files: OversightFindingFilesTable;
  oversight_recommendations: OversightRecommendationsTable;
  oversight_follow_ups: OversightFollowUpsTable;
  oversight_follow_up_files: OversightFollowUpFilesTable;
  oversight_recommendation_events: OversightRecommendationEventsTable;
}

// ---------------------------------------------------------------- oversight: verifiable inspection reports (ADR 0007)

export interface OversightReportDocumentsTable {
  id: Generated<number>;
  /** `LHP-` + 48 random bits: printed with a QR on the laporan hasil pengawasan. */
  code: string;
  inspection_id: number;
  title: string;
  team_name: string;
  /** An integrity report: the public check says only that it is genuine, who issued it and when. */
  is_restricted: boolean;
  /** Of what the report states (not the recommendations' later status), to tell a current copy from an old one. */
  sha256: string;
  issued_by: number | null;
  issued_at: Date;
}

export interface DB {
  oversight_report_documents: OversightReportDocumentsTable;
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

// ---------------------------------------------------------------- notifications (issue 14 §3)

/** One in-app notification; the recipient is a user, an employee or both (see the migration). */
export interface NotificationsTable {
  id: Generated<number>;
  user_id: number | null;
  employee_id: number | null;
  type: NotificationType;
  params: JSONColumnType<Record<string, string | number | null>>;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}

/** A user's e-mail choice per kind; no row = the default (e-mail on). */
export interface NotificationPreferencesTable {
  user_id: number;
  type: NotificationType;
  email: boolean;
  updated_at: Date;
}

/** The transactional e-mail outbox, sent and retried by `notification-outbox.job.ts`. */
export interface NotificationOutboxTable {
  id: Generated<number>;
  notification_id: number | null;
  to_address: string;
  subject: string;
  body: string;
  status: Generated<NotificationOutboxStatus>;
  attempts: Generated<number>;
  next_attempt_at: Date;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
}

export interface DB {
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
  notification_outbox: NotificationOutboxTable;
}

// ---------------------------------------------------------------- live updates (issue 14 §1)

export interface LiveEventsTable {
  id: Generated<number>;
  /** Null for a public event (one row for everyone, issue 14 r8: the transparency page). */
  user_id: number | null;
  topic: LiveTopic;
  /** Small: record ids and codes only (the contract's `livePayload`). */
  payload: ColumnType<Record<string, string | number | boolean | null>, string, never>;
  created_at: CreatedAt;
}

export interface DB {
  live_events: LiveEventsTable;
}

// ---------------------------------------------------------------- Pimpinan dashboard (issue 14 §2, §5)

/** The monthly summary notification sent to one Pimpinan for one month (the job's once-only key). */
export interface DashboardMonthlySummariesTable {
  month: string;
  user_id: number;
  notified_at: Date;
}

export interface DB {
  dashboard_monthly_summaries: DashboardMonthlySummariesTable;
}

// ---------------------------------------------------------------- complainants' personal data (issue 16 §5)

// Declaration merging adds the privacy column to the complaints table without editing the complaints block.
export interface ComplaintsTable {
  /** When the complainant's personal data was anonymised after the retention period (migration T03). */
  anonymised_at: Date | null;
}

// ---------------------------------------------------------------- complaint deadlines job at city scale (issue 15)

// Declaration merging adds the job's bookkeeping column to the complaints table (migration 2026-12-08T06, ADR 0013).
export interface ComplaintsTable {
  /**
   * When the deadlines job must look at the complaint next: 'epoch' (the default, and what any other write sets)
   * = at the next run; NULL = nothing happens by time alone until the complaint changes.
   */
  sla_check_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}
