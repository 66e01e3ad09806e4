import { z } from 'zod';
import { isoDate } from './common';
import {
  CANNOT_FOLLOW_UP_DECISIONS,
  CHECKLIST_ITEM_TYPES,
  FINDING_SEVERITIES,
  FOLLOW_UP_RESULTS,
  INSPECTION_STATUSES,
  OVERSIGHT_PLAN_KINDS,
  OVERSIGHT_PLAN_STATUSES,
  OVERSIGHT_TARGET_KINDS,
  RECOMMENDATION_OWNER_KINDS,
  RECOMMENDATION_STATUSES,
} from './values/index';

/**
 * Internal oversight (pengawasan internal): teams by decree, inspection plans, versioned checklists, inspections
 * filled on a phone (sent idempotently by a client UUID), findings and recommendations.
 * Rules: ../shared/domain/oversight-and-forum.md.
 */

export const oversightTargetKind = z.enum(OVERSIGHT_TARGET_KINDS);
export const oversightPlanKind = z.enum(OVERSIGHT_PLAN_KINDS);
export const oversightPlanStatus = z.enum(OVERSIGHT_PLAN_STATUSES);
export const checklistItemType = z.enum(CHECKLIST_ITEM_TYPES);
export const inspectionStatus = z.enum(INSPECTION_STATUSES);
export const findingSeverity = z.enum(FINDING_SEVERITIES);
export const recommendationOwnerKind = z.enum(RECOMMENDATION_OWNER_KINDS);
export const recommendationStatus = z.enum(RECOMMENDATION_STATUSES);
export const followUpResult = z.enum(FOLLOW_UP_RESULTS);
export const cannotFollowUpDecision = z.enum(CANNOT_FOLLOW_UP_DECISIONS);

