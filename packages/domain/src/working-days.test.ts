import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  compileWorkCalendar,
  getDeadlineCountdown,
  holidaysFromJson,
  isWorkingDay,
  prepareWorkCalendar,
  workCalendarFromJson,
  workingDaysBetween,
} from './working-days';
import type { WorkCalendar } from './working-days';

// A verbatim copy of the administrator's 2026 file (SKB 3 Menteri), read only here: the rules never do I/O.
const HOLIDAYS_2026: unknown = JSON.parse(
  readFileSync(new URL('./__fixtures__/holidays-2026.json', import.meta.url), 'utf8'),
);
const CALENDAR_2026 = workCalendarFromJson(HOLIDAYS_2026);
const NO_HOLIDAYS: WorkCalendar = { holidays: [] };

const wib = (local: string): Date => new Date(`${local}+07:00`);

describe('addWorkingDays', () => {
  it('gives the worked example of complaints.md: 17 March 2026 10:00 WIB + 5 HK → 31 March 23:59:59 WIB', () => {
    expect(addWorkingDays(wib('2026-03-17T10:00:00'), 5, CALENDAR_2026)).toEqual(
      wib('2026-03-31T23:59:59.999'),
    );
  });

  it.each([
    ['the end of the start day for 0 days', '2026-03-17T10:00:00', 0, '2026-03-17T23:59:59.999'],
    [
      'the first working day after the Nyepi and Idul Fitri break',
      '2026-03-17T10:00:00',
      1,
      '2026-03-25T23:59:59.999',
    ],
    ['14 HK across Good Friday (3 April)', '2026-03-17T10:00:00', 14, '2026-04-14T23:59:59.999'],
    ['3 HK across Isra Mikraj (16 January)', '2026-01-15T09:00:00', 3, '2026-01-21T23:59:59.999'],
    ['3 HK across Kenaikan and its cuti bersama', '2026-05-13T15:00:00', 3, '2026-05-20T23:59:59.999'],
    ['2 HK across Christmas cuti bersama', '2026-12-23T09:00:00', 2, '2026-12-29T23:59:59.999'],
    ['60 HK (the Perpres 76/2013 cap)', '2026-01-02T08:00:00', 60, '2026-04-09T23:59:59.999'],
    ['a start on Saturday counted from Monday', '2026-03-14T10:00:00', 1, '2026-03-17T23:59:59.999'],
    [
      'a start on Saturday with 0 days as the end of Monday',
      '2026-03-14T10:00:00',
      0,
      '2026-03-16T23:59:59.999',
    ],
    [
      'a start on a holiday (Nyepi) counted from the next working day',
      '2026-03-19T08:00:00',
      1,
      '2026-03-26T23:59:59.999',
    ],
    ['a start late on Friday', '2026-03-27T23:59:00', 1, '2026-03-30T23:59:59.999'],
  ])('gives %s', (_name, start, days, expected) => {
    expect(addWorkingDays(wib(start), days, CALENDAR_2026)).toEqual(wib(expected));
  });

  it('uses the WIB day, not the UTC day: 16 March 17:30 UTC is already Tuesday 17 March in WIB', () => {
    expect(addWorkingDays(new Date('2026-03-16T17:30:00Z'), 1, CALENDAR_2026)).toEqual(
      wib('2026-03-25T23:59:59.999'),
    );
  });

  it('returns an instant that is 16:59:59.999 UTC', () => {
    expect(addWorkingDays(wib('2026-03-17T10:00:00'), 5, CALENDAR_2026).toISOString()).toBe(
      '2026-03-31T16:59:59.999Z',
    );
  });

  it.each([
    ['Saturday and Sunday by default', NO_HOLIDAYS, '2026-06-12T10:00:00', 1, '2026-06-15T23:59:59.999'],
    [
      'a Friday-only weekend',
      { holidays: [], weekendDays: [5] },
      '2026-06-11T10:00:00',
      1,
      '2026-06-13T23:59:59.999',
    ],
    ['no weekend', { holidays: [], weekendDays: [] }, '2026-06-12T10:00:00', 1, '2026-06-13T23:59:59.999'],
  ])('skips %s', (_name, calendar, start, days, expected) => {
    expect(addWorkingDays(wib(start), days, calendar)).toEqual(wib(expected));
  });

  it.each([-1, 1.5, Number.NaN])('throws a RangeError for %s days', (days) => {
    expect(() => addWorkingDays(wib('2026-03-17T10:00:00'), days, NO_HOLIDAYS)).toThrow(RangeError);
  });

  it('throws a RangeError for an invalid start', () => {
    expect(() => addWorkingDays(new Date('nope'), 1, NO_HOLIDAYS)).toThrow(RangeError);
  });

  it.each<[string, WorkCalendar]>([
    ['an impossible holiday date', { holidays: ['2026-02-30'] }],
    ['a holiday in another format', { holidays: ['17/08/2026'] }],
    ['a weekend day outside 0–6', { holidays: [], weekendDays: [7] }],
    ['a week without working days', { holidays: [], weekendDays: [0, 1, 2, 3, 4, 5, 6] }],
  ])('throws a RangeError for a calendar with %s', (_name, calendar) => {
    expect(() => addWorkingDays(wib('2026-03-17T10:00:00'), 1, calendar)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['the worked example window', '2026-03-17T10:00:00', '2026-03-31T23:59:59.999', 5],
    ['the same day', '2026-03-17T10:00:00', '2026-03-17T16:00:00', 0],
    ['a span of holidays only', '2026-03-17T10:00:00', '2026-03-24T12:00:00', 0],
    ['the first working day after the break', '2026-03-17T10:00:00', '2026-03-25T08:00:00', 1],
    [
      'a Saturday start to Tuesday (Monday is the start day)',
      '2026-03-14T10:00:00',
      '2026-03-17T09:00:00',
      1,
    ],
    ['a Saturday start to Monday', '2026-03-14T10:00:00', '2026-03-16T15:00:00', 0],
    ['an end before the start, negated', '2026-03-31T12:00:00', '2026-03-17T10:00:00', -5],
  ])('counts %s', (_name, start, end, expected) => {
    expect(workingDaysBetween(wib(start), wib(end), CALENDAR_2026)).toBe(expected);
  });

  it.each([
    ['a working day', '2026-03-17T10:00:00'],
    ['a Saturday', '2026-03-14T10:00:00'],
    ['a holiday', '2026-03-19T08:00:00'],
    ['the last millisecond of a day', '2026-03-17T23:59:59.999'],
  ])('counts 0 working days from an instant to itself (%s)', (_name, instant) => {
    expect(workingDaysBetween(wib(instant), wib(instant), CALENDAR_2026)).toBe(0);
  });

  it.each([
    ['2026-03-17T10:00:00'],
    ['2026-03-14T10:00:00'],
    ['2026-12-23T23:59:59'],
    ['2026-01-01T00:00:00'],
  ])('undoes addWorkingDays for 0–40 days from %s', (start) => {
    for (let days = 0; days <= 40; days += 1) {
      const deadline = addWorkingDays(wib(start), days, CALENDAR_2026);
      expect(workingDaysBetween(wib(start), deadline, CALENDAR_2026)).toBe(days);
    }
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-03-17T10:00:00', true],
    ['2026-03-18T10:00:00', false],
    ['2026-03-19T10:00:00', false],
    ['2026-03-21T10:00:00', false],
    ['2026-03-25T10:00:00', true],
    ['2026-08-17T10:00:00', false],
  ])('says %s WIB is a working day: %s', (instant, expected) => {
    expect(isWorkingDay(wib(instant), CALENDAR_2026)).toBe(expected);
  });
});

describe('compileWorkCalendar', () => {
  it('counts working days between day numbers without including the first', () => {
    const compiled = compileWorkCalendar(NO_HOLIDAYS);
    const monday = Math.floor(Date.UTC(2026, 5, 8) / 86_400_000);
    expect(compiled.countWorkingDays(monday, monday + 6)).toBe(4);
    expect(compiled.countWorkingDays(monday, monday)).toBe(0);
    expect(compiled.getNthWorkingDayAfter(monday, 5)).toBe(monday + 7);
  });
});

describe('holidaysFromJson', () => {
  it('reads the 25 holiday and cuti bersama dates of the 2026 file in order', () => {
    const holidays = holidaysFromJson(HOLIDAYS_2026);
    expect(holidays).toHaveLength(25);
    expect(holidays[0]).toBe('2026-01-01');
    expect(holidays.at(-1)).toBe('2026-12-25');
    expect(holidays).toEqual([...holidays].sort());
    expect(holidays).toEqual(
      expect.arrayContaining(['2026-03-18', '2026-03-24', '2026-05-15', '2026-12-24']),
    );
  });

  it('leaves out the 8 cuti bersama days when asked', () => {
    const holidays = holidaysFromJson(HOLIDAYS_2026, { includeCutiBersama: false });
    expect(holidays).toHaveLength(17);
    expect(holidays).not.toContain('2026-03-18');
    const calendar: WorkCalendar = { holidays };
    expect(addWorkingDays(wib('2026-03-17T10:00:00'), 5, calendar)).toEqual(wib('2026-03-25T23:59:59.999'));
  });

  it('removes duplicate dates', () => {
    const json = { holidays: [2, 1, 2].map((day) => ({ date: `2026-01-0${day}`, kind: 'x', name: 'x' })) };
    expect(holidaysFromJson(json)).toEqual(['2026-01-01', '2026-01-02']);
  });

  it.each<[string, unknown]>([
    ['no holidays list', {}],
    ['a list instead of an object', []],
    ['another time zone', { timeZone: 'Asia/Makassar', holidays: [] }],
    ['an impossible date', { holidays: [{ date: '2026-02-30', kind: 'libur_nasional', name: 'x' }] }],
    ['a missing date', { holidays: [{ kind: 'libur_nasional', name: 'x' }] }],
  ])('throws a RangeError for a file with %s', (_name, json) => {
    expect(() => holidaysFromJson(json)).toThrow(RangeError);
  });
});

describe('workCalendarFromJson', () => {
  it('takes Saturday and Sunday from the 2026 file', () => {
    expect(CALENDAR_2026.weekendDays).toEqual([0, 6]);
  });

  it.each<[string, unknown, number[]]>([
    ['no weekend names', { holidays: [] }, [0, 6]],
    ['Indonesian names', { holidays: [], weekend: ['Jumat', 'Sabtu'] }, [5, 6]],
    ['mixed case', { holidays: [], weekend: ['SUNDAY'] }, [0]],
  ])('reads a file with %s', (_name, json, weekendDays) => {
    expect(workCalendarFromJson(json).weekendDays).toEqual(weekendDays);
  });

  it('throws a RangeError for an unknown weekend day name', () => {
    expect(() => workCalendarFromJson({ holidays: [], weekend: ['Funday'] })).toThrow(RangeError);
  });
});

describe('messages (Bahasa Indonesia, naming what is wrong)', () => {
  it.each<[string, () => unknown, string]>([
    [
      'a weekend day outside 0–6',
      () => compileWorkCalendar({ holidays: [], weekendDays: [7] }),
      'Hari akhir pekan harus bilangan 0 (Minggu) sampai 6 (Sabtu), bukan 7.',
    ],
    [
      'a negative weekend day',
      () => compileWorkCalendar({ holidays: [], weekendDays: [-1] }),
      'Hari akhir pekan harus bilangan 0 (Minggu) sampai 6 (Sabtu), bukan -1.',
    ],
    [
      'a fractional weekend day',
      () => compileWorkCalendar({ holidays: [], weekendDays: [5.5] }),
      'Hari akhir pekan harus bilangan 0 (Minggu) sampai 6 (Sabtu), bukan 5.5.',
    ],
    [
      'a week without working days',
      () => compileWorkCalendar({ holidays: [], weekendDays: [0, 1, 2, 3, 4, 5, 6] }),
      'Kalender kerja harus memiliki sedikitnya satu hari kerja dalam sepekan.',
    ],
    [
      'an impossible holiday',
      () => compileWorkCalendar({ holidays: ['2026-02-30'] }),
      'Tanggal libur tidak valid: "2026-02-30" (format YYYY-MM-DD).',
    ],
    [
      'a holiday that only looks like a date when printed',
      () => compileWorkCalendar({ holidays: [{ toString: () => '2026-01-01' } as unknown as string] }),
      'Tanggal libur tidak valid: "2026-01-01" (format YYYY-MM-DD).',
    ],
    [
      'a holiday entry whose date only looks like a date when printed',
      () => holidaysFromJson({ holidays: [{ date: { toString: () => '2026-01-01' } }] }),
      'Entri libur ke-1 tidak memiliki tanggal YYYY-MM-DD yang valid.',
    ],
    [
      'a holiday that is not text',
      () => compileWorkCalendar({ holidays: [20260101 as unknown as string] }),
      'Tanggal libur tidak valid: "20260101" (format YYYY-MM-DD).',
    ],
    [
      'a negative number of days',
      () => addWorkingDays(wib('2026-03-17T10:00:00'), -1, NO_HOLIDAYS),
      'Jumlah hari kerja harus bilangan bulat tidak negatif, bukan -1.',
    ],
    [
      'a file without a holidays list',
      () => holidaysFromJson({}),
      'Berkas kalender libur harus berupa objek dengan daftar "holidays".',
    ],
    [
      'null instead of a file',
      () => holidaysFromJson(null),
      'Berkas kalender libur harus berupa objek dengan daftar "holidays".',
    ],
    [
      'a file in another time zone',
      () => holidaysFromJson({ timeZone: 'Asia/Makassar', holidays: [] }),
      'Kalender libur harus berzona waktu Asia/Jakarta (WIB), bukan "Asia/Makassar".',
    ],
    [
      'the second entry without a valid date',
      () => holidaysFromJson({ holidays: [{ date: '2026-01-01', kind: 'x' }, { date: '2026-13-01' }] }),
      'Entri libur ke-2 tidak memiliki tanggal YYYY-MM-DD yang valid.',
    ],
    [
      'an empty entry',
      () => holidaysFromJson({ holidays: [null] }),
      'Entri libur ke-1 tidak memiliki tanggal YYYY-MM-DD yang valid.',
    ],
    [
      'an entry that is not an object',
      () => holidaysFromJson({ holidays: ['2026-01-01'] }),
      'Entri libur ke-1 tidak memiliki tanggal YYYY-MM-DD yang valid.',
    ],
    [
      'an unknown weekend name',
      () => workCalendarFromJson({ holidays: [], weekend: ['Funday'] }),
      'Nama hari akhir pekan tidak dikenal: "Funday".',
    ],
    [
      'a weekend name that is not text',
      () => workCalendarFromJson({ holidays: [], weekend: [6] }),
      'Nama hari akhir pekan tidak dikenal: "6".',
    ],
  ])('throws a RangeError for %s', (_name, call, message) => {
    expect(call).toThrow(new RangeError(message));
  });
});

describe('holiday files', () => {
  it('accepts a file that says Asia/Jakarta and one that names no time zone', () => {
    expect(holidaysFromJson({ timeZone: 'Asia/Jakarta', holidays: [{ date: '2026-01-01' }] })).toEqual([
      '2026-01-01',
    ]);
    expect(holidaysFromJson({ holidays: [{ date: '2026-01-01', kind: 'libur_nasional' }] })).toEqual([
      '2026-01-01',
    ]);
  });

  it('counts an entry without a kind as a holiday even when cuti bersama is left out', () => {
    const json = {
      holidays: [
        { date: '2026-01-02' },
        { date: '2026-01-01', kind: 'cuti_bersama' },
        { date: '2026-01-03', kind: 7 },
      ],
    };
    expect(holidaysFromJson(json, { includeCutiBersama: false })).toEqual(['2026-01-02', '2026-01-03']);
    expect(holidaysFromJson(json)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
  });

  it('reads every weekday name in English and Indonesian, with stray spaces', () => {
    const names = [
      ['sunday', 'minggu'],
      ['monday', 'senin'],
      ['tuesday', 'selasa'],
      ['wednesday', 'rabu'],
      ['thursday', 'kamis'],
      ['friday', 'jumat'],
      ['saturday', 'sabtu'],
    ];
    names.forEach((pair, weekday) => {
      for (const name of pair) {
        expect(workCalendarFromJson({ holidays: [], weekend: [` ${name} `] }).weekendDays).toEqual([weekday]);
      }
    });
  });

  it('sorts weekend days by number and removes duplicates', () => {
    expect(
      workCalendarFromJson({ holidays: [], weekend: ['Sunday', 'Saturday', 'Minggu', 'Friday'] }).weekendDays,
    ).toEqual([0, 5, 6]);
  });

  it('treats a weekend that is not a list as no weekend names', () => {
    expect(workCalendarFromJson({ holidays: [], weekend: 'Sabtu' }).weekendDays).toEqual([0, 6]);
  });
});

describe('getDeadlineCountdown', () => {
  // 31 March 2026 (Tuesday) 23:59:59.999 WIB: the worked example's deadline; 18–24 March are holidays and weekend.
  const deadline = wib('2026-03-31T23:59:59.999');
  it.each([
    ['the deadline day itself, in the morning', '2026-03-31T08:00:00', { kind: 'DUE_TODAY', workingDays: 0 }],
    [
      'the last millisecond of the deadline',
      '2026-03-31T23:59:59.999',
      { kind: 'DUE_TODAY', workingDays: 0 },
    ],
    ['the working day before', '2026-03-30T16:00:00', { kind: 'REMAINING', workingDays: 1 }],
    [
      'the Saturday before (weekend not counted)',
      '2026-03-28T10:00:00',
      { kind: 'REMAINING', workingDays: 2 },
    ],
    [
      'the receipt day, across Nyepi, cuti bersama and Idul Fitri',
      '2026-03-17T10:00:00',
      { kind: 'REMAINING', workingDays: 5 },
    ],
    [
      'one millisecond after, the same night (WIB 1 April)',
      '2026-04-01T00:00:00',
      { kind: 'OVERDUE', workingDays: 1 },
    ],
    ['the Friday after (3 April is Good Friday)', '2026-04-03T09:00:00', { kind: 'OVERDUE', workingDays: 2 }],
    ['the Monday after', '2026-04-06T09:00:00', { kind: 'OVERDUE', workingDays: 3 }],
  ] as const)('on %s', (_, now, expected) => {
    expect(getDeadlineCountdown(deadline, wib(now), CALENDAR_2026)).toEqual(expected);
  });

  it('counts 0 working days late when a Friday deadline passed and it is now the weekend', () => {
    const friday = wib('2026-05-08T23:59:59.999');
    expect(getDeadlineCountdown(friday, wib('2026-05-09T10:00:00'), NO_HOLIDAYS)).toEqual({
      kind: 'OVERDUE',
      workingDays: 0,
    });
  });

  it('reads the days in WIB, not UTC (07:00 WIB on the deadline day is still the day before in UTC)', () => {
    const d = wib('2026-05-12T23:59:59.999');
    expect(getDeadlineCountdown(d, wib('2026-05-12T06:30:00'), NO_HOLIDAYS)).toEqual({
      kind: 'DUE_TODAY',
      workingDays: 0,
    });
  });

  it('rejects an invalid deadline or now', () => {
    expect(() => getDeadlineCountdown(new Date('x'), deadline, NO_HOLIDAYS)).toThrow(RangeError);
    expect(() => getDeadlineCountdown(deadline, new Date('x'), NO_HOLIDAYS)).toThrow(/sekarang/);
  });
});

describe('prepareWorkCalendar (a kept calendar compiled once)', () => {
  const prepared = prepareWorkCalendar(CALENDAR_2026);

  it('gives the same deadlines, durations and countdowns as the plain calendar', () => {
    const start = wib('2026-03-17T10:00:00');
    for (const days of [0, 1, 5, 20, 60]) {
      expect(addWorkingDays(start, days, prepared)).toEqual(addWorkingDays(start, days, CALENDAR_2026));
    }
    const end = wib('2026-06-30T09:00:00');
    expect(workingDaysBetween(start, end, prepared)).toBe(workingDaysBetween(start, end, CALENDAR_2026));
    expect(getDeadlineCountdown(end, start, prepared)).toEqual(
      getDeadlineCountdown(end, start, CALENDAR_2026),
    );
    expect(isWorkingDay(wib('2026-03-19T12:00:00'), prepared)).toBe(false);
  });

  it('reuses one compiled form for every deadline computed with it', () => {
    expect(compileWorkCalendar(prepared)).toBe(compileWorkCalendar(prepared));
    expect(compileWorkCalendar(CALENDAR_2026)).not.toBe(compileWorkCalendar(CALENDAR_2026));
  });

  it('cannot be changed afterwards, so the compiled form never disagrees with its holidays', () => {
    expect(Object.isFrozen(prepared)).toBe(true);
    expect(() => prepared.holidays.push('2026-12-31')).toThrow(TypeError);
    expect(prepared.holidays).toEqual(CALENDAR_2026.holidays);
  });

  it('is a copy: changing the calendar it came from changes nothing in it', () => {
    const source: WorkCalendar = { holidays: ['2026-03-18'] };
    const kept = prepareWorkCalendar(source);
    source.holidays.push('2026-03-19');
    expect(isWorkingDay(wib('2026-03-19T12:00:00'), kept)).toBe(true);
  });

  it('checks the calendar at once and throws the same RangeError as compiling it', () => {
    expect(() => prepareWorkCalendar({ holidays: ['2026-02-30'] })).toThrow(RangeError);
    expect(() => prepareWorkCalendar({ holidays: [], weekendDays: [0, 1, 2, 3, 4, 5, 6] })).toThrow(
      /sedikitnya satu hari kerja/,
    );
  });
});
