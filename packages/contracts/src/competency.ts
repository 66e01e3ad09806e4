import { z } from 'zod';
import { isoDate } from './common';
import {
  COMPETENCY_KINDS,
  COMPETENCY_SCOPES,
  TRAINING_NEED_DECISIONS,
  TRAINING_NEED_SIGNALS,
  TRAINING_NEED_STATUSES,
} from './values/index';

// Competencies (PermenPANRB 38/2017), assessments (PermenPANRB 6/2022 Format B.1.9), gaps and training needs
// (issue 11 §1 and §5).

export const competencyKind = z.enum(COMPETENCY_KINDS);
export const competencyScope = z.enum(COMPETENCY_SCOPES);
export const trainingNeedSignal = z.enum(TRAINING_NEED_SIGNALS);
export const trainingNeedStatus = z.enum(TRAINING_NEED_STATUSES);
export const trainingNeedDecisionKind = z.enum(TRAINING_NEED_DECISIONS);
export type TrainingNeedDecisionKind = z.infer<typeof trainingNeedDecisionKind>;

// ---------------------------------------------------------------- dictionary

export const competencyLevel = z.object({ level: z.number().int(), description: z.string() });
export type CompetencyLevel = z.infer<typeof competencyLevel>;

export const competency = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: competencyKind,
  description: z.string().nullable(),
  maxLevel: z.number().int(),
  isActive: z.boolean(),
  levels: z.array(competencyLevel),
  /** The positions whose standard requires it (how a technical competency belongs to positions). */
  positions: z.array(
    z.object({ positionId: z.number().int(), positionName: z.string(), requiredLevel: z.number().int() }),
  ),
});
export type Competency = z.infer<typeof competency>;
export const competencyList = z.object({ items: z.array(competency) });
export type CompetencyList = z.infer<typeof competencyList>;

const levelTexts = z
  .array(z.string().trim().min(1, 'Deskripsi level wajib diisi').max(1000))
  .min(1, 'Isi deskripsi paling sedikit satu level')
  .max(5, 'Paling banyak 5 level');

/** A new competency: only technical ones are added (the managerial and socio-cultural ones are fixed by regulation). */
export const competencyInput = z.object({
  code: z
    .string()
    .trim()
    .regex(
      /^[A-Z][A-Z0-9_]{1,39}$/,
      'Kode hanya huruf besar, angka dan garis bawah (contoh PENGELOLAAN_ARSIP)',
    ),
  name: z.string().trim().min(1, 'Nama kompetensi wajib diisi').max(200),
  description: z.string().trim().max(2000).nullable().optional(),
  levels: levelTexts,
});
export type CompetencyInput = z.infer<typeof competencyInput>;

export const competencyPatch = z.object({
  name: z.string().trim().min(1, 'Nama kompetensi wajib diisi').max(200).optional(),
  description: z.string().trim().max(2000).nullable().optional(),
  levels: levelTexts.optional(),
  isActive: z.boolean().optional(),
});
export type CompetencyPatch = z.infer<typeof competencyPatch>;

// ---------------------------------------------------------------- position standards

export const standardItem = z.object({
  competencyId: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: competencyKind,
  maxLevel: z.number().int(),
  requiredLevel: z.number().int(),
});
export type StandardItem = z.infer<typeof standardItem>;

export const positionStandard = z.object({
  positionId: z.number().int(),
  positionName: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  items: z.array(standardItem),
});
export type PositionStandard = z.infer<typeof positionStandard>;
export const positionStandardList = z.object({ items: z.array(positionStandard) });
export type PositionStandardList = z.infer<typeof positionStandardList>;

/** The whole standard of a position, replacing what was there. */
export const positionStandardInput = z.object({
  items: z
    .array(
      z.object({
        competencyId: z.number().int().positive(),
        requiredLevel: z.number().int().min(1, 'Level minimal 1').max(5, 'Level maksimal 5'),
      }),
    )
    .max(60),
});
export type PositionStandardInput = z.infer<typeof positionStandardInput>;

// ---------------------------------------------------------------- assessments and gaps

export const competencyAssessmentInput = z.object({
  employeeId: z.number().int().positive(),
  competencyId: z.number().int().positive(),
  score: z.number().int().min(1, 'Nilai 1–5').max(5, 'Nilai 1–5'),
  reason: z.string().trim().min(1, 'Alasan penilaian wajib diisi').max(2000),
  assessedOn: isoDate,
});
export type CompetencyAssessmentInput = z.infer<typeof competencyAssessmentInput>;

export const competencyAssessment = z.object({
  id: z.number().int(),
  employeeId: z.number().int(),
  competencyId: z.number().int(),
  competencyCode: z.string(),
  competencyName: z.string(),
  score: z.number().int(),
  reason: z.string(),
  assessedOn: z.string(),
  assessedBy: z.object({ employeeId: z.number().int(), name: z.string() }),
  createdAt: z.string(),
});
export type CompetencyAssessment = z.infer<typeof competencyAssessment>;

export const gapStatus = z.enum(['MEMENUHI', 'KURANG', 'BELUM_DINILAI']);
export type GapStatus = z.infer<typeof gapStatus>;

export const competencyProfileRow = z.object({
  competencyId: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: competencyKind,
  maxLevel: z.number().int(),
  /** Null when the position's standard does not name it (assessed anyway). */
  requiredLevel: z.number().int().nullable(),
  latest: z.object({ score: z.number().int(), assessedOn: z.string(), reason: z.string() }).nullable(),
  status: gapStatus.nullable(),
  gap: z.number().int().nullable(),
});
export type CompetencyProfileRow = z.infer<typeof competencyProfileRow>;

