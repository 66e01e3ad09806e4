import { z } from 'zod';
import { isoDate } from './common';
import {
  ASPEK,
  BERAKHLAK_CODES,
  EVALUATION_OTHER_DATA,
  EVIDENCE_KINDS,
  FEEDBACK_KINDS,
  OBJECTION_STATUSES,
  ORG_PREDIKAT_VALUES,
  OVERDUE_KINDS,
  PERF_DOCUMENT_KINDS,
  PERIOD_KINDS,
  PERIOD_SCHEMES,
  PERSPEKTIF,
  PREDIKAT_VALUES,
  RATING_SOURCES,
  RATING_VALUES,
  RHK_SECTIONS,
  SKP_APPROACHES,
  SKP_SCOPES,
  SKP_STATUSES,
  SYSTEM_SOURCE_TARGET_KINDS,
  SYSTEM_SOURCES,
  TARGET_KINDS,
} from './values/index';

// Performance management (SKP, PermenPANRB 6/2022): performance years and periods, the SKP document with its RHK,
// indicators (IKI), BerAKHLAK behaviour and lampiran, realisation with bukti dukung, continuous feedback, evaluation,
// calibration, objection and verifiable documents.

export const periodScheme = z.enum(PERIOD_SCHEMES);

export const ratingValue = z.enum(RATING_VALUES);
export const predikatValue = z.enum(PREDIKAT_VALUES);
export const orgPredikatValue = z.enum(ORG_PREDIKAT_VALUES);

// ---------------------------------------------------------------- years and periods

export const perfDeadlines = z.object({
  skpSubmission: isoDate.nullable().default(null),
  skpApproval: isoDate.nullable().default(null),
  annualEvaluation: isoDate.nullable().default(null),
  /** Days after an evaluation during which the employee may object (keberatan). */
  objectionDays: z.number().int().min(1).max(90).default(14),
  /** Days after a period's end by which its periodic evaluation is due. */
  periodicEvaluationDays: z.number().int().min(1).max(90).default(10),
});
export type PerfDeadlines = z.infer<typeof perfDeadlines>;

export const perfYearInput = z.object({
  year: z.number().int().min(2022, 'Tahun paling awal 2022 (PermenPANRB 6/2022)').max(2100),
  scheme: periodScheme.default('QUARTERLY'),
  deadlines: perfDeadlines.default({
    skpSubmission: null,
    skpApproval: null,
    annualEvaluation: null,
    objectionDays: 14,
    periodicEvaluationDays: 10,
  }),
});
export type PerfYearInput = z.infer<typeof perfYearInput>;

export const perfPeriod = z.object({
  id: z.number().int(),
  seq: z.number().int(),
  kind: z.enum(PERIOD_KINDS),
  label: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  evaluationDeadline: z.string(),
  months: z.number().int(),
});
export type PerfPeriod = z.infer<typeof perfPeriod>;

export const perfYear = z.object({
  id: z.number().int(),
  year: z.number().int(),
  scheme: periodScheme,
  deadlines: perfDeadlines,
  periods: z.array(perfPeriod),
  orgPredikat: orgPredikatValue.nullable(),
  calibrationFinalizedAt: z.string().nullable(),
  calibrationJustification: z.string().nullable(),
});
export type PerfYear = z.infer<typeof perfYear>;
export const perfYearList = z.object({ items: z.array(perfYear) });
export type PerfYearList = z.infer<typeof perfYearList>;

// ---------------------------------------------------------------- SKP document

export const skpStatus = z.enum(SKP_STATUSES);
export const berakhlakCode = z.enum(BERAKHLAK_CODES);

export const systemSource = z.enum(SYSTEM_SOURCES);

const text = (max: number, label: string) =>
  z.string().trim().min(1, `${label} wajib diisi`).max(max, `${label} paling panjang ${max} karakter`);

