import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatYearMonth,
  greetingPeriod,
  isoToWibLocal,
  todayInWib,
  wibLocalToIso,
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

describe('datetime-local inputs are WIB wall-clock times', () => {
  it('sends the typed time with the +07:00 offset, and nothing for an empty input', () => {
    expect(wibLocalToIso('2026-12-20T16:30')).toBe('2026-12-20T16:30:00+07:00');
    expect(wibLocalToIso('')).toBe('');
  });

  it('shows an instant as the WIB wall clock (the next day after 17:00 UTC)', () => {
    expect(isoToWibLocal('2026-12-20T09:30:00Z')).toBe('2026-12-20T16:30');
    expect(isoToWibLocal(new Date('2026-12-20T17:05:00Z'))).toBe('2026-12-21T00:05');
    expect(isoToWibLocal(null)).toBe('');
  });

  it('round-trips a typed value', () => {
    expect(isoToWibLocal(wibLocalToIso('2026-01-31T23:59'))).toBe('2026-01-31T23:59');
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

// A page of SKM results formats hundreds of dates and numbers; building an Intl formatter is far costlier than
// using one (on a throttled phone CPU it was a third of the transparency page's render time).
describe('formatters are built once per language and options', () => {
  function countConstructions<T extends 'DateTimeFormat' | 'NumberFormat'>(name: T, run: () => void): number {
    const original = Intl[name];
    let count = 0;
    Intl[name] = new Proxy(original, {
      construct(target, args: unknown[]) {
        count++;
        return Reflect.construct(target, args) as object;
      },
    }) as (typeof Intl)[T];
    try {
      run();
    } finally {
      Intl[name] = original;
    }
    return count;
  }

  it('reuses the date formatter of a language', () => {
    const built = countConstructions('DateTimeFormat', () => {
      for (let i = 0; i < 50; i++) {
        expect(formatDate('2026-11-28', 'id')).toBe('28 November 2026');
        expect(formatDate('2026-11-28', 'en')).toBe('28 November 2026');
        expect(formatDateTime('2026-11-28T07:05:00Z', 'id')).toBe('28 Nov 2026 14.05 WIB');
      }
    });
    expect(built).toBeLessThanOrEqual(3);
  });

  it('reuses the number formatter of a language and options', () => {
    const built = countConstructions('NumberFormat', () => {
      for (let i = 0; i < 50; i++) {
        expect(formatNumber(1234.5, 'id')).toBe('1.234,5');
        expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
        expect(formatNumber(0.5, 'id', { style: 'percent' })).toBe('50%');
      }
    });
    expect(built).toBeLessThanOrEqual(3);
  });
});
