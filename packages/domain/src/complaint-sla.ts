/**
 * Deadlines (SLA) of a complaint's steps: the default policy, pauses while waiting for the reporter, the 75% warning,
 * breach and escalation, automatic closure and reopening. Sources: SP4N-LAPOR! practice (PermenPANRB 62/2018),
 * Perpres 76/2013 (resolution within 60 days), local service standards; every number marked [decision] in
 * complaints.md lives in {@link ComplaintSlaPolicy} so an administrator can change it.
 */
import { addWorkingDays, compileWorkCalendar } from './working-days';
import type { CompiledWorkCalendar, WorkCalendar } from './working-days';
import { endOfWibDayNumber, startOfWibDayNumber, toWibDayNumber } from './wib-date';

/** Complexity class of a complaint, which sets its resolution window. */
export type ComplexityClass = 'RINGAN' | 'NORMATIF' | 'KOMPLEKS' | 'PEMERIKSAAN';

/** The complexity classes from the lightest to the heaviest. */
export const COMPLEXITY_CLASSES: readonly ComplexityClass[] = [
  'RINGAN',
  'NORMATIF',
  'KOMPLEKS',
  'PEMERIKSAAN',
];

/** Indonesian labels of the complexity classes. */
export const COMPLEXITY_CLASS_LABELS: Readonly<Record<ComplexityClass, string>> = {
  RINGAN: 'Ringan',
  NORMATIF: 'Normatif',
  KOMPLEKS: 'Kompleks',
  PEMERIKSAAN: 'Perlu Pemeriksaan',
};

/** The deadline policy of complaints; every window is in working days. */
export type ComplaintSlaPolicy = {
  /** Verification (accept, reject with reason, or ask for more information), counted from receipt. */
  verificationDays: number;
  /** First follow-up posted to the citizen, counted from disposition. */
  firstResponseDays: number;
  /** Resolution by complexity class, counted from disposition. */
  resolutionDays: Record<ComplexityClass, number>;
  /** A resolved complaint closes itself when the reporter has not replied within this many working days. */
  autoCloseAfterDays: number;
  /** The reporter may reopen a resolved complaint within this many working days of the resolution. */
  reopenWithinDays: number;
  /** Share of a window (0–1] after which the assignee is warned. */
  warningFraction: number;
  /** Working days after a breach before escalating to the assignee's direct superior (0 = at once). */
  escalateToSuperiorAfterDays: number;
  /** Working days after a breach before escalating to the head of office (Camat). */
  escalateToHeadOfOfficeAfterDays: number;
};

/**
 * The defaults of complaints.md: verification 3 HK (LAPOR!), first follow-up 5 HK (LAPOR!), resolution 2/5/14/60 HK
 * by class (local service standards, Perpres 76/2013 cap), auto-closure after 10 HK (LAPOR!), and the [decision]s:
 * reopen within 10 HK, warning at 75%, escalation to the superior at once and to the Camat 2 HK later.
 */
export const DEFAULT_COMPLAINT_SLA_POLICY: Readonly<ComplaintSlaPolicy> = Object.freeze({
  verificationDays: 3,
  firstResponseDays: 5,
  resolutionDays: Object.freeze({ RINGAN: 2, NORMATIF: 5, KOMPLEKS: 14, PEMERIKSAAN: 60 }),
  autoCloseAfterDays: 10,
  reopenWithinDays: 10,
  warningFraction: 0.75,
  escalateToSuperiorAfterDays: 0,
  escalateToHeadOfOfficeAfterDays: 2,
});

/**
 * Checks an administrator's policy edits and returns the problems in Indonesian (empty when valid): every window a
 * whole number of working days, resolution windows not above `maxResolutionDays` (default 60, the Perpres 76/2013
 * cap), and a warning fraction in (0, 1].
 */