export const indicatorInput = z
  .object({
    id: z.number().int().positive().optional(),
    aspek: z.enum(ASPEK).default('KUANTITAS'),
    text: text(500, 'Indikator'),
    targetKind: z.enum(TARGET_KINDS),
    targetValue: z.number().min(0).max(1e12).nullable().default(null),
    targetUnit: z.string().trim().max(50).nullable().default(null),
    targetDate: isoDate.nullable().default(null),
    targetText: z.string().trim().max(500).nullable().default(null),
    /** Bukti sistem: the realisation is read from another module (null: entered by the employee only). */
    systemSource: systemSource.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.systemSource !== null && !SYSTEM_SOURCE_TARGET_KINDS[v.systemSource].includes(v.targetKind)) {
      ctx.addIssue({
        code: 'custom',
        path: ['systemSource'],
        message:
          SYSTEM_SOURCE_TARGET_KINDS[v.systemSource][0] === 'PERCENT'
            ? 'Sumber data sistem ini hanya untuk target berupa persentase'
            : 'Sumber data sistem ini hanya untuk target berupa angka',
      });
    }
    if ((v.targetKind === 'NUMBER' || v.targetKind === 'PERCENT') && v.targetValue === null) {
      ctx.addIssue({ code: 'custom', path: ['targetValue'], message: 'Target angka wajib diisi' });
    }
    if (v.targetKind === 'PERCENT' && v.targetValue !== null && v.targetValue > 100) {
      ctx.addIssue({ code: 'custom', path: ['targetValue'], message: 'Target persentase paling besar 100' });
    }
    if (v.targetKind === 'NUMBER' && !v.targetUnit) {
      ctx.addIssue({ code: 'custom', path: ['targetUnit'], message: 'Satuan target wajib diisi' });
    }
    if (v.targetKind === 'DATE' && v.targetDate === null) {
      ctx.addIssue({ code: 'custom', path: ['targetDate'], message: 'Tanggal target wajib diisi' });
    }
    if (v.targetKind === 'QUALITATIVE' && !v.targetText) {
      ctx.addIssue({ code: 'custom', path: ['targetText'], message: 'Target kualitatif wajib diisi' });
    }
  });
export type IndicatorInput = z.infer<typeof indicatorInput>;

export const rhkInput = z.object({
  id: z.number().int().positive().optional(),
  section: z.enum(RHK_SECTIONS),
  text: text(1000, 'Rencana hasil kerja'),
  /** RHK pimpinan yang diintervensi (the superior's RHK this one supports); required for non-JPT staff. */
  parentRhkId: z.number().int().positive().nullable().default(null),
  /** For JPT and heads of units instead of a parent RHK. */
  perspektif: z.enum(PERSPEKTIF).nullable().default(null),
  indicators: z.array(indicatorInput).min(1, 'Setiap RHK memerlukan sedikitnya satu indikator').max(20),
});
export type RhkInput = z.infer<typeof rhkInput>;

const lines = z.array(z.string().trim().min(1).max(500)).max(30).default([]);
export const skpLampiran = z.object({
  dukunganSumberDaya: lines,
  skemaPertanggungjawaban: lines,
  konsekuensi: lines,
});
export type SkpLampiran = z.infer<typeof skpLampiran>;

export const skpContentInput = z.object({
  approach: z.enum(SKP_APPROACHES).default('KUANTITATIF'),
  rhk: z.array(rhkInput).max(50),
  lampiran: skpLampiran.default({ dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] }),
  /** Koefisien angka kredit tahunan of a functional position (e.g. Ahli Pertama 12,5); null otherwise. */
  angkaKreditKoefisien: z.number().positive().max(100).nullable().default(null),
});
export type SkpContentInput = z.infer<typeof skpContentInput>;

export const skpCreateInput = z.object({ yearId: z.number().int().positive() });
export type SkpCreateInput = z.infer<typeof skpCreateInput>;

export const ekspektasiInput = z.object({
  items: z.array(z.object({ code: berakhlakCode, text: z.string().trim().max(1000) })).max(7),
});
export type EkspektasiInput = z.infer<typeof ekspektasiInput>;

export const skpDecisionInput = z.object({
  comment: z.string().trim().max(2000).default(''),
});
export type SkpDecisionInput = z.infer<typeof skpDecisionInput>;
export const skpReturnInput = z.object({ comment: text(2000, 'Catatan pengembalian') });
export type SkpReturnInput = z.infer<typeof skpReturnInput>;

export const personRef = z.object({
  employeeId: z.number().int(),
  fullName: z.string(),
  nip: z.string(),
  pangkat: z.string().nullable(),
  positionName: z.string().nullable(),
  positionCategory: z.string().nullable(),
  unitName: z.string().nullable(),
});
export type PersonRef = z.infer<typeof personRef>;

