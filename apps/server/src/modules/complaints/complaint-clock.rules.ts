import {
  computeSlaDeadline,
  getDeadlineCountdown,
  getSlaStatus,
  type ComplaintSlaPolicy,
  type SlaClock,
  type WorkCalendar,
} from '@sim/domain';
import type { ComplaintStatus, SlaInfo } from '@sim/contracts';
import type { ComplaintPause } from '../../db/schema';

// Maps a complaint's state to the deadline window that runs on it (the rules themselves live in @sim/domain):
// VERIFIKASI from receipt until verification (accept, reject or a question — complaints.md), PENYELESAIAN from
// disposition (or reopening) until resolution. Between verification and disposition no window of complaints.md
// runs, so no deadline is shown there: the verification deadline is met and the resolution one not yet started.
// `window_cycle` numbers the windows (0 = verification, 1 = first resolution, 2 = after the first reopen …) so
// each warning, breach and escalation is recorded once per window.

export type ClockFields = {
  status: ComplaintStatus;
  paused_status: ComplaintStatus | null;
  window_started_at: Date | null;
  window_days: number | null;
  window_cycle: number;
  pauses: ComplaintPause[];
};

export type WindowName = 'VERIFIKASI' | 'PENYELESAIAN';

const VERIFICATION_STATES = new Set(['DITERIMA']);
const HANDLING_STATES = new Set(['DIDISPOSISI', 'DIPROSES']);

/** The window running on a complaint in its current state, or null when no clock runs (closed, resolved). */
export function windowOf(c: ClockFields): WindowName | null {
  const state = c.status === 'MENUNGGU_INFO' ? (c.paused_status ?? '') : c.status;
  if (VERIFICATION_STATES.has(state)) return 'VERIFIKASI';
  if (HANDLING_STATES.has(state)) return 'PENYELESAIAN';
  return null;
}

/** The complaint's current clock for the domain functions, pauses included. */
export function clockOf(c: ClockFields): { window: WindowName; clock: SlaClock } | null {
  const window = windowOf(c);
  if (!window || !c.window_started_at || c.window_days === null) return null;
  return {
    window,
    clock: {
      start: c.window_started_at,
      days: c.window_days,
      pauses: c.pauses.map((p) => ({ from: new Date(p.from), to: p.to === null ? null : new Date(p.to) })),
    },
  };
}

/** The deadline to store on the row (null while paused or without a clock), for sorting and Open311. */
export function deadlineOf(c: ClockFields, calendar: WorkCalendar): Date | null {
  const current = clockOf(c);
  return current ? computeSlaDeadline(current.clock, calendar) : null;
}

/** What the queue shows: the window, its state at `at`, the deadline and the working days left. */
export function slaInfoOf(
  c: ClockFields,
  at: Date,
  calendar: WorkCalendar,
  policy: ComplaintSlaPolicy,
): SlaInfo | null {
  const current = clockOf(c);
  if (!current) return null;
  const status = getSlaStatus(current.clock, at, calendar, { warningFraction: policy.warningFraction });
  return {
    window: current.window,
    days: current.clock.days,
    state: status.state,
    deadline: status.deadline?.toISOString() ?? null,
    warningAt: status.warningAt?.toISOString() ?? null,
    remainingWorkingDays: status.remainingWorkingDays,
    countdown: status.deadline ? getDeadlineCountdown(status.deadline, at, calendar) : null,
  };
}