export function validateComplaintSlaPolicy(
  policy: ComplaintSlaPolicy,
  options: { maxResolutionDays?: number } = {},
): string[] {
  const maxResolutionDays = options.maxResolutionDays ?? 60;
  const problems: string[] = [];
  const checkDays = (label: string, value: number): void => {
    if (!Number.isSafeInteger(value) || value < 0) {
      problems.push(`${label} harus bilangan bulat hari kerja yang tidak negatif.`);
    }
  };
  checkDays('Batas verifikasi', policy.verificationDays);
  checkDays('Batas tindak lanjut pertama', policy.firstResponseDays);
  checkDays('Batas penutupan otomatis', policy.autoCloseAfterDays);
  checkDays('Batas pembukaan kembali', policy.reopenWithinDays);
  checkDays('Eskalasi ke atasan langsung', policy.escalateToSuperiorAfterDays);
  checkDays('Eskalasi ke pimpinan kantor', policy.escalateToHeadOfOfficeAfterDays);
  for (const complexity of COMPLEXITY_CLASSES) {
    const label = `Batas penyelesaian ${COMPLEXITY_CLASS_LABELS[complexity]}`;
    const days = policy.resolutionDays[complexity];
    checkDays(label, days);
    if (days > maxResolutionDays) {
      problems.push(`${label} tidak boleh lebih dari ${maxResolutionDays} hari kerja.`);
    }
  }
  if (!(policy.warningFraction > 0 && policy.warningFraction <= 1)) {
    problems.push('Ambang peringatan harus lebih dari 0 dan paling banyak 1 (100%).');
  }
  return problems;
}

/**
 * A time the clock stood still because the complaint waited for information from the reporter; `to` is null while
 * the wait goes on.
 */
export type SlaPause = { from: Date; to: Date | null };

/** One deadline window: it starts at `start` (receipt or disposition) and lasts `days` working days. */
export type SlaClock = { start: Date; days: number; pauses?: readonly SlaPause[] };

type Segment = { from: number; to: number | null };

const DAY_MS = 86_400_000;

function assertValidInstant(date: Date, what: string): number {
  const time = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(time)) {
    throw new RangeError(`${what} bukan waktu yang valid.`);
  }
  return time;
}

/** The stretches in which the clock runs: from the start to the first pause, between pauses, after the last one. */
function getActiveSegments(clock: SlaClock): Segment[] {
  if (!Number.isSafeInteger(clock.days) || clock.days < 0) {
    throw new RangeError(`Jumlah hari kerja harus bilangan bulat tidak negatif, bukan ${clock.days}.`);
  }
  const start = assertValidInstant(clock.start, 'Waktu mulai');
  const pauses = [...(clock.pauses ?? [])]
    .map((pause) => ({
      from: assertValidInstant(pause.from, 'Awal penundaan'),
      to: pause.to === null ? null : assertValidInstant(pause.to, 'Akhir penundaan'),
    }))
    .sort((a, b) => a.from - b.from);
  const segments: Segment[] = [];
  let cursor: number | null = start;
  for (const pause of pauses) {
    if (cursor === null) {
      throw new RangeError('Hanya penundaan terakhir yang boleh belum berakhir.');
    }
    if (pause.from < cursor) {
      throw new RangeError('Penundaan tidak boleh dimulai sebelum waktu mulai atau tumpang-tindih.');
    }
    if (pause.to !== null && pause.to < pause.from) {
      throw new RangeError('Akhir penundaan tidak boleh sebelum awalnya.');
    }
    segments.push({ from: cursor, to: pause.from });
    cursor = pause.to;
  }
  if (cursor !== null) {
    segments.push({ from: cursor, to: null });
  }
  return segments;
}

/**
 * The deadline as a budget of whole working days spent segment by segment: each running stretch spends the working
 * days after its start day up to and including the day the pause begins (the day a pause begins counts as used, as
 * the arrival day never counts), and a resume is a new arrival under the non-working-day rule.
 */
function locateDeadline(segments: Segment[], days: number, calendar: CompiledWorkCalendar): Date | null {
  let remaining = days;
  for (const segment of segments) {
    const startDay = calendar.getWorkingDayOnOrAfter(toWibDayNumber(new Date(segment.from)));
    const candidate = endOfWibDayNumber(calendar.getNthWorkingDayAfter(startDay, remaining));
    if (segment.to === null || candidate.getTime() < segment.to) {
      return candidate;
    }
    remaining -= calendar.countWorkingDays(startDay, toWibDayNumber(new Date(segment.to)));
  }
  return null;
}