export const competencyProfile = z.object({
  employee: z.object({
    id: z.number().int(),
    name: z.string(),
    nip: z.string(),
    positionId: z.number().int().nullable(),
    positionName: z.string().nullable(),
    unitName: z.string().nullable(),
  }),
  /** The actor is the employee's direct superior today and may assess. */
  canAssess: z.boolean(),
  rows: z.array(competencyProfileRow),
  history: z.array(competencyAssessment),
});
export type CompetencyProfile = z.infer<typeof competencyProfile>;

export const competencyGapQuery = z.object({
  scope: competencyScope.default('mine'),
  unitId: z.coerce.number().int().positive().optional(),
});
export type CompetencyGapQuery = z.infer<typeof competencyGapQuery>;

export const competencyGapSummary = z.object({
  scope: competencyScope,
  employees: z.array(
    z.object({
      employeeId: z.number().int(),
      name: z.string(),
      positionName: z.string().nullable(),
      unitId: z.number().int().nullable(),
      unitName: z.string().nullable(),
      required: z.number().int(),
      below: z.number().int(),
      notAssessed: z.number().int(),
      totalGap: z.number().int(),
      /** The actor is this employee's direct superior today. */
      canAssess: z.boolean(),
    }),
  ),
  byCompetency: z.array(
    z.object({
      competencyId: z.number().int(),
      code: z.string(),
      name: z.string(),
      required: z.number().int(),
      below: z.number().int(),
      notAssessed: z.number().int(),
    }),
  ),
  byUnit: z.array(
    z.object({
      unitId: z.number().int(),
      unitName: z.string(),
      employees: z.number().int(),
      belowStandard: z.number().int(),
    }),
  ),
});
export type CompetencyGapSummary = z.infer<typeof competencyGapSummary>;

// ---------------------------------------------------------------- training needs

export const trainingNeedQuery = z.object({
  scope: competencyScope.default('mine'),
  unitId: z.coerce.number().int().positive().optional(),
  employeeId: z.coerce.number().int().positive().optional(),
  status: trainingNeedStatus.optional(),
});
export type TrainingNeedQuery = z.infer<typeof trainingNeedQuery>;

export const trainingNeedProgramme = z.object({
  id: z.number().int(),
  title: z.string(),
  jp: z.number(),
  sessions: z.array(
    z.object({ id: z.number().int(), title: z.string(), startsAt: z.string(), place: z.string().nullable() }),
  ),
});
export type TrainingNeedProgramme = z.infer<typeof trainingNeedProgramme>;

export const trainingNeed = z.object({
  /** Stable per employee and signal (e.g. `COMPETENCY_GAP:KOMUNIKASI`, `LATE_COMPLAINTS`). */
  key: z.string(),
  employeeId: z.number().int(),
  employeeName: z.string(),
  unitName: z.string().nullable(),
  signal: trainingNeedSignal,
  /** What the signal found, in Bahasa Indonesia. */
  summary: z.string(),
  /** The records behind the signal (web paths). */
  links: z.array(z.object({ label: z.string(), href: z.string() })),
  competencies: z.array(z.object({ id: z.number().int(), code: z.string(), name: z.string() })),
  /** The state of the signal the decision is bound to; a changed fingerprint reopens a decided need. */
  fingerprint: z.string(),
  status: trainingNeedStatus,
  decision: z
    .object({
      decision: trainingNeedDecisionKind,
      reason: z.string().nullable(),
      decidedAt: z.string(),
      decidedByName: z.string(),
      enrollmentId: z.number().int().nullable(),
    })
    .nullable(),
  programmes: z.array(trainingNeedProgramme),
  /** The actor is the employee's direct superior and may accept or dismiss. */
  canDecide: z.boolean(),
});
export type TrainingNeed = z.infer<typeof trainingNeed>;
export const trainingNeedList = z.object({
  items: z.array(trainingNeed),
  /** Signals that have no source yet (the oversight module is not built), so the screen can say so. */
  pendingSignals: z.array(trainingNeedSignal),
});
export type TrainingNeedList = z.infer<typeof trainingNeedList>;

export const trainingNeedDecisionInput = z.discriminatedUnion('decision', [
  z.object({
    employeeId: z.number().int().positive(),
    key: z.string().min(1).max(120),
    decision: z.literal('ACCEPTED'),
    /** The session the employee is enrolled in. */
    sessionId: z.number().int().positive(),
  }),
  z.object({
    employeeId: z.number().int().positive(),
    key: z.string().min(1).max(120),
    decision: z.literal('DISMISSED'),
    reason: z.string().trim().min(1, 'Alasan menolak wajib diisi').max(2000),
  }),
]);
export type TrainingNeedDecisionInput = z.infer<typeof trainingNeedDecisionInput>;

export const trainingNeedSettings = z.object({
  lookbackDays: z.number().int().min(30, 'Minimal 30 hari').max(1095, 'Maksimal 1095 hari'),
  lateComplaintsMin: z.number().int().min(1, 'Minimal 1 pengaduan').max(100),
  skmMinKonversi: z.number().min(25, 'Nilai konversi 25–100').max(100, 'Nilai konversi 25–100'),
  signalCompetencies: z.object({
    LOW_EVALUATION: z.array(z.string()).max(20),
    LATE_COMPLAINTS: z.array(z.string()).max(20),
    WEAK_SKM_UNSUR: z.array(z.string()).max(20),
    OVERSIGHT_FINDING: z.array(z.string()).max(20),
  }),
});
export type TrainingNeedSettings = z.infer<typeof trainingNeedSettings>;
