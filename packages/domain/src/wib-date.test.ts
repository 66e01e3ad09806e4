import { describe, expect, it } from 'vitest';
import {
  endOfWibDay,
  getWeekdayOfWibDayNumber,
  isoDateFromWibDayNumber,
  startOfWibDay,
  toWibIsoDate,
  todayOf,
  wibDayNumberFromIsoDate,
} from './wib-date';

describe('toWibIsoDate', () => {
  it.each([
    ['2026-03-16T16:59:59.999Z', '2026-03-16'],
    ['2026-03-16T17:00:00.000Z', '2026-03-17'],
    ['2026-03-17T10:00:00+07:00', '2026-03-17'],
    ['2025-12-31T17:30:00Z', '2026-01-01'],
  ])('puts %s on the WIB date %s', (instant, expected) => {
    expect(toWibIsoDate(new Date(instant))).toBe(expected);
  });

  it('throws a RangeError for an invalid Date', () => {
    expect(() => toWibIsoDate(new Date('nope'))).toThrow(RangeError);
  });
});

describe('startOfWibDay / endOfWibDay', () => {
  it.each([
    ['2026-03-17T10:00:00+07:00', '2026-03-16T17:00:00.000Z', '2026-03-17T16:59:59.999Z'],
    ['2026-03-16T18:00:00Z', '2026-03-16T17:00:00.000Z', '2026-03-17T16:59:59.999Z'],
  ])('bounds the WIB day of %s', (instant, start, end) => {
    expect(startOfWibDay(new Date(instant)).toISOString()).toBe(start);
    expect(endOfWibDay(new Date(instant)).toISOString()).toBe(end);
  });
});

describe('day numbers', () => {
  it.each([
    ['2026-03-17', 2],
    ['2026-03-21', 6],
    ['2026-03-22', 0],
  ])('gives %s the weekday %i', (iso, weekday) => {
    expect(getWeekdayOfWibDayNumber(wibDayNumberFromIsoDate(iso))).toBe(weekday);
  });

  it('round-trips a date through its day number', () => {
    expect(isoDateFromWibDayNumber(wibDayNumberFromIsoDate('2026-12-25'))).toBe('2026-12-25');
  });
});

describe('todayOf', () => {
  it('is the WIB calendar date of the clock reading, not the UTC one', () => {
    expect(todayOf(new Date('2026-03-16T16:59:59.999Z'))).toBe('2026-03-16');
    expect(todayOf(new Date('2026-03-16T17:00:00.000Z'))).toBe('2026-03-17');
  });
});