/**
 * Deadline of a window, with the paused time taken out (complaints.md: the clock pauses while the complaint waits
 * for the reporter and resumes when the reporter answers). Without pauses it equals {@link addWorkingDays}. A pause
 * extends the deadline by the working days it consumed: the working days left when the pause began (the day it
 * began counts as used) are counted again from the resume, and a resume on a non-working day counts from the next
 * working day, like an arrival. A pause that begins after the deadline does not move it. Returns null while an
 * unfinished pause began before the deadline was reached: the clock is stopped and no deadline exists yet.
 */
export function computeSlaDeadline(clock: SlaClock, calendar: WorkCalendar): Date | null {
  return locateDeadline(getActiveSegments(clock), clock.days, compileWorkCalendar(calendar));
}

/** Milliseconds of working days (whole 24-hour WIB days) inside [from, to), outside the pauses. */
function measureWorkingTime(segments: Segment[], until: number, calendar: CompiledWorkCalendar): number {
  let total = 0;
  for (const segment of segments) {
    const end = Math.min(segment.to ?? until, until);
    for (let day = toWibDayNumber(new Date(segment.from)); ; day += 1) {
      const dayStart = startOfWibDayNumber(day).getTime();
      // Stryker disable next-line EqualityOperator: a day starting exactly at the end adds max(0, end − dayStart) = 0
      if (dayStart >= end) break;
      if (calendar.isWorkingDayNumber(day)) {
        total += Math.max(0, Math.min(end, dayStart + DAY_MS) - Math.max(segment.from, dayStart));
      }
    }
  }
  return total;
}

/** The instant at which `target` milliseconds of working time have run on the clock. */
function locateWorkingTime(segments: Segment[], target: number, calendar: CompiledWorkCalendar): Date | null {
  let spent = 0;
  for (const segment of segments) {
    for (let day = toWibDayNumber(new Date(segment.from)); ; day += 1) {
      const dayStart = startOfWibDayNumber(day).getTime();
      // Stryker disable next-line EqualityOperator: a day starting exactly at the pause is an empty piece, which cannot reach a target the previous piece did not
      if (segment.to !== null && dayStart >= segment.to) break;
      if (!calendar.isWorkingDayNumber(day)) continue;
      const pieceStart = Math.max(segment.from, dayStart);
      const pieceEnd = Math.min(segment.to ?? Number.POSITIVE_INFINITY, dayStart + DAY_MS);
      if (spent + (pieceEnd - pieceStart) >= target) {
        return new Date(pieceStart + Math.ceil(target - spent));
      }
      spent += pieceEnd - pieceStart;
    }
  }
  return null;
}

/**
 * When the assignee is warned: once `warningFraction` (default 0.75, a [decision] in complaints.md) of the window
 * has run. The window is measured in working time — the hours of working days (whole WIB days) from the start to
 * the deadline, paused time excluded — so holidays inside the window do not bring the warning forward. Example:
 * 17 March 2026 10:00 WIB, 5 HK → deadline 31 March 23:59:59.999; 134 working hours; warning at 30 March 14:30 WIB.
 * Returns null while the clock is stopped before its deadline (see {@link computeSlaDeadline}).
 */
export function computeSlaWarningAt(
  clock: SlaClock,
  calendar: WorkCalendar,
  options: { warningFraction?: number } = {},
): Date | null {
  const fraction = options.warningFraction ?? DEFAULT_COMPLAINT_SLA_POLICY.warningFraction;
  if (!(fraction > 0 && fraction <= 1)) {
    throw new RangeError('Ambang peringatan harus lebih dari 0 dan paling banyak 1.');
  }
  const compiled = compileWorkCalendar(calendar);
  const segments = getActiveSegments(clock);
  const deadline = locateDeadline(segments, clock.days, compiled);
  if (deadline === null) return null;
  const window = measureWorkingTime(segments, deadline.getTime() + 1, compiled);
  const warningAt = locateWorkingTime(segments, window * fraction, compiled);
  // warningAt is never null here: the stretches up to the deadline hold the whole window, so the target is reached.
  // Stryker disable next-line EqualityOperator,ConditionalExpression: warningAt is never null (above), and a warning equal to the deadline is the same instant either way
  return warningAt === null || warningAt.getTime() > deadline.getTime() ? deadline : warningAt;
}

