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
  ])('says %j is a real date: %s', (text, expected) => {
    expect(isValidIsoDate(text)).toBe(expected);
  });

  it('rejects non-integer parts', () => {
    expect(isValidCalendarDate(2026, 1.5, 1)).toBe(false);
  });
});

describe('parseIsoDate', () => {
  it('splits a date into numbers', () => {
    expect(parseIsoDate('2026-03-17')).toEqual({ year: 2026, month: 3, day: 17 });
  });

  it('throws a RangeError in Indonesian for an impossible date', () => {
    expect(() => parseIsoDate('2026-02-30')).toThrow('Tanggal tidak valid');
  });
});
