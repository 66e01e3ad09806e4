/**
 * Competency gaps and training needs (competency-training.md; PermenPANRB 38/2017 standards, PermenPANRB 6/2022
 * Format B.1.9 scores 1–5). Pure: the service reads the signals from the other modules and passes them in.
 */
import { PREDIKAT_ORDER, type Predikat } from './predikat';

/** Where an employee stands against one required competency of their position. */
export type CompetencyGapStatus = 'MEMENUHI' | 'KURANG' | 'BELUM_DINILAI';
export type CompetencyGap = { status: CompetencyGapStatus; gap: number | null };

/**
 * The gap between the position's required level and the latest assessed score: how many levels short (0 when the
 * score meets or exceeds it). Without an assessment the gap is unknown (`BELUM_DINILAI`), never assumed to be the whole
 * required level: an unassessed competency is not evidence of a shortfall.
 */
export function competencyGap(requiredLevel: number, latestScore: number | null): CompetencyGap {
  if (latestScore === null) return { status: 'BELUM_DINILAI', gap: null };
  const gap = Math.max(0, requiredLevel - latestScore);
  return { status: gap > 0 ? 'KURANG' : 'MEMENUHI', gap };
}

/**
 * A score is a whole level from 1 to the competency's highest level (1–5 for the managerial competencies, 1–3 for
 * Perekat Bangsa); the coaching form scores 1–5, so no competency goes above 5.
 */
export function isValidCompetencyScore(score: number, maxLevel: number): boolean {
  return Number.isInteger(score) && score >= 1 && score <= Math.min(5, maxLevel);
}

/** An evaluation rated Butuh Perbaikan or lower (Kurang, Sangat Kurang) signals a training need. */
export function isLowPredikat(predikat: Predikat): boolean {
  return PREDIKAT_ORDER.indexOf(predikat) <= PREDIKAT_ORDER.indexOf('BUTUH_PERBAIKAN');
}

/**
 * An SKM unsur (U6 competence, U7 behaviour of the staff) is weak when its NRR (1–4) converted ×25 falls below the
 * agency's threshold. The default threshold is 76.61, the lower bound of mutu B (Baik) in PermenPANRB 14/2017: an
 * unsur in mutu C or D. A hidden result (below the privacy threshold, NRR null) is no signal.
 */
export function isWeakSkmUnsur(nrr: number | null, minKonversi: number): boolean {
  return nrr !== null && Math.round(nrr * 25 * 100) / 100 < minKonversi;
}

/** Late complaints signal a need from the agency's minimum count (default 1) in the look-back window. */
export function hasLateComplaintSignal(breached: number, minCount: number): boolean {
  return breached >= Math.max(1, minCount);
}

/** The signals of the training needs. */
export type NeedSignal =
  'COMPETENCY_GAP' | 'LOW_EVALUATION' | 'LATE_COMPLAINTS' | 'WEAK_SKM_UNSUR' | 'OVERSIGHT_FINDING';

/** The agency settings of the needs list, with the documented defaults. */
export type TrainingNeedSettings = {
  /** How far back evaluations, complaints and SKM answers count, in days (default 365). */
  lookbackDays: number;
  /** Late (breached) complaints assigned to the employee in the window that make a need (default 1). */
  lateComplaintsMin: number;
  /** SKM U6/U7 converted score below which the unsur is weak (default 76.61, the mutu B lower bound). */
  skmMinKonversi: number;
  /**
   * The competencies (codes) a signal points to; a competency gap points to its own competency. Oversight findings
   * default to Pelayanan Publik: the starter checklist is about service standards (maklumat, SOP, waiting time,
   * courtesy), and integrity findings never become a need.
   */
  signalCompetencies: Record<Exclude<NeedSignal, 'COMPETENCY_GAP'>, string[]>;
};

export const DEFAULT_TRAINING_NEED_SETTINGS: TrainingNeedSettings = {
  lookbackDays: 365,
  lateComplaintsMin: 1,
  skmMinKonversi: 76.61,
  signalCompetencies: {
    LOW_EVALUATION: ['ORIENTASI_HASIL'],
    LATE_COMPLAINTS: ['PENGELOLAAN_PENGADUAN', 'PELAYANAN_PUBLIK'],
    WEAK_SKM_UNSUR: ['PELAYANAN_PUBLIK'],
    OVERSIGHT_FINDING: ['PELAYANAN_PUBLIK'],
  },
};

/** What the superior decided about a need, and for which state of its signal. */
export type NeedDecisionRecord = { decision: 'ACCEPTED' | 'DISMISSED'; fingerprint: string };

/**
 * A decision stands while the signal is the one it was made for: the same fingerprint (e.g. the same assessment,
 * the same late-complaint count). When the signal changes — a new assessment, another late complaint — the need is
 * open again for a fresh decision.
 */
export function needStatus(
  decision: NeedDecisionRecord | null,
  fingerprint: string,
): 'OPEN' | 'ACCEPTED' | 'DISMISSED' {
  if (!decision || decision.fingerprint !== fingerprint) return 'OPEN';
  return decision.decision;
}
