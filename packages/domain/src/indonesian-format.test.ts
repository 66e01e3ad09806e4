import { describe, expect, it } from 'vitest';
import { INDONESIAN_MONTHS, formatTanggal, fullNameOf } from './indonesian-format';

describe('INDONESIAN_MONTHS', () => {
  it('names the twelve months in Indonesian, January first', () => {
    expect(INDONESIAN_MONTHS).toHaveLength(12);
    expect([INDONESIAN_MONTHS[0], INDONESIAN_MONTHS[4], INDONESIAN_MONTHS[7], INDONESIAN_MONTHS[11]]).toEqual(
      ['Januari', 'Mei', 'Agustus', 'Desember'],
    );
  });
});

describe('formatTanggal', () => {
  it.each([
    ['2026-11-28', '28 November 2026'],
    ['2026-01-05', '5 Januari 2026'],
    ['2025-12-31', '31 Desember 2025'],
  ])('writes %s as "%s"', (iso, expected) => {
    expect(formatTanggal(iso)).toBe(expected);
  });

  it('refuses a date that does not exist', () => {
    expect(() => formatTanggal('2026-02-30')).toThrow(RangeError);
  });
});

describe('fullNameOf', () => {
  it('puts the front titles before the name and the back titles after a comma', () => {
    expect(fullNameOf({ name: 'Ahmad Fauzi', front_title: 'Dr. H.', back_title: 'S.Sos., M.Si.' })).toBe(
      'Dr. H. Ahmad Fauzi, S.Sos., M.Si.',
    );
  });

  it('writes only the name when there are no titles', () => {
    expect(fullNameOf({ name: 'Siti Aminah', front_title: null, back_title: null })).toBe('Siti Aminah');
  });

  it('leaves out a title that is empty or only spaces, and trims the others', () => {
    expect(fullNameOf({ name: 'Siti Aminah', front_title: '  ', back_title: ' S.E. ' })).toBe(
      'Siti Aminah, S.E.',
    );
    expect(fullNameOf({ name: 'Siti Aminah', front_title: ' Hj. ', back_title: '' })).toBe('Hj. Siti Aminah');
  });
});
