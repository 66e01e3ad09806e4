import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatYearMonth,
  greetingPeriod,
  todayInWib,
} from './format';

describe('formatDate', () => {
  it.each([
    ['2026-11-28', 'id', '28 November 2026'],
    ['2026-11-28', 'en', '28 November 2026'],
    ['2026-01-05', 'id', '5 Januari 2026'],
    ['2026-11-27T17:30:00Z', 'id', '28 November 2026'],
    [null, 'id', '—'],
  ] as const)('formats %s in %s as %s', (value, language, expected) => {
    expect(formatDate(value, language)).toBe(expected);
  });
});

describe('formatDateTime', () => {
  it('shows the instant in WIB with a dot between hours and minutes', () => {
    expect(formatDateTime('2026-11-28T07:05:00Z', 'id')).toBe('28 Nov 2026 14.05 WIB');
  });
  it('uses a colon in English', () => {
    expect(formatDateTime('2026-11-28T07:05:00Z', 'en')).toBe('28 Nov 2026 14:05 WIB');
  });
  it('rolls over to the next WIB day', () => {
    expect(formatDateTime('2026-08-16T18:00:00Z', 'id')).toBe('17 Agu 2026 01.00 WIB');
  });
});

describe('formatNumber', () => {
  it('uses Indonesian separators', () => {
    expect(formatNumber(1234.5, 'id')).toBe('1.234,5');
  });
  it('uses English separators', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });
});

describe('formatYearMonth', () => {
  it('names the month', () => {
    expect(formatYearMonth('1988-03', 'id')).toBe('Maret 1988');
  });
});

describe('todayInWib', () => {
  it('is already the next day in WIB at 18:00 UTC', () => {
    expect(todayInWib(new Date('2026-11-27T18:00:00Z'))).toBe('2026-11-28');
  });
});

describe('greetingPeriod', () => {
  it.each([
    [6, 'morning'],
    [12, 'midday'],
    [16, 'afternoon'],
    [20, 'evening'],
    [2, 'evening'],
  ] as const)('hour %i is %s', (hour, period) => {
    expect(greetingPeriod(hour)).toBe(period);
  });
});
