// Values of the API without zod: internal oversight (pengawasan internal, oversight-and-forum.md). See ./index.ts.

/** What a plan or an inspection looks at: a unit (service point), a service, or an employee. */
export const OVERSIGHT_TARGET_KINDS = ['UNIT', 'SERVICE', 'EMPLOYEE'] as const;
export type OversightTargetKind = (typeof OVERSIGHT_TARGET_KINDS)[number];

/** Planned inspections are shown to the target; unannounced ones (sidak) are not. */
export const OVERSIGHT_PLAN_KINDS = ['PLANNED', 'UNANNOUNCED'] as const;
export type OversightPlanKind = (typeof OVERSIGHT_PLAN_KINDS)[number];

export const OVERSIGHT_PLAN_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type OversightPlanStatus = (typeof OVERSIGHT_PLAN_STATUSES)[number];

export const CHECKLIST_ITEM_TYPES = ['YES_NO', 'SCORE', 'TEXT'] as const;
export type ChecklistItemType = (typeof CHECKLIST_ITEM_TYPES)[number];

/** An inspection is a draft on the server only when started online; an offline one arrives SUBMITTED at once. */
export const INSPECTION_STATUSES = ['DRAFT', 'SUBMITTED'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

/** Severity of a finding (temuan): berat / sedang / ringan. */
export const FINDING_SEVERITIES = ['BERAT', 'SEDANG', 'RINGAN'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/** Where a finding comes from: an inspection in the field or an integrity complaint. */
export const FINDING_SOURCES = ['INSPECTION', 'COMPLAINT'] as const;
export type FindingSource = (typeof FINDING_SOURCES)[number];

/** Who owns a recommendation: one employee or a unit (its head answers for it). */
export const RECOMMENDATION_OWNER_KINDS = ['EMPLOYEE', 'UNIT'] as const;
export type RecommendationOwnerKind = (typeof RECOMMENDATION_OWNER_KINDS)[number];

/**
 * A recommendation's life: OPEN → (follow-up) SUBMITTED → CLOSED (sesuai) | RETURNED (belum sesuai, owner tries
 * again) | CANNOT_FOLLOW_UP_PENDING (tidak dapat ditindaklanjuti, waiting for the Pimpinan) →
 * CANNOT_FOLLOW_UP_APPROVED, or back to RETURNED when the Pimpinan refuses.
 */
export const RECOMMENDATION_STATUSES = [
  'OPEN',
  'SUBMITTED',
  'RETURNED',
  'CLOSED',
  'CANNOT_FOLLOW_UP_PENDING',
  'CANNOT_FOLLOW_UP_APPROVED',
] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
/** The statuses in which the owner still owes something (dashboards, evidence, overdue checks). */
export const RECOMMENDATION_OPEN_STATUSES = ['OPEN', 'RETURNED'] as const;

/** The inspector's verification of a follow-up (tindak lanjut). */
export const FOLLOW_UP_RESULTS = ['SESUAI', 'BELUM_SESUAI', 'TIDAK_DAPAT_DITINDAKLANJUTI'] as const;
export type FollowUpResult = (typeof FOLLOW_UP_RESULTS)[number];

/** The Pimpinan's answer to a "tidak dapat ditindaklanjuti" verification. */
export const CANNOT_FOLLOW_UP_DECISIONS = ['APPROVED', 'REJECTED'] as const;
export type CannotFollowUpDecision = (typeof CANNOT_FOLLOW_UP_DECISIONS)[number];

/** The timeline of a recommendation; reminder and escalation rows carry a dedupe key so a job writes each once. */
export const RECOMMENDATION_EVENT_TYPES = [
  'CREATED',
  'UPDATED',
  'FOLLOW_UP_SUBMITTED',
  'VERIFIED_SESUAI',
  'VERIFIED_BELUM_SESUAI',
  'VERIFIED_TIDAK_DAPAT_DITINDAKLANJUTI',
  'CANNOT_FOLLOW_UP_APPROVED',
  'CANNOT_FOLLOW_UP_REJECTED',
  'REMINDER',
  'OVERDUE',
  'ESCALATED_SUPERIOR',
  'ESCALATED_PIMPINAN',
] as const;
export type RecommendationEventType = (typeof RECOMMENDATION_EVENT_TYPES)[number];

/** The starter checklist for a kecamatan service point, inserted as reference data by the migration. */
export const STARTER_CHECKLIST_CODE = 'PELAYANAN-KECAMATAN';