function countElapsed(segments: Segment[], end: number, calendar: CompiledWorkCalendar): number {
  let elapsed = 0;
  for (const segment of segments) {
    // A stretch that begins after `end` counts no day: its start day is not before the day of `end`.
    const startDay = calendar.getWorkingDayOnOrAfter(toWibDayNumber(new Date(segment.from)));
    const stop = Math.min(segment.to ?? end, end);
    elapsed += calendar.countWorkingDays(startDay, toWibDayNumber(new Date(stop)));
  }
  return elapsed;
}

/**
 * Working days the clock has run from `clock.start` to `end`, with the paused time taken out (complaints.md:
 * durations are reported in working days without the paused time). Counted like {@link workingDaysBetween} on each
 * running stretch, so a task finished exactly at its deadline took `clock.days` working days.
 */
export function countElapsedWorkingDays(clock: SlaClock, end: Date, calendar: WorkCalendar): number {
  const endTime = assertValidInstant(end, 'Waktu akhir');
  if (endTime < clock.start.getTime()) {
    throw new RangeError('Waktu akhir tidak boleh sebelum waktu mulai.');
  }
  return countElapsed(getActiveSegments(clock), endTime, compileWorkCalendar(calendar));
}

/**
 * A finished step's duration for reports: working days without paused time, calendar hours from start to end, and
 * the paused calendar hours inside that span (complaints.md: durations in working days and in calendar hours).
 */
export function measureSlaDuration(
  clock: SlaClock,
  end: Date,
  calendar: WorkCalendar,
): { workingDays: number; calendarHours: number; pausedHours: number } {
  const workingDays = countElapsedWorkingDays(clock, end, calendar);
  const endTime = end.getTime();
  let paused = 0;
  for (const pause of clock.pauses ?? []) {
    const to = Math.min(pause.to?.getTime() ?? endTime, endTime);
    paused += Math.max(0, to - pause.from.getTime());
  }
  return {
    workingDays,
    calendarHours: (endTime - clock.start.getTime()) / 3_600_000,
    pausedHours: paused / 3_600_000,
  };
}

/** Where a window stands at a given instant. */
export type SlaState = 'ON_TRACK' | 'WARNING' | 'BREACHED' | 'PAUSED';

/** A window's state at an instant, with the numbers a dashboard shows. */
export type SlaStatus = {
  state: SlaState;
  /** Null while the clock is stopped before its deadline. */
  deadline: Date | null;
  warningAt: Date | null;
  elapsedWorkingDays: number;
  /** `days − elapsedWorkingDays`; negative when working days have passed beyond the window. */
  remainingWorkingDays: number;
};

/**
 * The state of a window at `at` (now, or the time the step was completed): BREACHED once `at` is after the
 * deadline, else PAUSED while waiting for the reporter, else WARNING from the warning time on, else ON_TRACK.
 * Pauses that begin after `at` are ignored and a pause still running at `at` counts as unfinished, so the answer
 * is the one that was true at that instant. Breach is decided on instants, not on counted days.
 * An Invalid Date anywhere (start, pause, `at`) throws a RangeError naming it, like every SLA function here.
 */