export const indicator = z.object({
  id: z.number().int(),
  aspek: z.enum(ASPEK),
  text: z.string(),
  targetKind: z.enum(TARGET_KINDS),
  targetValue: z.number().nullable(),
  targetUnit: z.string().nullable(),
  targetDate: z.string().nullable(),
  targetText: z.string().nullable(),
  targetLabel: z.string(),
  systemSource: systemSource.nullable(),
});
export type Indicator = z.infer<typeof indicator>;

export const rhk = z.object({
  id: z.number().int(),
  section: z.enum(RHK_SECTIONS),
  text: z.string(),
  parentRhkId: z.number().int().nullable(),
  parentRhkText: z.string().nullable(),
  perspektif: z.enum(PERSPEKTIF).nullable(),
  indicators: z.array(indicator),
});
export type Rhk = z.infer<typeof rhk>;

export const behaviourItem = z.object({
  code: berakhlakCode,
  label: z.string(),
  guides: z.array(z.string()),
  ekspektasi: z.string(),
});
export type BehaviourItem = z.infer<typeof behaviourItem>;

export const skp = z.object({
  id: z.number().int(),
  yearId: z.number().int(),
  year: z.number().int(),
  status: skpStatus,
  version: z.number().int(),
  isRevision: z.boolean(),
  approach: z.enum(SKP_APPROACHES),
  needsPerspektif: z.boolean(),
  employee: personRef,
  superior: personRef.nullable(),
  rhk: z.array(rhk),
  behaviour: z.array(behaviourItem),
  lampiran: skpLampiran,
  angkaKreditKoefisien: z.number().nullable(),
  returnComment: z.string().nullable(),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  /** What the viewer may do, so the screen shows only the buttons that will work. */
  can: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    decide: z.boolean(),
    /** The direct superior writes the ekspektasi khusus until the SKP is approved. */
    ekspektasi: z.boolean(),
    revise: z.boolean(),
    feedback: z.boolean(),
    realise: z.boolean(),
  }),
});
export type Skp = z.infer<typeof skp>;

export const skpSummary = z.object({
  id: z.number().int(),
  year: z.number().int(),
  yearId: z.number().int(),
  status: skpStatus,
  version: z.number().int(),
  isRevision: z.boolean(),
  employee: personRef,
  rhkCount: z.number().int(),
  latestPredikat: predikatValue.nullable(),
  /** False for an SKP of a position the employee no longer holds (after a transfer a new SKP starts). */
  isCurrentPosition: z.boolean(),
});
export type SkpSummary = z.infer<typeof skpSummary>;
export const skpListQuery = z.object({
  yearId: z.coerce.number().int().positive().optional(),
  scope: z.enum(SKP_SCOPES).default('team'),
  status: skpStatus.optional(),
});
export type SkpListQuery = z.infer<typeof skpListQuery>;
export const skpList = z.object({ items: z.array(skpSummary) });
export type SkpList = z.infer<typeof skpList>;

export const skpVersion = z.object({
  version: z.number().int(),
  event: z.string(),
  note: z.string().nullable(),
  at: z.string(),
  actorName: z.string().nullable(),
  snapshot: z.unknown(),
});
export type SkpVersion = z.infer<typeof skpVersion>;
export const skpVersionList = z.object({ items: z.array(skpVersion) });
export type SkpVersionList = z.infer<typeof skpVersionList>;

export const parentRhkOption = z.object({
  id: z.number().int(),
  text: z.string(),
  section: z.enum(RHK_SECTIONS),
});
export type ParentRhkOption = z.infer<typeof parentRhkOption>;
export const parentRhkOptions = z.object({
  superior: personRef.nullable(),
  superiorSkpStatus: skpStatus.nullable(),
  items: z.array(parentRhkOption),
});
export type ParentRhkOptions = z.infer<typeof parentRhkOptions>;

// ---------------------------------------------------------------- realisation, evidence, feedback

export const realisationInput = z.object({
  periodId: z.number().int().positive(),
  indicatorId: z.number().int().positive(),
  value: z.number().min(0).max(1e12).nullable().default(null),
  text: z.string().trim().max(2000).nullable().default(null),
  /** Rencana aksi for the period. */
  actionPlan: z.string().trim().max(2000).nullable().default(null),
  /** The target the rencana aksi sets for this period (numeric indicators); the period is measured against it. */
  periodTarget: z.number().min(0).max(1e12).nullable().default(null),
});
export type RealisationInput = z.infer<typeof realisationInput>;

