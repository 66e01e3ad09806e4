/**
 * Follow-up of an oversight recommendation (oversight-and-forum.md, workflow steps 6–7, all [decision]): the owner
 * posts a *tindak lanjut* with evidence, a member of the inspecting team verifies it — *sesuai* closes it, *belum
 * sesuai* returns it to the owner with a note, *tidak dapat ditindaklanjuti* (with a reason) waits for the head of
 * office, who approves (closed as such) or refuses (open again). Overdue recommendations are escalated to the owner's
 * superior and the head of office; a reminder goes out a number of days (a setting) before the due date.
 * Dates are `YYYY-MM-DD` calendar days in WIB; the due date is the last day on which a follow-up is on time.
 */
import { isValidIsoDate } from './calendar-date';
import { wibDayNumberFromIsoDate } from './wib-date';

/** Where a recommendation stands. The same list as the contracts' `RECOMMENDATION_STATUSES`. */
export type RecommendationStatus =
  /** Waiting for the owner's follow-up. */
  | 'OPEN'
  /** A follow-up was posted and waits for the inspector's verification. */
  | 'SUBMITTED'
  /** The inspector judged the follow-up *belum sesuai*: back with the owner. */
  | 'RETURNED'
  /** Verified *sesuai*: done. */
  | 'CLOSED'
  /** The inspector judged it *tidak dapat ditindaklanjuti*; waits for the head of office. */
  | 'CANNOT_FOLLOW_UP_PENDING'
  /** The head of office approved *tidak dapat ditindaklanjuti*: closed as such. */
  | 'CANNOT_FOLLOW_UP_APPROVED';

/** What one may do to a recommendation. */
export type RecommendationAction =
  | 'SUBMIT_FOLLOW_UP'
  | 'VERIFY_SESUAI'
  | 'VERIFY_BELUM_SESUAI'
  | 'VERIFY_TIDAK_DAPAT'
  | 'APPROVE_CANNOT_FOLLOW_UP'
  | 'REFUSE_CANNOT_FOLLOW_UP';

/**
 * How the actor stands to the recommendation (not a role): the owner (the employee, or the head of the owning unit),
 * a member of the team that inspected (in the team's period), the head of office (Pimpinan).
 */
export type RecommendationRelation = 'OWNER' | 'INSPECTOR' | 'HEAD_OF_OFFICE';

type Transition = {
  from: readonly RecommendationStatus[];
  by: RecommendationRelation;
  to: RecommendationStatus;
};

/** The state machine: each action, from which statuses, by whom, to which status. */
export const RECOMMENDATION_TRANSITIONS: Readonly<Record<RecommendationAction, Transition>> = Object.freeze({
  SUBMIT_FOLLOW_UP: { from: ['OPEN', 'RETURNED'], by: 'OWNER', to: 'SUBMITTED' },
  VERIFY_SESUAI: { from: ['SUBMITTED'], by: 'INSPECTOR', to: 'CLOSED' },
  VERIFY_BELUM_SESUAI: { from: ['SUBMITTED'], by: 'INSPECTOR', to: 'RETURNED' },
  VERIFY_TIDAK_DAPAT: { from: ['SUBMITTED'], by: 'INSPECTOR', to: 'CANNOT_FOLLOW_UP_PENDING' },
  APPROVE_CANNOT_FOLLOW_UP: {
    from: ['CANNOT_FOLLOW_UP_PENDING'],
    by: 'HEAD_OF_OFFICE',
    to: 'CANNOT_FOLLOW_UP_APPROVED',
  },
  REFUSE_CANNOT_FOLLOW_UP: { from: ['CANNOT_FOLLOW_UP_PENDING'], by: 'HEAD_OF_OFFICE', to: 'OPEN' },
});

