import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COMPLAINT_SLA_POLICY,
  computeSlaDeadline,
  computeSlaWarningAt,
  countElapsedWorkingDays,
  getAutoCloseAt,
  getEscalationTimes,
  getReopenDeadline,
  getSlaStatus,
  measureSlaDuration,
  validateComplaintSlaPolicy,
} from './complaint-sla';
import type { ComplaintSlaPolicy, SlaPause, SlaState } from './complaint-sla';
import { addWorkingDays, workCalendarFromJson } from './working-days';
import type { WorkCalendar } from './working-days';

const CALENDAR_2026 = workCalendarFromJson(
  JSON.parse(readFileSync(new URL('./__fixtures__/holidays-2026.json', import.meta.url), 'utf8')),
);
// 8–19 June 2026 has no holiday: Monday 8 June is a plain working day.
const NO_HOLIDAYS: WorkCalendar = { holidays: [] };

const wib = (local: string): Date => new Date(`${local}+07:00`);
const pause = (from: string, to: string | null): SlaPause => ({
  from: wib(from),
  to: to === null ? null : wib(to),
});

describe('DEFAULT_COMPLAINT_SLA_POLICY', () => {
  it('holds the defaults of complaints.md', () => {
    expect(DEFAULT_COMPLAINT_SLA_POLICY).toEqual({
      verificationDays: 3,
      firstResponseDays: 5,
      resolutionDays: { RINGAN: 2, NORMATIF: 5, KOMPLEKS: 14, PEMERIKSAAN: 60 },
      autoCloseAfterDays: 10,
      reopenWithinDays: 10,
      warningFraction: 0.75,
      escalateToSuperiorAfterDays: 0,
      escalateToHeadOfOfficeAfterDays: 2,
    });
  });
});

