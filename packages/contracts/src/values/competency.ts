// Values of the API without zod: competencies and training needs (competency-training.md, PermenPANRB 38/2017).
// See ./index.ts.

/** Kompetensi Teknis (agency-defined), Manajerial (the 8 of PermenPANRB 38/2017), Sosial Kultural (Perekat Bangsa). */
export const COMPETENCY_KINDS = ['TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL'] as const;
export type CompetencyKind = (typeof COMPETENCY_KINDS)[number];

/** The highest level any competency may have: assessments are scored 1–5 (PermenPANRB 6/2022 Format B.1.9). */
export const COMPETENCY_MAX_LEVEL = 5;

/**
 * Codes of the reference competencies the competency migration inserts. The 8 managerial ones and Perekat Bangsa
 * are fixed by regulation; PENGELOLAAN_PENGADUAN is the technical competency the default signal mapping of the
 * training needs points late complaints to (training programmes that teach complaint handling link to it).
 */
export const MANAGERIAL_COMPETENCY_CODES = [
  'INTEGRITAS',
  'KERJASAMA',
  'KOMUNIKASI',
  'ORIENTASI_HASIL',
  'PELAYANAN_PUBLIK',
  'PENGEMBANGAN_DIRI',
  'MENGELOLA_PERUBAHAN',
  'PENGAMBILAN_KEPUTUSAN',
] as const;
export const SOCIO_CULTURAL_COMPETENCY_CODE = 'PEREKAT_BANGSA';
export const COMPLAINT_HANDLING_COMPETENCY_CODE = 'PENGELOLAAN_PENGADUAN';

/**
 * What produces a training need (computed on read, docs/adr/0004). OVERSIGHT_FINDING: ordinary (non-integrity)
 * oversight findings concerning the employee or a recommendation they answer for.
 */
export const TRAINING_NEED_SIGNALS = [
  'COMPETENCY_GAP',
  'LOW_EVALUATION',
  'LATE_COMPLAINTS',
  'WEAK_SKM_UNSUR',
  'OVERSIGHT_FINDING',
] as const;
export type TrainingNeedSignal = (typeof TRAINING_NEED_SIGNALS)[number];

/** What the superior decided about a need. */
export const TRAINING_NEED_DECISIONS = ['ACCEPTED', 'DISMISSED'] as const;
export type TrainingNeedDecision = (typeof TRAINING_NEED_DECISIONS)[number];
/** A need as the list shows it: not yet decided, or the decision still standing for the same signal. */
export const TRAINING_NEED_STATUSES = ['OPEN', 'ACCEPTED', 'DISMISSED'] as const;
export type TrainingNeedStatus = (typeof TRAINING_NEED_STATUSES)[number];

/** Whose competencies/gaps/needs a list shows: the actor's own, their subordinates', or everyone's. */
export const COMPETENCY_SCOPES = ['mine', 'team', 'all'] as const;
export type CompetencyScope = (typeof COMPETENCY_SCOPES)[number];