/** What a period's capaian is measured against (see `periodCapaian` in @sim/domain). */
export const CAPAIAN_BASES = ['PERIOD_TARGET', 'ANNUAL_CUMULATIVE', 'ANNUAL_LEVEL'] as const;
export const capaianBasis = z.enum(CAPAIAN_BASES);
export type CapaianBasis = z.infer<typeof capaianBasis>;

export const evidence = z.object({
  id: z.number().int(),
  kind: z.enum(EVIDENCE_KINDS),
  url: z.string().nullable(),
  fileName: z.string().nullable(),
  mimeType: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  description: z.string().nullable(),
  createdAt: z.string(),
});
export type Evidence = z.infer<typeof evidence>;

export const linkEvidenceInput = z.object({
  periodId: z.number().int().positive(),
  indicatorId: z.number().int().positive(),
  url: z
    .string()
    .trim()
    .max(2000)
    .regex(/^https?:\/\/\S+$/i, 'Tautan harus diawali http:// atau https://'),
  description: z.string().trim().max(500).nullable().default(null),
});
export type LinkEvidenceInput = z.infer<typeof linkEvidenceInput>;

/**
 * Bukti sistem of a linked indicator in one period, computed on read from the other module for the SKP's owner and
 * the period's dates — never stored, so it changes when that data changes.
 */
export const systemEvidence = z.object({
  source: systemSource,
  label: z.string(),
  /** The figure in the indicator's terms; null when there is none yet (no finished complaint, too few responses). */
  value: z.number().nullable(),
  valueLabel: z.string(),
  from: z.string(),
  to: z.string(),
  /** The records behind the figure in the web app (the complaints list filtered to the owner and the period). */
  link: z.string().nullable(),
  complaints: z
    .object({
      assigned: z.number().int(),
      finished: z.number().int(),
      finishedOnTime: z.number().int(),
      onTimePercent: z.number().nullable(),
      medianWorkingDays: z.number().nullable(),
      reopenRatePercent: z.number().nullable(),
      averageRating: z.number().nullable(),
      rated: z.number().int(),
    })
    .nullable(),
  skm: z
    .object({
      year: z.number().int(),
      responses: z.number().int(),
      minResponses: z.number().int(),
      isShown: z.boolean(),
      konversi: z.number().nullable(),
    })
    .nullable(),
  /** The trainer's delivered sessions behind a TRAINING_* source (issue 11 §4): an internal trainer's RHK tambahan. */
  training: z
    .object({
      sessions: z.number().int(),
      jpDelivered: z.number(),
      participants: z.number().int(),
      averageRating: z.number().nullable(),
      rated: z.number().int(),
    })
    .nullable(),
  computedAt: z.string(),
});
export type SystemEvidence = z.infer<typeof systemEvidence>;

export const realisation = z.object({
  indicatorId: z.number().int(),
  periodId: z.number().int(),
  /** The realisation value: the employee's, or the system value when the employee entered none (isSystemValue). */
  value: z.number().nullable(),
  text: z.string().nullable(),
  actionPlan: z.string().nullable(),
  /** The target the rencana aksi set for this period; null when none is set. */
  periodTarget: z.number().nullable(),
  /**
   * Capaian in percent for numeric targets, null otherwise or without a value: against the period target when the
   * rencana aksi sets one, else progress toward the annual target (`percentBasis` says which).
   */
  percent: z.number().nullable(),
  /** What `percent` is measured against; null for non-numeric targets. */
  percentBasis: capaianBasis.nullable(),
  /** The figure `percent` compares: the period's value, or the year's sum so far for ANNUAL_CUMULATIVE. */
  percentOf: z.number().nullable(),
  evidence: z.array(evidence),
  updatedAt: z.string().nullable(),
  /** Bukti sistem for an indicator linked to a system source, in a period that has started; null otherwise. */
  systemEvidence: systemEvidence.nullable(),
  /** True when `value` is the system value because the employee entered no value of their own. */
  isSystemValue: z.boolean(),
});
export type Realisation = z.infer<typeof realisation>;

export const realisationMatrix = z.object({
  periods: z.array(perfPeriod),
  items: z.array(realisation),
});
export type RealisationMatrix = z.infer<typeof realisationMatrix>;