export function getSlaStatus(
  clock: SlaClock,
  at: Date,
  calendar: WorkCalendar,
  options: { warningFraction?: number } = {},
): SlaStatus {
  const atTime = assertValidInstant(at, 'Waktu evaluasi');
  const pauses = (clock.pauses ?? [])
    // Checked before filtering: an Invalid Date compares false with everything and would silently drop the pause.
    .filter((pause) => assertValidInstant(pause.from, 'Awal penundaan') <= atTime)
    .map((pause) => ({
      from: pause.from,
      to: pause.to === null || pause.to.getTime() > atTime ? null : pause.to,
    }));
  const asOf: SlaClock = { start: clock.start, days: clock.days, pauses };
  const deadline = computeSlaDeadline(asOf, calendar);
  const warningAt = computeSlaWarningAt(asOf, calendar, options);
  // Stryker disable next-line EqualityOperator: at the start itself the count is 0 either way
  const elapsedWorkingDays = atTime < clock.start.getTime() ? 0 : countElapsedWorkingDays(asOf, at, calendar);
  const isPaused = pauses.some((pause) => pause.to === null);
  // No warning time (only while paused before the deadline) means never warned.
  const warningTime = warningAt?.getTime() ?? Number.POSITIVE_INFINITY;
  let state: SlaState = 'ON_TRACK';
  if (deadline !== null && atTime > deadline.getTime()) state = 'BREACHED';
  else if (isPaused) state = 'PAUSED';
  else if (atTime >= warningTime) state = 'WARNING';
  return {
    state,
    deadline,
    warningAt,
    elapsedWorkingDays,
    remainingWorkingDays: clock.days - elapsedWorkingDays,
  };
}

/**
 * When a breached step escalates (complaints.md [decision]): to the assignee's direct superior at once — the first
 * millisecond after the deadline — and to the head of office (Camat) when 2 more working days have passed without
 * resolution (the end of the 2nd working day after the deadline, plus one millisecond).
 */
export function getEscalationTimes(
  deadline: Date,
  calendar: WorkCalendar,
  policy: Pick<
    ComplaintSlaPolicy,
    'escalateToSuperiorAfterDays' | 'escalateToHeadOfOfficeAfterDays'
  > = DEFAULT_COMPLAINT_SLA_POLICY,
): { toSuperiorAt: Date; toHeadOfOfficeAt: Date } {
  const after = (days: number): Date => new Date(addWorkingDays(deadline, days, calendar).getTime() + 1);
  return {
    toSuperiorAt: after(policy.escalateToSuperiorAfterDays),
    toHeadOfOfficeAt: after(policy.escalateToHeadOfOfficeAfterDays),
  };
}

/**
 * The first instant a resolved complaint may be closed automatically: when `autoCloseAfterDays` (default 10,
 * SP4N-LAPOR!) working days have passed after the resolution **without a reply from the reporter**. A reply is a
 * message (or file) from the reporter after the resolution: it restarts the window, which then counts from the
 * reporter's latest reply (complaints.md: "closed when a follow-up is posted and 10 hari kerja pass without a reply
 * from the reporter" — the silence that closes a complaint is the silence after the last reply; a restart rather
 * than a suspension, because a suspended window would keep the complaint open forever after any one reply).
 * Replies before the resolution do not count.
 */
export function getAutoCloseAt(
  resolvedAt: Date,
  calendar: WorkCalendar,
  policy: Pick<ComplaintSlaPolicy, 'autoCloseAfterDays'> = DEFAULT_COMPLAINT_SLA_POLICY,
  lastReporterReplyAt: Date | null = null,
): Date {
  const resolved = assertValidInstant(resolvedAt, 'Waktu penyelesaian');
  const reply =
    lastReporterReplyAt === null ? null : assertValidInstant(lastReporterReplyAt, 'Waktu tanggapan pelapor');
  const from = new Date(Math.max(resolved, reply ?? resolved)); // the later of resolution and reply
  return new Date(addWorkingDays(from, policy.autoCloseAfterDays, calendar).getTime() + 1);
}

/**
 * The last instant the reporter may reopen a resolved complaint: the end of the `reopenWithinDays`th working day
 * after the resolution (default 10, a [decision] in complaints.md).
 */
export function getReopenDeadline(
  resolvedAt: Date,
  calendar: WorkCalendar,
  policy: Pick<ComplaintSlaPolicy, 'reopenWithinDays'> = DEFAULT_COMPLAINT_SLA_POLICY,
): Date {
  return addWorkingDays(resolvedAt, policy.reopenWithinDays, calendar);
}
