import { describe, expect, it } from 'vitest';
import { getDaysInMonth, isValidCalendarDate, isValidIsoDate, parseIsoDate } from './calendar-date';

describe('getDaysInMonth', () => {
  it.each([
    [2026, 1, 31],
    [2026, 2, 28],
    [2024, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('gives %i-%i %i days', (year, month, days) => {
    expect(getDaysInMonth(year, month)).toBe(days);
  });
});

describe('isValidCalendarDate / isValidIsoDate', () => {
  it.each([
    ['2026-03-17', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-04-31', false],
    ['2026-3-17', false],
    ['17-03-2026', false],
    ['', false],
    // The whole text must be the date: a time, an offset, a fifth year digit or surrounding text is not a date.
    ['2026-01-01T07:00', false],
    ['2026-01-01T00:00:00+07:00', false],
    ['12026-01-01', false],
    ['x2026-01-01', false],
    ['2026-01-011', false],
    [' 2026-01-01', false],
    ['2026-01-01 ', false],
    ['2026-01-01\n', false],
    ['2026-01-31', true],
    ['2026-12-31', true],
    ['2026-01-32', false],
  ])('says %j is a real date: %s', (text, expected) => {
    expect(isValidIsoDate(text)).toBe(expected);
  });

  it.each([
    [2026.5, 1, 1],
    [2026, 1.5, 1],
    [2026, 1, 1.5],
    [Number.NaN, 1, 1],
  ])('rejects non-integer parts %s-%s-%s', (year, month, day) => {
    expect(isValidCalendarDate(year, month, day)).toBe(false);
  });

  it.each([
    [2026, 1, 1, true],
    [2026, 12, 31, true],
    [2026, 0, 1, false],
    [2026, 13, 1, false],
    [2026, 6, 0, false],
    [2026, 6, 30, true],
    [2026, 6, 31, false],
  ])('checks %i-%i-%i against the calendar: %s', (year, month, day, expected) => {
    expect(isValidCalendarDate(year, month, day)).toBe(expected);
  });
});

describe('parseIsoDate', () => {
  it('splits a date into numbers', () => {
    expect(parseIsoDate('2026-03-17')).toEqual({ year: 2026, month: 3, day: 17 });
  });

  it.each(['2026-02-30', '2026-01-01T07:00', '12026-01-01', '2026-1-1'])(
    'throws a RangeError in Indonesian naming the text for %j',
    (text) => {
      expect(() => parseIsoDate(text)).toThrow(
        new RangeError(`Tanggal tidak valid: "${text}" (format yang diharapkan YYYY-MM-DD).`),
      );
    },
  );
});