describe('validateComplaintSlaPolicy', () => {
  const withChanges = (changes: Partial<ComplaintSlaPolicy>): ComplaintSlaPolicy => ({
    ...DEFAULT_COMPLAINT_SLA_POLICY,
    resolutionDays: { ...DEFAULT_COMPLAINT_SLA_POLICY.resolutionDays },
    ...changes,
  });

  it('accepts the defaults', () => {
    expect(validateComplaintSlaPolicy(withChanges({}))).toEqual([]);
  });

  it.each<[string, Partial<ComplaintSlaPolicy>, string]>([
    ['a negative window', { verificationDays: -1 }, 'Batas verifikasi harus bilangan bulat'],
    ['a fractional window', { autoCloseAfterDays: 2.5 }, 'Batas penutupan otomatis harus bilangan bulat'],
    [
      'a resolution window above the 60-day cap',
      { resolutionDays: { RINGAN: 2, NORMATIF: 5, KOMPLEKS: 14, PEMERIKSAAN: 61 } },
      'tidak boleh lebih dari 60 hari kerja',
    ],
    ['a warning fraction of 0', { warningFraction: 0 }, 'Ambang peringatan'],
    ['a warning fraction above 1', { warningFraction: 1.2 }, 'Ambang peringatan'],
  ])('reports %s', (_name, changes, message) => {
    const problems = validateComplaintSlaPolicy(withChanges(changes));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('uses a configured cap', () => {
    expect(validateComplaintSlaPolicy(withChanges({}), { maxResolutionDays: 30 })).toHaveLength(1);
  });
});

describe('computeSlaDeadline', () => {
  it.each([0, 1, 3, 5, 14, 60])('equals addWorkingDays without pauses (%i HK)', (days) => {
    const start = wib('2026-03-17T10:00:00');
    expect(computeSlaDeadline({ start, days }, CALENDAR_2026)).toEqual(
      addWorkingDays(start, days, CALENDAR_2026),
    );
  });

  // Start Monday 8 June 10:00 WIB, 5 HK: without pauses the deadline is Monday 15 June 23:59:59.999.
  it.each<[string, SlaPause[], string | null]>([
    [
      'keeps the deadline for a pause within one day',
      [pause('2026-06-08T11:00:00', '2026-06-08T15:00:00')],
      '2026-06-15',
    ],
    [
      'adds one working day for a pause from Wednesday to Thursday',
      [pause('2026-06-10T10:00:00', '2026-06-11T09:00:00')],
      '2026-06-16',
    ],
    [
      'counts a reply on Saturday as arriving on Monday',
      [pause('2026-06-12T16:00:00', '2026-06-13T10:00:00')],
      '2026-06-16',
    ],
    [
      'does not spend Monday for a pause that begins on Saturday',
      [pause('2026-06-13T10:00:00', '2026-06-15T08:00:00')],
      '2026-06-16',
    ],
    [
      'gives the rest of the resume day when the pause began on the deadline day',
      [pause('2026-06-15T10:00:00', '2026-06-16T10:00:00')],
      '2026-06-16',
    ],
    [
      'adds up several pauses',
      [
        pause('2026-06-09T10:00:00', '2026-06-10T10:00:00'),
        pause('2026-06-11T10:00:00', '2026-06-15T09:00:00'),
      ],
      '2026-06-18',
    ],
    [
      'accepts pauses in any order',
      [
        pause('2026-06-11T10:00:00', '2026-06-15T09:00:00'),
        pause('2026-06-09T10:00:00', '2026-06-10T10:00:00'),
      ],
      '2026-06-18',
    ],
    [
      'ignores a pause that begins after the deadline',
      [pause('2026-06-16T09:00:00', '2026-06-17T09:00:00')],
      '2026-06-15',
    ],
    ['keeps a reached deadline during an open pause', [pause('2026-06-16T09:00:00', null)], '2026-06-15'],
    ['has no deadline while an open pause stopped the clock', [pause('2026-06-10T10:00:00', null)], null],
  ])('%s', (_name, pauses, expectedDay) => {
    const deadline = computeSlaDeadline({ start: wib('2026-06-08T10:00:00'), days: 5, pauses }, NO_HOLIDAYS);
    expect(deadline).toEqual(expectedDay === null ? null : wib(`${expectedDay}T23:59:59.999`));
  });

  it.each<[string, SlaPause[]]>([
    ['begins before the start', [pause('2026-06-08T09:00:00', '2026-06-08T12:00:00')]],
    ['ends before it begins', [pause('2026-06-09T12:00:00', '2026-06-09T10:00:00')]],
    [
      'overlaps another',
      [
        pause('2026-06-09T10:00:00', '2026-06-10T10:00:00'),
        pause('2026-06-10T09:00:00', '2026-06-11T10:00:00'),
      ],
    ],
    [
      'is open but not the last',
      [pause('2026-06-09T10:00:00', null), pause('2026-06-10T09:00:00', '2026-06-11T10:00:00')],
    ],
  ])('throws a RangeError for a pause that %s', (_name, pauses) => {
    expect(() =>
      computeSlaDeadline({ start: wib('2026-06-08T10:00:00'), days: 5, pauses }, NO_HOLIDAYS),
    ).toThrow(RangeError);
  });

  it.each([-1, 2.5])('throws a RangeError for %s days', (days) => {
    expect(() => computeSlaDeadline({ start: wib('2026-06-08T10:00:00'), days }, NO_HOLIDAYS)).toThrow(
      RangeError,
    );
  });
});

describe('computeSlaWarningAt', () => {
  it.each<[string, string, number, WorkCalendar, SlaPause[], number | undefined, string | null]>([
    [
      'the worked example at 75% of its 134 working hours',
      '2026-03-17T10:00:00',
      5,
      CALENDAR_2026,
      [],
      undefined,
      '2026-03-30T14:30:00',
    ],
    ['the worked example at 50%', '2026-03-17T10:00:00', 5, CALENDAR_2026, [], 0.5, '2026-03-27T05:00:00'],
    [
      'a 1-day window from midnight (36 of 48 hours)',
      '2026-06-08T00:00:00',
      1,
      NO_HOLIDAYS,
      [],
      undefined,
      '2026-06-09T12:00:00',
    ],
    [
      'a 0-day window from noon (9 of 12 hours)',
      '2026-06-08T12:00:00',
      0,
      NO_HOLIDAYS,
      [],
      undefined,
      '2026-06-08T21:00:00',
    ],
    [
      'a Saturday arrival, counted from Monday',
      '2026-06-06T10:00:00',
      1,
      NO_HOLIDAYS,
      [],
      undefined,
      '2026-06-09T12:00:00',
    ],
    [
      'a window with a 12-hour pause taken out (27 of 36 hours)',
      '2026-06-08T00:00:00',
      1,
      NO_HOLIDAYS,
      [pause('2026-06-08T06:00:00', '2026-06-08T18:00:00')],
      undefined,
      '2026-06-09T15:00:00',
    ],
    ['the deadline itself at 100%', '2026-06-08T00:00:00', 1, NO_HOLIDAYS, [], 1, '2026-06-09T23:59:59.999'],
    [
      'nothing while the clock is stopped',
      '2026-06-08T00:00:00',
      1,
      NO_HOLIDAYS,
      [pause('2026-06-08T06:00:00', null)],
      undefined,
      null,
    ],
  ])('warns for %s', (_name, start, days, calendar, pauses, warningFraction, expected) => {
    const options = warningFraction === undefined ? {} : { warningFraction };
    expect(computeSlaWarningAt({ start: wib(start), days, pauses }, calendar, options)).toEqual(
      expected === null ? null : wib(expected),
    );
  });

  it.each([0, -0.5, 1.5])('throws a RangeError for a warning fraction of %s', (warningFraction) => {
    expect(() =>
      computeSlaWarningAt({ start: wib('2026-06-08T00:00:00'), days: 1 }, NO_HOLIDAYS, { warningFraction }),
    ).toThrow(RangeError);
  });
});

describe('countElapsedWorkingDays', () => {
  it('counts exactly the window at a deadline extended by pauses', () => {
    const clock = {
      start: wib('2026-06-08T10:00:00'),
      days: 5,
      pauses: [
        pause('2026-06-09T10:00:00', '2026-06-10T10:00:00'),
        pause('2026-06-11T10:00:00', '2026-06-15T09:00:00'),
      ],
    };
    const deadline = computeSlaDeadline(clock, NO_HOLIDAYS);
    expect(deadline).not.toBeNull();
    expect(countElapsedWorkingDays(clock, deadline as Date, NO_HOLIDAYS)).toBe(5);
  });

  it('throws a RangeError for an end before the start', () => {
    expect(() =>
      countElapsedWorkingDays(
        { start: wib('2026-06-08T10:00:00'), days: 5 },
        wib('2026-06-08T09:00:00'),
        NO_HOLIDAYS,
      ),
    ).toThrow(RangeError);
  });
});

describe('measureSlaDuration', () => {
  it('reports working days without the pause, calendar hours and paused hours', () => {
    const clock = {
      start: wib('2026-06-08T10:00:00'),
      days: 5,
      pauses: [pause('2026-06-10T10:00:00', '2026-06-11T09:00:00')],
    };
    expect(measureSlaDuration(clock, wib('2026-06-12T16:00:00'), NO_HOLIDAYS)).toEqual({
      workingDays: 3,
      calendarHours: 102,
      pausedHours: 23,
    });
  });

  it('counts an open pause up to the end', () => {
    const clock = {
      start: wib('2026-06-08T10:00:00'),
      days: 5,
      pauses: [pause('2026-06-08T12:00:00', null)],
    };
    expect(measureSlaDuration(clock, wib('2026-06-08T18:00:00'), NO_HOLIDAYS)).toMatchObject({
      workingDays: 0,
      calendarHours: 8,
      pausedHours: 6,
    });
  });

  it('reports no paused time for a clock without pauses', () => {
    const clock = { start: wib('2026-06-08T10:00:00'), days: 5 };
    expect(measureSlaDuration(clock, wib('2026-06-09T16:00:00'), NO_HOLIDAYS)).toEqual({
      workingDays: 1,
      calendarHours: 30,
      pausedHours: 0,
    });
  });

  it('counts only the paused time inside the measured span', () => {
    const clock = {
      start: wib('2026-06-08T10:00:00'),
      days: 5,
      pauses: [
        pause('2026-06-09T10:00:00', '2026-06-09T14:00:00'),
        pause('2026-06-10T10:00:00', '2026-06-11T10:00:00'),
      ],
    };
    // Measured to 10 June 16:00: the first pause counts whole (4 h), the second only up to the end (6 h).
    expect(measureSlaDuration(clock, wib('2026-06-10T16:00:00'), NO_HOLIDAYS)).toEqual({
      workingDays: 2,
      calendarHours: 54,
      pausedHours: 10,
    });
    // Measured to 9 June 12:00: the second pause had not begun and adds nothing.
    expect(measureSlaDuration(clock, wib('2026-06-09T12:00:00'), NO_HOLIDAYS)).toEqual({
      workingDays: 1,
      calendarHours: 26,
      pausedHours: 2,
    });
  });
});

describe('getSlaStatus', () => {
  // Start Monday 8 June 10:00 WIB, 5 HK: deadline Monday 15 June 23:59:59.999, warning Friday 12 June 14:30.
  const start = wib('2026-06-08T10:00:00');

  it.each<[string, SlaPause[], string, SlaState, number, number]>([
    ['on track on day 1', [], '2026-06-09T12:00:00', 'ON_TRACK', 1, 4],
    ['on track just before the warning', [], '2026-06-12T14:29:59.999', 'ON_TRACK', 4, 1],
    ['warning from 75% of the window', [], '2026-06-12T14:30:00', 'WARNING', 4, 1],
    ['warning at the last millisecond', [], '2026-06-15T23:59:59.999', 'WARNING', 5, 0],
    ['breached one millisecond later', [], '2026-06-16T00:00:00', 'BREACHED', 6, -1],
    ['breached on the following Saturday', [], '2026-06-20T10:00:00', 'BREACHED', 9, -4],
    [
      'paused while waiting for the reporter',
      [pause('2026-06-10T10:00:00', null)],
      '2026-06-11T10:00:00',
      'PAUSED',
      2,
      3,
    ],
    [
      'paused at an instant inside a pause that later ended',
      [pause('2026-06-10T10:00:00', '2026-06-12T10:00:00')],
      '2026-06-11T10:00:00',
      'PAUSED',
      2,
      3,
    ],
    [
      'on track before a pause that had not begun yet',
      [pause('2026-06-10T10:00:00', '2026-06-11T10:00:00')],
      '2026-06-09T10:00:00',
      'ON_TRACK',
      1,
      4,
    ],
    [
      'breached when paused after the deadline',
      [pause('2026-06-16T10:00:00', null)],
      '2026-06-17T10:00:00',
      'BREACHED',
      6,
      -1,
    ],
  ])('is %s', (_name, pauses, at, state, elapsedWorkingDays, remainingWorkingDays) => {
    const status = getSlaStatus({ start, days: 5, pauses }, wib(at), NO_HOLIDAYS);
    expect(status).toMatchObject({ state, elapsedWorkingDays, remainingWorkingDays });
  });

  it('reports the deadline and warning time', () => {
    expect(getSlaStatus({ start, days: 5 }, wib('2026-06-09T12:00:00'), NO_HOLIDAYS)).toEqual({
      state: 'ON_TRACK',
      deadline: wib('2026-06-15T23:59:59.999'),
      warningAt: wib('2026-06-12T14:30:00'),
      elapsedWorkingDays: 1,
      remainingWorkingDays: 4,
    });
  });

  it('has no deadline while paused before it', () => {
    const status = getSlaStatus(
      { start, days: 5, pauses: [pause('2026-06-10T10:00:00', null)] },
      wib('2026-06-11T10:00:00'),
      NO_HOLIDAYS,
    );
    expect(status.deadline).toBeNull();
    expect(status.warningAt).toBeNull();
  });

  it('uses a configured warning fraction', () => {
    const status = getSlaStatus({ start, days: 5 }, wib('2026-06-11T10:00:00'), NO_HOLIDAYS, {
      warningFraction: 0.5,
    });
    expect(status.state).toBe('WARNING');
  });

  it('is on track with nothing elapsed before the start', () => {
    expect(getSlaStatus({ start, days: 5 }, wib('2026-06-08T09:00:00'), NO_HOLIDAYS)).toMatchObject({
      state: 'ON_TRACK',
      elapsedWorkingDays: 0,
    });
  });
});

describe('getEscalationTimes', () => {
  it.each<[string, WorkCalendar, string, string, string]>([
    [
      'a Friday deadline',
      NO_HOLIDAYS,
      '2026-06-12T23:59:59.999',
      '2026-06-13T00:00:00',
      '2026-06-17T00:00:00',
    ],
    [
      'a deadline before the Idul Fitri break',
      CALENDAR_2026,
      '2026-03-17T23:59:59.999',
      '2026-03-18T00:00:00',
      '2026-03-27T00:00:00',
    ],
  ])(
    'escalates %s to the superior at once and to the Camat after 2 more HK',
    (_name, calendar, deadline, superior, head) => {
      expect(getEscalationTimes(wib(deadline), calendar)).toEqual({
        toSuperiorAt: wib(superior),
        toHeadOfOfficeAt: wib(head),
      });
    },
  );

  it('uses a configured policy', () => {
    const times = getEscalationTimes(wib('2026-06-12T23:59:59.999'), NO_HOLIDAYS, {
      escalateToSuperiorAfterDays: 1,
      escalateToHeadOfOfficeAfterDays: 3,
    });
    expect(times).toEqual({
      toSuperiorAt: wib('2026-06-16T00:00:00'),
      toHeadOfOfficeAt: wib('2026-06-18T00:00:00'),
    });
  });
});

describe('getAutoCloseAt / getReopenDeadline', () => {
  it.each<[string, WorkCalendar, string, string, string]>([
    [
      'Monday 8 June 2026',
      NO_HOLIDAYS,
      '2026-06-08T10:00:00',
      '2026-06-23T00:00:00',
      '2026-06-22T23:59:59.999',
    ],
    [
      '17 March 2026 (Idul Fitri, Good Friday)',
      CALENDAR_2026,
      '2026-03-17T10:00:00',
      '2026-04-09T00:00:00',
      '2026-04-08T23:59:59.999',
    ],
  ])(
    'after a resolution on %s closes once 10 HK passed and allows reopening until then',
    (_name, calendar, resolved, close, reopen) => {
      expect(getAutoCloseAt(wib(resolved), calendar)).toEqual(wib(close));
      expect(getReopenDeadline(wib(resolved), calendar)).toEqual(wib(reopen));
    },
  );

  // Rule 8.2.6: a reply from the reporter after the resolution restarts the 10-working-day silence.
  it.each<[string, string, string | null, string]>([
    ['no reply', '2026-05-11T09:00:00', null, '2026-05-30T00:00:00'],
    // 10 HK after Tuesday 26 May: 29 May, 2–5, 8–12 June (27–28 May Idul Adha, 1 June Pancasila).
    ['a reply on 26 May', '2026-05-11T09:00:00', '2026-05-26T10:00:00', '2026-06-13T00:00:00'],
    ['a reply before the resolution', '2026-05-11T09:00:00', '2026-05-08T10:00:00', '2026-05-30T00:00:00'],
    [
      'a reply at the resolution instant',
      '2026-05-11T09:00:00',
      '2026-05-11T09:00:00',
      '2026-05-30T00:00:00',
    ],
    [
      'a reply one millisecond after it',
      '2026-05-11T09:00:00',
      '2026-05-11T09:00:00.001',
      '2026-05-30T00:00:00',
    ],
    // 13, 18–22, 25, 26, 29 May, 2 June.
    ['a reply on the next day', '2026-05-11T09:00:00', '2026-05-12T08:00:00', '2026-06-03T00:00:00'],
    // Saturday 30 May counts from Tuesday 2 June (the next working day): 3–5, 8–12, 15, 17 June (16 June 1 Muharam).
    ['a reply on a Saturday', '2026-05-11T09:00:00', '2026-05-30T10:00:00', '2026-06-18T00:00:00'],
    // 2–5, 8–12, 15 June.
    ['a reply on the last day', '2026-05-11T09:00:00', '2026-05-29T23:59:59.999', '2026-06-16T00:00:00'],
  ])('closes after %s (resolved %s, reply %s) at %s', (_name, resolved, reply, close) => {
    expect(
      getAutoCloseAt(wib(resolved), CALENDAR_2026, undefined, reply === null ? null : wib(reply)),
    ).toEqual(wib(close));
  });

  it('counts a reply with the configured window and refuses invalid instants', () => {
    expect(
      getAutoCloseAt(
        wib('2026-06-08T10:00:00'),
        NO_HOLIDAYS,
        { autoCloseAfterDays: 2 },
        wib('2026-06-09T10:00:00'),
      ),
    ).toEqual(wib('2026-06-12T00:00:00'));
    expect(() => getAutoCloseAt(new Date(Number.NaN), NO_HOLIDAYS)).toThrow(RangeError);
    expect(() =>
      getAutoCloseAt(wib('2026-06-08T10:00:00'), NO_HOLIDAYS, undefined, new Date(Number.NaN)),
    ).toThrow(RangeError);
  });

  it('uses configured windows', () => {
    expect(getAutoCloseAt(wib('2026-06-08T10:00:00'), NO_HOLIDAYS, { autoCloseAfterDays: 1 })).toEqual(
      wib('2026-06-10T00:00:00'),
    );
    expect(getReopenDeadline(wib('2026-06-08T10:00:00'), NO_HOLIDAYS, { reopenWithinDays: 2 })).toEqual(
      wib('2026-06-10T23:59:59.999'),
    );
  });
});

describe('pauses at the edges (complaints.md: the clock pauses while waiting for the reporter)', () => {
  // Start Monday 8 June 10:00 WIB, 5 HK, no holidays: without pauses the deadline is Monday 15 June 23:59:59.999.
  const start = wib('2026-06-08T10:00:00');

  it.each<[string, string, SlaState, string, number]>([
    // The reporter answered on Thursday 11 June 10:00: the clock runs again and has a deadline.
    ['the day after the answer', '2026-06-12T10:00:00', 'ON_TRACK', '2026-06-16', 3],
    ['the very instant the reporter answers', '2026-06-11T10:00:00', 'ON_TRACK', '2026-06-16', 2],
    ['the last day of the extended window', '2026-06-16T20:00:00', 'WARNING', '2026-06-16', 5],
    ['the first instant after the extended deadline', '2026-06-17T00:00:00', 'BREACHED', '2026-06-16', 6],
  ])('runs again after a pause has ended: %s', (_name, at, state, deadlineDay, elapsed) => {
    const clock = { start, days: 5, pauses: [pause('2026-06-10T10:00:00', '2026-06-11T10:00:00')] };
    expect(getSlaStatus(clock, wib(at), NO_HOLIDAYS)).toMatchObject({
      state,
      deadline: wib(`${deadlineDay}T23:59:59.999`),
      elapsedWorkingDays: elapsed,
      remainingWorkingDays: 5 - elapsed,
    });
  });

  it('is paused from the very instant the pause begins', () => {
    const clock = { start, days: 5, pauses: [pause('2026-06-10T10:00:00', '2026-06-11T10:00:00')] };
    expect(getSlaStatus(clock, wib('2026-06-10T10:00:00'), NO_HOLIDAYS)).toMatchObject({
      state: 'PAUSED',
      deadline: null,
      warningAt: null,
    });
  });

  it('accepts a pause that begins exactly at the start of the clock (information asked for at once)', () => {
    const clock = { start, days: 5, pauses: [pause('2026-06-08T10:00:00', '2026-06-09T10:00:00')] };
    // No working day was used before the pause; the answer on Tuesday is a new arrival, 5 HK from Tuesday.
    expect(computeSlaDeadline(clock, NO_HOLIDAYS)).toEqual(wib('2026-06-16T23:59:59.999'));
    expect(getSlaStatus(clock, wib('2026-06-08T10:00:00'), NO_HOLIDAYS).state).toBe('PAUSED');
    expect(countElapsedWorkingDays(clock, wib('2026-06-16T12:00:00'), NO_HOLIDAYS)).toBe(5);
  });

  it('extends the deadline when a pause begins at its very last millisecond (the deadline was not yet passed)', () => {
    const clock = { start, days: 5, pauses: [pause('2026-06-15T23:59:59.999', '2026-06-16T10:00:00')] };
    // The pause began on the deadline day, which counts as used: the rest of the resume day is left.
    expect(computeSlaDeadline(clock, NO_HOLIDAYS)).toEqual(wib('2026-06-16T23:59:59.999'));
  });

  it('keeps the deadline when a pause begins one millisecond after it', () => {
    const clock = { start, days: 5, pauses: [pause('2026-06-16T00:00:00', '2026-06-16T10:00:00')] };
    expect(computeSlaDeadline(clock, NO_HOLIDAYS)).toEqual(wib('2026-06-15T23:59:59.999'));
  });

  it('accepts a pause that begins exactly when the previous one ends', () => {
    const clock = {
      start,
      days: 5,
      pauses: [pause('2026-06-09T10:00:00', '2026-06-10T10:00:00'), pause('2026-06-10T10:00:00', null)],
    };
    expect(computeSlaDeadline(clock, NO_HOLIDAYS)).toBeNull();
  });

  it('has a deadline and no pause for a zero-length pause that already ended', () => {
    const clock = { start, days: 5, pauses: [pause('2026-06-09T10:00:00', '2026-06-09T10:00:00')] };
    expect(computeSlaDeadline(clock, NO_HOLIDAYS)).toEqual(wib('2026-06-15T23:59:59.999'));
  });
});

describe('Invalid Date inputs', () => {
  // Decision: an Invalid Date is a programming error (the API validates user input first), so every SLA function
  // throws a RangeError naming which time is broken, instead of returning a plausible but wrong deadline or state.
  const start = wib('2026-06-08T10:00:00');
  const invalid = new Date('not a date');
  const at = wib('2026-06-09T10:00:00');

  it.each<[string, () => unknown, string]>([
    [
      'computeSlaDeadline with an invalid start',
      () => computeSlaDeadline({ start: invalid, days: 5 }, NO_HOLIDAYS),
      'Waktu mulai',
    ],
    [
      'computeSlaDeadline with an invalid pause start',
      () => computeSlaDeadline({ start, days: 5, pauses: [{ from: invalid, to: null }] }, NO_HOLIDAYS),
      'Awal penundaan',
    ],
    [
      'computeSlaDeadline with an invalid pause end',
      () => computeSlaDeadline({ start, days: 5, pauses: [{ from: at, to: invalid }] }, NO_HOLIDAYS),
      'Akhir penundaan',
    ],
    [
      'getSlaStatus with an invalid instant',
      () => getSlaStatus({ start, days: 5 }, invalid, NO_HOLIDAYS),
      'Waktu evaluasi',
    ],
    [
      'getSlaStatus with an invalid start',
      () => getSlaStatus({ start: invalid, days: 5 }, at, NO_HOLIDAYS),
      'Waktu mulai',
    ],
    [
      'getSlaStatus with an invalid pause start',
      () => getSlaStatus({ start, days: 5, pauses: [{ from: invalid, to: null }] }, at, NO_HOLIDAYS),
      'Awal penundaan',
    ],
    [
      'getSlaStatus with an invalid pause end',
      () => getSlaStatus({ start, days: 5, pauses: [{ from: start, to: invalid }] }, at, NO_HOLIDAYS),
      'Akhir penundaan',
    ],
    [
      'computeSlaWarningAt with an invalid start',
      () => computeSlaWarningAt({ start: invalid, days: 5 }, NO_HOLIDAYS),
      'Waktu mulai',
    ],
    [
      'countElapsedWorkingDays with an invalid end',
      () => countElapsedWorkingDays({ start, days: 5 }, invalid, NO_HOLIDAYS),
      'Waktu akhir',
    ],
    [
      'countElapsedWorkingDays with an invalid start',
      () => countElapsedWorkingDays({ start: invalid, days: 5 }, at, NO_HOLIDAYS),
      'Waktu mulai',
    ],
    [
      'measureSlaDuration with an invalid end',
      () => measureSlaDuration({ start, days: 5 }, invalid, NO_HOLIDAYS),
      'Waktu akhir',
    ],
    [
      'measureSlaDuration with an invalid pause start',
      () => measureSlaDuration({ start, days: 5, pauses: [{ from: invalid, to: at }] }, at, NO_HOLIDAYS),
      'Awal penundaan',
    ],
    [
      'getEscalationTimes with an invalid deadline',
      () => getEscalationTimes(invalid, NO_HOLIDAYS),
      'Invalid Date',
    ],
    [
      'getAutoCloseAt with an invalid resolution time',
      () => getAutoCloseAt(invalid, NO_HOLIDAYS),
      'Waktu penyelesaian bukan waktu yang valid.',
    ],
    [
      "getAutoCloseAt with an invalid reporter's reply time",
      () => getAutoCloseAt(new Date('2026-05-11T03:00:00Z'), NO_HOLIDAYS, undefined, invalid),
      'Waktu tanggapan pelapor bukan waktu yang valid.',
    ],
    [
      'getReopenDeadline with an invalid resolution time',
      () => getReopenDeadline(invalid, NO_HOLIDAYS),
      'Invalid Date',
    ],
  ])('throws a RangeError for %s', (_name, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});

describe('messages (Bahasa Indonesia, naming what is wrong)', () => {
  const start = wib('2026-06-08T10:00:00');

  it('lists every problem of a policy, each naming the window', () => {
    const policy: ComplaintSlaPolicy = {
      verificationDays: -1,
      firstResponseDays: 1.5,
      resolutionDays: { RINGAN: -2, NORMATIF: 5, KOMPLEKS: 61, PEMERIKSAAN: Number.NaN },
      autoCloseAfterDays: -1,
      reopenWithinDays: -1,
      warningFraction: Number.NaN,
      escalateToSuperiorAfterDays: -1,
      escalateToHeadOfOfficeAfterDays: 0.5,
    };
    expect(validateComplaintSlaPolicy(policy)).toEqual([
      'Batas verifikasi harus bilangan bulat hari kerja yang tidak negatif.',
      'Batas tindak lanjut pertama harus bilangan bulat hari kerja yang tidak negatif.',
      'Batas penutupan otomatis harus bilangan bulat hari kerja yang tidak negatif.',
      'Batas pembukaan kembali harus bilangan bulat hari kerja yang tidak negatif.',
      'Eskalasi ke atasan langsung harus bilangan bulat hari kerja yang tidak negatif.',
      'Eskalasi ke pimpinan kantor harus bilangan bulat hari kerja yang tidak negatif.',
      'Batas penyelesaian Ringan harus bilangan bulat hari kerja yang tidak negatif.',
      'Batas penyelesaian Kompleks tidak boleh lebih dari 60 hari kerja.',
      'Batas penyelesaian Perlu Pemeriksaan harus bilangan bulat hari kerja yang tidak negatif.',
      'Ambang peringatan harus lebih dari 0 dan paling banyak 1 (100%).',
    ]);
  });

  it.each<[string, Partial<ComplaintSlaPolicy>, number]>([
    [
      'a resolution window exactly at the cap',
      { resolutionDays: { RINGAN: 2, NORMATIF: 5, KOMPLEKS: 14, PEMERIKSAAN: 60 } },
      0,
    ],
    ['windows of 0 working days (act at once)', { verificationDays: 0, escalateToSuperiorAfterDays: 0 }, 0],
    ['a warning fraction of exactly 1', { warningFraction: 1 }, 0],
    ['a warning fraction just above 0', { warningFraction: 0.01 }, 0],
  ])('accepts %s', (_name, changes, problems) => {
    expect(validateComplaintSlaPolicy({ ...DEFAULT_COMPLAINT_SLA_POLICY, ...changes })).toHaveLength(
      problems,
    );
  });

  it('names a configured cap', () => {
    expect(validateComplaintSlaPolicy(DEFAULT_COMPLAINT_SLA_POLICY, { maxResolutionDays: 30 })).toEqual([
      'Batas penyelesaian Perlu Pemeriksaan tidak boleh lebih dari 30 hari kerja.',
    ]);
  });

  it.each<[string, () => unknown, string]>([
    [
      'a negative window',
      () => computeSlaDeadline({ start, days: -1 }, NO_HOLIDAYS),
      'Jumlah hari kerja harus bilangan bulat tidak negatif, bukan -1.',
    ],
    [
      'an open pause that is not the last',
      () =>
        computeSlaDeadline(
          {
            start,
            days: 5,
            pauses: [pause('2026-06-09T10:00:00', null), pause('2026-06-10T10:00:00', '2026-06-11T10:00:00')],
          },
          NO_HOLIDAYS,
        ),
      'Hanya penundaan terakhir yang boleh belum berakhir.',
    ],
    [
      'a pause before the start',
      () =>
        computeSlaDeadline(
          { start, days: 5, pauses: [pause('2026-06-08T09:59:59.999', '2026-06-09T10:00:00')] },
          NO_HOLIDAYS,
        ),
      'Penundaan tidak boleh dimulai sebelum waktu mulai atau tumpang-tindih.',
    ],
    [
      'a pause that ends before it begins',
      () =>
        computeSlaDeadline(
          { start, days: 5, pauses: [pause('2026-06-09T10:00:00', '2026-06-09T09:59:59.999')] },
          NO_HOLIDAYS,
        ),
      'Akhir penundaan tidak boleh sebelum awalnya.',
    ],
    [
      'a warning fraction above 1',
      () => computeSlaWarningAt({ start, days: 5 }, NO_HOLIDAYS, { warningFraction: 1.01 }),
      'Ambang peringatan harus lebih dari 0 dan paling banyak 1.',
    ],
    [
      'an end before the start',
      () => countElapsedWorkingDays({ start, days: 5 }, wib('2026-06-08T09:59:59.999'), NO_HOLIDAYS),
      'Waktu akhir tidak boleh sebelum waktu mulai.',
    ],
    [
      'an invalid instant',
      () => getSlaStatus({ start, days: 5 }, new Date(Number.NaN), NO_HOLIDAYS),
      'Waktu evaluasi bukan waktu yang valid.',
    ],
  ])('throws a RangeError for %s', (_name, call, message) => {
    expect(call).toThrow(new RangeError(message));
  });

  it('warns at the first instant the fraction has run, even when that instant begins a holiday', () => {
    // Monday 8 June 00:00, 4 HK with Wednesday 10 June a holiday: Tue, Thu, Fri, Mon 15 → 5 working days of
    // window (Monday 8 included, as working time). 40% = 48 h have run at the end of Tuesday 9 June.
    const calendar: WorkCalendar = { holidays: ['2026-06-10'] };
    expect(
      computeSlaWarningAt({ start: wib('2026-06-08T00:00:00'), days: 4 }, calendar, { warningFraction: 0.4 }),
    ).toEqual(wib('2026-06-10T00:00:00'));
  });

  it('accepts a warning fraction of exactly 1: the warning is the deadline itself', () => {
    expect(computeSlaWarningAt({ start, days: 5 }, NO_HOLIDAYS, { warningFraction: 1 })).toEqual(
      wib('2026-06-15T23:59:59.999'),
    );
  });
});