export const feedbackInput = z
  .object({
    kind: z.enum(FEEDBACK_KINDS).default('FEEDBACK'),
    rhkId: z.number().int().positive().nullable().default(null),
    valueCode: berakhlakCode.nullable().default(null),
    periodId: z.number().int().positive().nullable().default(null),
    text: text(4000, 'Umpan balik'),
  })
  .superRefine((v, ctx) => {
    if (v.rhkId !== null && v.valueCode !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['valueCode'],
        message: 'Pilih salah satu: RHK atau nilai BerAKHLAK',
      });
    }
  });
export type FeedbackInput = z.infer<typeof feedbackInput>;

export const feedback = z.object({
  id: z.number().int(),
  kind: z.enum(FEEDBACK_KINDS),
  rhkId: z.number().int().nullable(),
  rhkText: z.string().nullable(),
  valueCode: berakhlakCode.nullable(),
  periodId: z.number().int().nullable(),
  text: z.string(),
  authorName: z.string(),
  isFromSuperior: z.boolean(),
  createdAt: z.string(),
});
export type Feedback = z.infer<typeof feedback>;
export const feedbackList = z.object({ items: z.array(feedback) });
export type FeedbackList = z.infer<typeof feedbackList>;

// ---------------------------------------------------------------- evaluation

export const evaluationInput = z.object({
  periodId: z.number().int().positive(),
  // No default: the rater chooses both ratings (a preselected one let a single click rate someone).
  ratingHasilKerja: z.enum(ratingValue.options, { error: 'Rating hasil kerja wajib dipilih' }),
  ratingPerilaku: z.enum(ratingValue.options, { error: 'Rating perilaku kerja wajib dipilih' }),
  reason: text(4000, 'Alasan penilaian'),
  catatan: z.string().trim().max(4000).nullable().default(null),
});
export type EvaluationInput = z.infer<typeof evaluationInput>;

export const ratingHistoryEntry = z.object({
  ratingHasilKerja: ratingValue,
  ratingPerilaku: ratingValue,
  predikat: predikatValue,
  reason: z.string(),
  /** Who changed it: the rater, the objection decision, or the Pimpinan's calibration adjustment. */
  source: z.enum(RATING_SOURCES),
  actorName: z.string(),
  at: z.string(),
});
export type RatingHistoryEntry = z.infer<typeof ratingHistoryEntry>;