/** Actions that need a written note or reason (a return says what is missing; a refusal to follow up says why). */
export const RECOMMENDATION_ACTIONS_NEEDING_NOTE: readonly RecommendationAction[] = [
  'VERIFY_BELUM_SESUAI',
  'VERIFY_TIDAK_DAPAT',
  'REFUSE_CANNOT_FOLLOW_UP',
];

export type RecommendationTransitionResult =
  | { ok: true; status: RecommendationStatus }
  | { ok: false; code: 'WRONG_STATUS' | 'NOT_ALLOWED'; message: string };

const STATUS_LABELS: Readonly<Record<RecommendationStatus, string>> = {
  OPEN: 'terbuka',
  SUBMITTED: 'menunggu verifikasi',
  RETURNED: 'dikembalikan',
  CLOSED: 'selesai',
  CANNOT_FOLLOW_UP_PENDING: 'menunggu persetujuan pimpinan',
  CANNOT_FOLLOW_UP_APPROVED: 'ditutup (tidak dapat ditindaklanjuti)',
};

const RELATION_LABELS: Readonly<Record<RecommendationRelation, string>> = {
  OWNER: 'penanggung jawab rekomendasi',
  INSPECTOR: 'anggota tim pengawas yang memeriksa',
  HEAD_OF_OFFICE: 'pimpinan',
};

/**
 * Whether `action` may be taken on a recommendation in `status` by an actor with `relations`, and the status it
 * leads to. The status is checked first, so a stale screen learns that the recommendation moved on.
 */
export function nextRecommendationStatus(
  status: RecommendationStatus,
  action: RecommendationAction,
  relations: readonly RecommendationRelation[],
): RecommendationTransitionResult {
  const t = RECOMMENDATION_TRANSITIONS[action];
  if (!t.from.includes(status)) {
    return {
      ok: false,
      code: 'WRONG_STATUS',
      message: `Rekomendasi berstatus ${STATUS_LABELS[status]}; tindakan ini tidak dapat dilakukan.`,
    };
  }
  if (!relations.includes(t.by)) {
    return {
      ok: false,
      code: 'NOT_ALLOWED',
      message: `Tindakan ini hanya dapat dilakukan oleh ${RELATION_LABELS[t.by]}.`,
    };
  }
  return { ok: true, status: t.to };
}

/** The actions open to an actor with `relations` on a recommendation in `status` (the buttons a screen shows). */
export function allowedRecommendationActions(
  status: RecommendationStatus,
  relations: readonly RecommendationRelation[],
): RecommendationAction[] {
  return (Object.keys(RECOMMENDATION_TRANSITIONS) as RecommendationAction[]).filter(
    (a) => nextRecommendationStatus(status, a, relations).ok,
  );
}

/** Whether the recommendation still needs something (not closed either way). */
export function isRecommendationOpen(status: RecommendationStatus): boolean {
  return status !== 'CLOSED' && status !== 'CANNOT_FOLLOW_UP_APPROVED';
}

/**
 * Whether the next step is the owner's (open or returned). Only then can the recommendation be late: a follow-up
 * waiting for verification or a case waiting for the head of office is not the owner's delay.
 */
export function isAwaitingOwner(status: RecommendationStatus): boolean {
  return status === 'OPEN' || status === 'RETURNED';
}

/** Whether a recommendation is overdue on `today`: awaiting its owner after its due date. */
export function isRecommendationOverdue(
  status: RecommendationStatus,
  dueDate: string,
  today: string,
): boolean {
  return isAwaitingOwner(status) && dayNumber(today, 'today') > dayNumber(dueDate, 'dueDate');
}

/** Reminder and escalation settings of recommendations. */
export type OversightFollowUpPolicy = {
  /** Calendar days before the due date on which the owner is reminded (0 = on the due date itself). */
  reminderDaysBefore: number;
  /** Calendar days after the due date before the escalation (0 = the first day it is overdue). */
  escalateAfterDaysOverdue: number;
};