const text = (max: number, label: string) =>
  z.string().trim().min(1, `${label} wajib diisi`).max(max, `${label} paling banyak ${max} karakter`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Paling banyak ${max} karakter`)
    .nullish()
    .transform((v) => (v ? v : null));
const id = z.number().int().positive();

// ---------------------------------------------------------------- settings

/** Calendar days from a recommendation to its due date, by the finding's severity (setting; 30/60/90). */
export const oversightSettings = z.object({
  dueDays: z.object({
    BERAT: z.number().int(),
    SEDANG: z.number().int(),
    RINGAN: z.number().int(),
  }),
});
export type OversightSettings = z.infer<typeof oversightSettings>;

// ---------------------------------------------------------------- teams

export const oversightTeamMemberInput = z.object({ employeeId: id, isLeader: z.boolean().default(false) });
export type OversightTeamMemberInput = z.infer<typeof oversightTeamMemberInput>;

export const oversightTeamInput = z.object({
  name: text(200, 'Nama tim'),
  decreeNumber: text(100, 'Nomor surat tugas'),
  decreeDate: isoDate,
  mandate: text(4000, 'Mandat'),
  periodStart: isoDate,
  periodEnd: isoDate,
  members: z.array(oversightTeamMemberInput).min(1, 'Tim harus memiliki anggota').max(50),
});
export type OversightTeamInput = z.infer<typeof oversightTeamInput>;
export type OversightTeamRequest = z.input<typeof oversightTeamInput>;

export const oversightTeamMember = z.object({
  employeeId: z.number().int(),
  name: z.string(),
  nip: z.string(),
  isLeader: z.boolean(),
});
export type OversightTeamMember = z.infer<typeof oversightTeamMember>;

export const oversightTeam = z.object({
  id: z.number().int(),
  name: z.string(),
  decreeNumber: z.string(),
  decreeDate: z.string(),
  mandate: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  /** Today (WIB) falls within the period: only then may its members act as inspectors. */
  isActive: z.boolean(),
  members: z.array(oversightTeamMember),
  /** The actor is a member and the team is active. */
  isMine: z.boolean(),
});
export type OversightTeam = z.infer<typeof oversightTeam>;

export const oversightTeamList = z.object({ items: z.array(oversightTeam) });
export type OversightTeamList = z.infer<typeof oversightTeamList>;

/** Employees who may be put on a team: holders of the oversight-team role. */
export const inspectorCandidate = z.object({
  employeeId: z.number().int(),
  name: z.string(),
  nip: z.string(),
  unitName: z.string().nullable(),
});
export type InspectorCandidate = z.infer<typeof inspectorCandidate>;
export const inspectorCandidateList = z.object({ items: z.array(inspectorCandidate) });
export type InspectorCandidateList = z.infer<typeof inspectorCandidateList>;

/** Employees the team may name as a target, the person concerned or a recommendation's owner. */
export const oversightPersonList = z.object({
  items: z.array(
    z.object({
      employeeId: z.number().int(),
      name: z.string(),
      nip: z.string(),
      unitId: z.number().int().nullable(),
      unitName: z.string().nullable(),
    }),
  ),
});
export type OversightPersonList = z.infer<typeof oversightPersonList>;

// ---------------------------------------------------------------- checklist templates

export const checklistItemInput = z.object({
  text: text(500, 'Butir periksa'),
  guidance: optionalText(1000),
  type: checklistItemType,
  scoreMin: z.number().int().min(0).max(100).nullish(),
  scoreMax: z.number().int().min(1).max(100).nullish(),
  photoRequired: z.boolean().default(false),
});
export type ChecklistItemInput = z.infer<typeof checklistItemInput>;
export type ChecklistItemRequest = z.input<typeof checklistItemInput>;

export const checklistTemplateInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9_-]{1,39}$/, 'Kode hanya huruf besar, angka, _ dan - (2–40 karakter)'),
  name: text(200, 'Nama template'),
  description: optionalText(2000),
  items: z.array(checklistItemInput).min(1, 'Template harus memiliki butir periksa').max(100),
});
export type ChecklistTemplateInput = z.infer<typeof checklistTemplateInput>;
export type ChecklistTemplateRequest = z.input<typeof checklistTemplateInput>;

/** A change of a template: its name and description in place; new items make a new version when the current one is used. */
export const checklistTemplatePatch = z.object({
  name: text(200, 'Nama template').optional(),
  description: optionalText(2000).optional(),
  isActive: z.boolean().optional(),
  items: z.array(checklistItemInput).min(1, 'Template harus memiliki butir periksa').max(100).optional(),
  note: optionalText(500).optional(),
});
export type ChecklistTemplatePatch = z.infer<typeof checklistTemplatePatch>;
export type ChecklistTemplatePatchRequest = z.input<typeof checklistTemplatePatch>;

export const checklistItem = z.object({
  id: z.number().int(),
  position: z.number().int(),
  text: z.string(),
  guidance: z.string().nullable(),
  type: checklistItemType,
  scoreMin: z.number().int().nullable(),
  scoreMax: z.number().int().nullable(),
  photoRequired: z.boolean(),
});
export type ChecklistItem = z.infer<typeof checklistItem>;

export const checklistVersion = z.object({
  id: z.number().int(),
  templateId: z.number().int(),
  templateName: z.string(),
  version: z.number().int(),
  note: z.string().nullable(),
  createdAt: z.string(),
  /** A plan or an inspection uses it: it can no longer change. */
  isUsed: z.boolean(),
  items: z.array(checklistItem),
});
export type ChecklistVersion = z.infer<typeof checklistVersion>;

export const checklistTemplate = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  isActive: z.boolean(),
  current: checklistVersion,
  versions: z.array(z.object({ id: z.number().int(), version: z.number().int(), isUsed: z.boolean() })),
});
export type ChecklistTemplate = z.infer<typeof checklistTemplate>;
export const checklistTemplateList = z.object({ items: z.array(checklistTemplate) });
export type ChecklistTemplateList = z.infer<typeof checklistTemplateList>;

// ---------------------------------------------------------------- plans

const targetFields = {
  targetKind: oversightTargetKind,
  /** The unit inspected; for an employee target it may be left out and is taken from their position. */
  targetUnitId: id.nullish(),
  targetCategoryId: id.nullish(),
  targetServiceText: optionalText(200),
  targetEmployeeId: id.nullish(),
};

export const oversightPlanInput = z.object({
  teamId: id,
  title: text(200, 'Judul rencana'),
  ...targetFields,
  plannedDate: isoDate,
  checklistVersionId: id,
  kind: oversightPlanKind,
  notes: optionalText(2000),
});
export type OversightPlanInput = z.infer<typeof oversightPlanInput>;
export type OversightPlanRequest = z.input<typeof oversightPlanInput>;

export const oversightPlanPatch = z.object({
  title: text(200, 'Judul rencana').optional(),
  plannedDate: isoDate.optional(),
  notes: optionalText(2000).optional(),
  cancelReason: text(1000, 'Alasan pembatalan').optional(),
});
export type OversightPlanPatch = z.infer<typeof oversightPlanPatch>;
export type OversightPlanPatchRequest = z.input<typeof oversightPlanPatch>;

export const oversightPlanQuery = z.object({ from: isoDate, to: isoDate });
export type OversightPlanQuery = z.infer<typeof oversightPlanQuery>;

const targetView = {
  targetKind: oversightTargetKind,
  targetUnitId: z.number().int(),
  targetUnitName: z.string(),
  targetCategoryId: z.number().int().nullable(),
  targetCategoryName: z.string().nullable(),
  targetServiceText: z.string().nullable(),
  targetEmployeeId: z.number().int().nullable(),
  targetEmployeeName: z.string().nullable(),
};

export const oversightPlan = z.object({
  id: z.number().int(),
  teamId: z.number().int(),
  teamName: z.string(),
  title: z.string(),
  ...targetView,
  plannedDate: z.string(),
  checklistVersionId: z.number().int(),
  checklistName: z.string(),
  checklistVersion: z.number().int(),
  kind: oversightPlanKind,
  status: oversightPlanStatus,
  notes: z.string().nullable(),
  cancelReason: z.string().nullable(),
  /** The inspection started from this plan, if any. */
  inspectionId: z.number().int().nullable(),
  can: z.object({ inspect: z.boolean(), edit: z.boolean() }),
});
export type OversightPlan = z.infer<typeof oversightPlan>;
export const oversightPlanList = z.object({ items: z.array(oversightPlan) });
export type OversightPlanList = z.infer<typeof oversightPlanList>;

// ---------------------------------------------------------------- inspections (field execution)

export const clientUuidParam = z.object({
  uuid: z.uuid({ message: 'Kode inspeksi harus berupa UUID' }),
});
export type ClientUuidParam = z.infer<typeof clientUuidParam>;
export const inspectionPhotoParams = z.object({
  uuid: z.uuid({ message: 'Kode inspeksi harus berupa UUID' }),
  photoUuid: z.uuid({ message: 'Kode foto harus berupa UUID' }),
});
export type InspectionPhotoParams = z.infer<typeof inspectionPhotoParams>;

export const inspectionAnswerInput = z.object({
  itemId: id,
  yes: z.boolean().nullish(),
  score: z.number().int().nullish(),
  text: optionalText(2000),
  note: optionalText(2000),
});
export type InspectionAnswerInput = z.infer<typeof inspectionAnswerInput>;

/**
 * The inspector's form as a whole, sent to PUT /inspections/:uuid: the first send creates the inspection (from a
 * plan, or ad hoc with team, checklist and target), later sends replace its answers; `submit` ends it. A send of
 * an already submitted inspection answers with it unchanged, so a phone may retry without fear of duplicates.
 */
export const inspectionSubmission = z.object({
  planId: id.nullish(),
  teamId: id.nullish(),
  checklistVersionId: id.nullish(),
  targetKind: oversightTargetKind.nullish(),
  targetUnitId: id.nullish(),
  targetCategoryId: id.nullish(),
  targetServiceText: optionalText(200),
  targetEmployeeId: id.nullish(),
  complaintId: id.nullish(),
  startedAt: z.iso.datetime({ offset: true, message: 'Waktu mulai harus berupa tanggal dan jam ISO' }),
  location: optionalText(300),
  notes: optionalText(4000),
  answers: z.array(inspectionAnswerInput).max(200),
  submit: z.boolean().default(false),
});
export type InspectionSubmission = z.infer<typeof inspectionSubmission>;
export type InspectionSubmissionRequest = z.input<typeof inspectionSubmission>;

export const inspectionAnswer = z.object({
  itemId: z.number().int(),
  yes: z.boolean().nullable(),
  score: z.number().int().nullable(),
  text: z.string().nullable(),
  note: z.string().nullable(),
});
export type InspectionAnswer = z.infer<typeof inspectionAnswer>;

export const inspectionPhoto = z.object({
  id: z.number().int(),
  clientUuid: z.string(),
  itemId: z.number().int().nullable(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number().int(),
});
export type InspectionPhoto = z.infer<typeof inspectionPhoto>;

export const inspectionSummary = z.object({
  id: z.number().int(),
  clientUuid: z.string(),
  planId: z.number().int().nullable(),
  teamId: z.number().int(),
  teamName: z.string(),
  kind: oversightPlanKind,
  ...targetView,
  inspectorEmployeeId: z.number().int(),
  inspectorName: z.string(),
  checklistName: z.string(),
  status: inspectionStatus,
  startedAt: z.string(),
  submittedAt: z.string().nullable(),
  findingCount: z.number().int(),
});
export type InspectionSummary = z.infer<typeof inspectionSummary>;

export const inspectionDetail = inspectionSummary.extend({
  complaintId: z.number().int().nullable(),
  location: z.string().nullable(),
  notes: z.string().nullable(),
  checklist: checklistVersion,
  answers: z.array(inspectionAnswer),
  photos: z.array(inspectionPhoto),
  can: z.object({ edit: z.boolean(), addFinding: z.boolean() }),
});
export type InspectionDetail = z.infer<typeof inspectionDetail>;

export const inspectionListQuery = z.object({
  status: inspectionStatus.optional(),
  /** Only the inspections opened from this integrity complaint (the complaint page links to them). */
  complaintId: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type InspectionListQuery = z.infer<typeof inspectionListQuery>;
export const inspectionList = z.object({
  items: z.array(inspectionSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type InspectionList = z.infer<typeof inspectionList>;

export const inspectionPhotoQuery = z.object({ itemId: z.coerce.number().int().positive().optional() });
export type InspectionPhotoQuery = z.infer<typeof inspectionPhotoQuery>;

// ---------------------------------------------------------------- findings and recommendations

export const recommendationInput = z.object({
  text: text(4000, 'Rekomendasi'),
  ownerKind: recommendationOwnerKind,
  ownerEmployeeId: id.nullish(),
  ownerUnitId: id.nullish(),
  /** Left out: the default for the finding's severity (setting: berat 30, sedang 60, ringan 90 days). */
  dueDate: isoDate.nullish(),
});
export type RecommendationInput = z.infer<typeof recommendationInput>;
export type RecommendationRequest = z.input<typeof recommendationInput>;

export const recommendationPatch = z.object({
  text: text(4000, 'Rekomendasi').optional(),
  ownerKind: recommendationOwnerKind.optional(),
  ownerEmployeeId: id.nullish(),
  ownerUnitId: id.nullish(),
  dueDate: isoDate.optional(),
});
export type RecommendationPatch = z.infer<typeof recommendationPatch>;
export type RecommendationPatchRequest = z.input<typeof recommendationPatch>;

export const findingInput = z.object({
  /** The inspection the finding comes from; or an integrity complaint (then `teamId` says whose). */
  inspectionId: id.nullish(),
  complaintId: id.nullish(),
  teamId: id.nullish(),
  /** The unit concerned; defaults to the inspection's target unit. */
  unitId: id.nullish(),
  concernedEmployeeId: id.nullish(),
  title: text(200, 'Judul temuan'),
  condition: text(4000, 'Kondisi'),
  criterion: text(4000, 'Kriteria'),
  cause: text(4000, 'Sebab'),
  effect: text(4000, 'Akibat'),
  severity: findingSeverity,
  isIntegrity: z.boolean().default(false),
  /** Photos of the inspection to keep as the finding's evidence (copied). */
  photoIds: z.array(id).max(20).default([]),
  recommendations: z.array(recommendationInput).max(20).default([]),
});
export type FindingInput = z.infer<typeof findingInput>;
export type FindingRequest = z.input<typeof findingInput>;

export const findingPatch = z.object({
  title: text(200, 'Judul temuan').optional(),
  condition: text(4000, 'Kondisi').optional(),
  criterion: text(4000, 'Kriteria').optional(),
  cause: text(4000, 'Sebab').optional(),
  effect: text(4000, 'Akibat').optional(),
  severity: findingSeverity.optional(),
  isIntegrity: z.boolean().optional(),
  concernedEmployeeId: id.nullish(),
});
export type FindingPatch = z.infer<typeof findingPatch>;
export type FindingPatchRequest = z.input<typeof findingPatch>;

export const recommendation = z.object({
  id: z.number().int(),
  findingId: z.number().int(),
  text: z.string(),
  ownerKind: recommendationOwnerKind,
  ownerEmployeeId: z.number().int().nullable(),
  ownerEmployeeName: z.string().nullable(),
  ownerUnitId: z.number().int().nullable(),
  ownerUnitName: z.string().nullable(),
  dueDate: z.string(),
  status: recommendationStatus,
  /** Past its due date while the owner still owes a follow-up. */
  isOverdue: z.boolean(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  can: z.object({ edit: z.boolean() }),
});
export type Recommendation = z.infer<typeof recommendation>;

export const findingFile = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number().int(),
});
export type FindingFile = z.infer<typeof findingFile>;

export const findingSummary = z.object({
  id: z.number().int(),
  teamId: z.number().int(),
  teamName: z.string(),
  inspectionId: z.number().int().nullable(),
  complaintId: z.number().int().nullable(),
  unitId: z.number().int(),
  unitName: z.string(),
  title: z.string(),
  severity: findingSeverity,
  isIntegrity: z.boolean(),
  createdAt: z.string(),
  recommendationCount: z.number().int(),
  openRecommendationCount: z.number().int(),
});
export type FindingSummary = z.infer<typeof findingSummary>;

export const findingDetail = findingSummary.extend({
  concernedEmployeeId: z.number().int().nullable(),
  concernedEmployeeName: z.string().nullable(),
  condition: z.string(),
  criterion: z.string(),
  cause: z.string(),
  effect: z.string(),
  createdByName: z.string().nullable(),
  files: z.array(findingFile),
  recommendations: z.array(recommendation),
  /** Default due date of a new recommendation given today, for the form. */
  defaultDueDate: z.string(),
  can: z.object({ edit: z.boolean(), addRecommendation: z.boolean() }),
});
export type FindingDetail = z.infer<typeof findingDetail>;

export const findingListQuery = z.object({
  severity: findingSeverity.optional(),
  unitId: z.coerce.number().int().positive().optional(),
  /** Only the findings recorded from this integrity complaint (the complaint page links to them). */
  complaintId: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type FindingListQuery = z.infer<typeof findingListQuery>;
export const findingList = z.object({
  items: z.array(findingSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type FindingList = z.infer<typeof findingList>;

export const followUpResultInput = z.object({ result: followUpResult, reason: optionalText(2000) });
export type FollowUpResultInput = z.infer<typeof followUpResultInput>;
export const cannotFollowUpDecisionInput = z.object({
  decision: cannotFollowUpDecision,
  note: optionalText(2000),
});
export type CannotFollowUpDecisionInput = z.infer<typeof cannotFollowUpDecisionInput>;