export const objection = z.object({
  id: z.number().int(),
  reason: z.string(),
  status: z.enum(OBJECTION_STATUSES),
  decisionReason: z.string().nullable(),
  decidedByName: z.string().nullable(),
  /** Decided outside the system (the rater has no superior in the tree) and recorded by Admin or Pimpinan. */
  isExternal: z.boolean(),
  decidedByPosition: z.string().nullable(),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type Objection = z.infer<typeof objection>;

export const evaluation = z.object({
  id: z.number().int(),
  skpId: z.number().int(),
  periodId: z.number().int(),
  periodLabel: z.string(),
  ratingHasilKerja: ratingValue,
  ratingPerilaku: ratingValue,
  predikat: predikatValue,
  reason: z.string(),
  catatan: z.string().nullable(),
  rater: personRef,
  evaluatedAt: z.string(),
  /** The last day to object: counted from the latest change by the rater or the calibration. */
  objectionDeadline: z.string(),
  /** Why the rater may no longer change this rating (objection under way or decided, calibration final); null if not. */
  lockReason: z.string().nullable(),
  angkaKredit: z.number().nullable(),
  history: z.array(ratingHistoryEntry),
  objections: z.array(objection),
});
export type Evaluation = z.infer<typeof evaluation>;
export const evaluationList = z.object({ items: z.array(evaluation) });
export type EvaluationList = z.infer<typeof evaluationList>;

export const evaluationContext = z.object({
  skp: skp,
  period: perfPeriod,
  rater: personRef.nullable(),
  canRate: z.boolean(),
  /** Why the rating can no longer be changed by the rater, if so (then `canRate` is false). */
  lockReason: z.string().nullable(),
  realisations: z.array(realisation),
  feedback: z.array(feedback),
  evaluation: evaluation.nullable(),
  /** Data other modules hold about the employee in the period, shown as it becomes available. */
  otherData: z.array(
    z.object({
      /** Which row this is: the web app words it in the reader's language from `figures`. */
      code: z.enum(EVALUATION_OTHER_DATA),
      /** The row's numbers (null where there is none yet, e.g. no rating). */
      figures: z.record(z.string(), z.number().nullable()),
      /** The row in Indonesian, as the evaluation document and older readers show it. */
      label: z.string(),
      value: z.string(),
    }),
  ),
});
export type EvaluationContext = z.infer<typeof evaluationContext>;

export const objectionInput = z.object({ reason: text(4000, 'Alasan keberatan') });
export type ObjectionInput = z.infer<typeof objectionInput>;
export const objectionDecisionInput = z
  .object({
    accept: z.boolean(),
    reason: text(4000, 'Alasan keputusan'),
    ratingHasilKerja: ratingValue.optional(),
    ratingPerilaku: ratingValue.optional(),
    /** For an external decision (the rater has no superior in the tree): the deciding official, as recorded. */
    externalDeciderName: z.string().trim().max(200).optional(),
    externalDeciderPosition: z.string().trim().max(200).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.accept && (!v.ratingHasilKerja || !v.ratingPerilaku)) {
      ctx.addIssue({
        code: 'custom',
        path: [v.ratingHasilKerja ? 'ratingPerilaku' : 'ratingHasilKerja'],
        message: 'Keberatan yang diterima memerlukan rating baru',
      });
    }
  });
export type ObjectionDecisionInput = z.infer<typeof objectionDecisionInput>;
export const pendingObjection = z.object({
  id: z.number().int(),
  evaluationId: z.number().int(),
  skpId: z.number().int(),
  employee: personRef,
  periodLabel: z.string(),
  predikat: predikatValue,
  reason: z.string(),
  /** The rater has no superior in the tree: the decision is taken outside and recorded here. */
  isExternal: z.boolean(),
  rater: personRef,
  createdAt: z.string(),
});
export type PendingObjection = z.infer<typeof pendingObjection>;
export const pendingObjectionList = z.object({ items: z.array(pendingObjection) });
export type PendingObjectionList = z.infer<typeof pendingObjectionList>;

// ---------------------------------------------------------------- calibration

export const distributionConstraint = z.object({
  predikat: z.array(predikatValue).min(1),
  minPercent: z.number().min(0).max(100).optional(),
  maxPercent: z.number().min(0).max(100).optional(),
  minCount: z.number().int().min(0).optional(),
});
export type DistributionConstraint = z.infer<typeof distributionConstraint>;
export const distributionRules = z.object({
  ISTIMEWA: z.array(distributionConstraint),
  BAIK: z.array(distributionConstraint),
  BUTUH_PERBAIKAN: z.array(distributionConstraint),
  KURANG: z.array(distributionConstraint),
  SANGAT_KURANG: z.array(distributionConstraint),
});
export type DistributionRules = z.infer<typeof distributionRules>;

export const orgPredikatInput = z.object({ orgPredikat: orgPredikatValue });
export type OrgPredikatInput = z.infer<typeof orgPredikatInput>;
export const distributionRulesInput = z.object({ rules: distributionRules });
export type DistributionRulesInput = z.infer<typeof distributionRulesInput>;
/** The Pimpinan's adjustment of an annual predikat during calibration, with its reason (recorded in the history). */
export const calibrationAdjustmentInput = z.object({
  predikat: predikatValue,
  reason: text(4000, 'Alasan penyesuaian'),
});
export type CalibrationAdjustmentInput = z.infer<typeof calibrationAdjustmentInput>;
export const calibrationFinalizeInput = z.object({
  justification: z.string().trim().max(4000).nullable().default(null),
});
export type CalibrationFinalizeInput = z.infer<typeof calibrationFinalizeInput>;

export const calibration = z.object({
  yearId: z.number().int(),
  year: z.number().int(),
  periodId: z.number().int(),
  periodLabel: z.string(),
  /** Whether the period shown is the annual evaluation (the one calibration adjusts and finalises). */
  isAnnual: z.boolean(),
  orgPredikat: orgPredikatValue.nullable(),
  rules: distributionRules,
  counts: z.record(z.string(), z.number().int()),
  total: z.number().int(),
  /** Employees rated in the period, of those who must be (approved SKP, rater in the system): "N dinilai dari M". */
  rated: z.number().int(),
  expected: z.number().int(),
  /** Everyone who must be rated is rated; finalising an incomplete calibration needs a justification. */
  isComplete: z.boolean(),
  /** The rated employees' distribution meets the allowed pattern (judged on those rated so far). */
  ok: z.boolean(),
  violations: z.array(z.object({ message: z.string() })),
  finalizedAt: z.string().nullable(),
  justification: z.string().nullable(),
  employees: z.array(
    z.object({
      skpId: z.number().int(),
      employee: personRef,
      predikat: predikatValue.nullable(),
      evaluationId: z.number().int().nullable(),
    }),
  ),
});
export type Calibration = z.infer<typeof calibration>;

// ---------------------------------------------------------------- cascade

/** One employee in the cascade tree, flattened: `parentEmployeeId` points at the node above. */
export const cascadeNode = z.object({
  skpId: z.number().int().nullable(),
  parentEmployeeId: z.number().int().nullable(),
  depth: z.number().int(),
  employee: personRef,
  status: skpStatus.nullable(),
  rhk: z.array(
    z.object({
      id: z.number().int(),
      text: z.string(),
      parentRhkId: z.number().int().nullable(),
      /** A leader's RHK that no subordinate RHK supports. */
      isUnsupported: z.boolean(),
      /** A subordinate's RHK that supports no RHK of the superior. */
      isOrphan: z.boolean(),
    }),
  ),
});
export type CascadeNode = z.infer<typeof cascadeNode>;
export const cascadeTree = z.object({ items: z.array(cascadeNode) });
export type CascadeTree = z.infer<typeof cascadeTree>;
export const cascadeQuery = z.object({
  yearId: z.coerce.number().int().positive(),
  employeeId: z.coerce.number().int().positive().optional(),
});
export type CascadeQuery = z.infer<typeof cascadeQuery>;

// ---------------------------------------------------------------- documents

export const documentVerification = z.object({
  code: z.string(),
  valid: z.boolean(),
  kind: z.enum(PERF_DOCUMENT_KINDS).nullable(),
  title: z.string().nullable(),
  employeeName: z.string().nullable(),
  issuedAt: z.string().nullable(),
  sha256: z.string().nullable(),
  /** True when the data the document was rendered from still matches its stored hash. */
  isCurrent: z.boolean().nullable(),
  message: z.string(),
});
export type DocumentVerification = z.infer<typeof documentVerification>;
export const verifyParams = z.object({ code: z.string().regex(/^[A-Z0-9-]{6,40}$/, 'Kode tidak valid') });
export type VerifyParams = z.infer<typeof verifyParams>;

// ---------------------------------------------------------------- deadlines (reminders and overdue list)

export const deadlineStatus = z.object({
  /**
   * Deadlines of the year in the coming days (in-app reminders). `label` is the Indonesian text; `kind` and
   * `periodLabel` let the web app say it in the reader's language.
   */
  upcoming: z.array(
    z.object({
      label: z.string(),
      kind: z.enum(['SKP_SUBMISSION', 'SKP_APPROVAL', 'EVALUATION']),
      periodLabel: z.string().nullable(),
      dueDate: z.string(),
      daysLeft: z.number().int(),
    }),
  ),
  /** What is late in the actor's scope: everyone for Admin/Pimpinan, subordinates for a superior, self otherwise. */
  overdue: z.array(
    z.object({
      kind: z.enum(OVERDUE_KINDS),
      employee: personRef,
      skpId: z.number().int().nullable(),
      label: z.string(),
      periodLabel: z.string().nullable(),
      dueDate: z.string(),
      /** Who must act: the employee (submit), the direct superior (approve), the rater (evaluate). */
      responsible: personRef.nullable(),
      /** The viewer is the one who must act (a to-do), not someone waiting for another. */
      isMine: z.boolean(),
    }),
  ),
});
export type DeadlineStatus = z.infer<typeof deadlineStatus>;

// ---------------------------------------------------------------- rater delegation

export const delegationInput = z.object({
  fromEmployeeId: z.number().int().positive(),
  toEmployeeId: z.number().int().positive(),
  reason: z.string().trim().min(1, 'Alasan delegasi wajib diisi').max(2000),
});
export type DelegationInput = z.infer<typeof delegationInput>;
export const delegation = z.object({
  id: z.number().int(),
  from: personRef,
  to: personRef,
  reason: z.string(),
  createdAt: z.string(),
});
export type Delegation = z.infer<typeof delegation>;
export const delegationList = z.object({ items: z.array(delegation) });
export type DelegationList = z.infer<typeof delegationList>;