/** [decision] defaults: a reminder 7 days before the due date; escalation on the first overdue day. */
export const DEFAULT_OVERSIGHT_FOLLOW_UP_POLICY: Readonly<OversightFollowUpPolicy> = Object.freeze({
  reminderDaysBefore: 7,
  escalateAfterDaysOverdue: 0,
});

/** Checks an administrator's edits; returns the problems in Indonesian (empty when valid). */
export function validateOversightFollowUpPolicy(policy: OversightFollowUpPolicy): string[] {
  const problems: string[] = [];
  if (!Number.isSafeInteger(policy.reminderDaysBefore) || policy.reminderDaysBefore < 0) {
    problems.push('Pengingat (hari sebelum batas waktu) harus bilangan bulat yang tidak negatif.');
  } else if (policy.reminderDaysBefore > 90) {
    problems.push('Pengingat (hari sebelum batas waktu) paling banyak 90 hari.');
  }
  if (!Number.isSafeInteger(policy.escalateAfterDaysOverdue) || policy.escalateAfterDaysOverdue < 0) {
    problems.push('Eskalasi (hari setelah batas waktu) harus bilangan bulat yang tidak negatif.');
  } else if (policy.escalateAfterDaysOverdue > 90) {
    problems.push('Eskalasi (hari setelah batas waktu) paling banyak 90 hari.');
  }
  return problems;
}

/** A step of the escalation job: the reminder to the owner, the escalation to the superior and the head of office. */
export type FollowUpStage = 'PENGINGAT' | 'ESKALASI';

/**
 * The stages due on `today` for a recommendation: the reminder from `reminderDaysBefore` days before the due date
 * up to the due date, the escalation from `escalateAfterDaysOverdue` days after it. Nothing unless the next step is
 * the owner's. Each stage is keyed by the due date it was computed from (see {@link followUpStageKey}), so a job
 * that runs every minute records it once, and a due date moved later gets a fresh reminder.
 */
export function dueFollowUpStages(input: {
  status: RecommendationStatus;
  dueDate: string;
  today: string;
  policy: OversightFollowUpPolicy;
}): FollowUpStage[] {
  if (!isAwaitingOwner(input.status)) return [];
  const due = dayNumber(input.dueDate, 'dueDate');
  const today = dayNumber(input.today, 'today');
  if (today > due + input.policy.escalateAfterDaysOverdue) return ['ESKALASI'];
  if (today > due) return [];
  return today >= due - input.policy.reminderDaysBefore ? ['PENGINGAT'] : [];
}

/** The dedupe key of a stage: one event per recommendation, stage and due date. */
export function followUpStageKey(stage: FollowUpStage, dueDate: string): string {
  return `${stage}:${dueDate}`;
}

/** Days from `today` to the due date (negative when overdue). */
export function daysUntilDue(dueDate: string, today: string): number {
  return dayNumber(dueDate, 'dueDate') - dayNumber(today, 'today');
}

/**
 * The share of recommendations followed up (closed as *sesuai* or approved as not possible) among those due by the
 * end of the period — the usual *persentase tindak lanjut*; null when none were due, so an empty report says "—",
 * not 0% or 100%.
 */
export function followUpRate(counts: { due: number; done: number }): number | null {
  if (!Number.isSafeInteger(counts.due) || counts.due < 0 || !Number.isSafeInteger(counts.done)) {
    throw new RangeError('Jumlah rekomendasi harus bilangan bulat tidak negatif.');
  }
  if (counts.done < 0 || counts.done > counts.due) {
    throw new RangeError('Jumlah yang ditindaklanjuti harus antara 0 dan jumlah rekomendasi.');
  }
  if (counts.due === 0) return null;
  return Math.round((counts.done / counts.due) * 1000) / 10;
}

function dayNumber(text: string, what: string): number {
  if (!isValidIsoDate(text)) throw new RangeError(`${what} bukan tanggal YYYY-MM-DD yang valid: ${text}`);
  return wibDayNumberFromIsoDate(text);
}
