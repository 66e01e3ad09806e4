import { describe, expect, it } from 'vitest';
import { DEFAULT_NIP_MIN_AGE_AT_TMT, formatNip, normalizeNip, parseNip } from './nip';
import type { NipError, NipErrorCode, NipInfo } from './nip';

describe('parseNip', () => {
  it.each<[string, string, NipInfo]>([
    [
      'the official PNS example',
      '196608011988031001',
      {
        nip: '196608011988031001',
        kind: 'PNS',
        birthDate: '1966-08-01',
        tmt: '1988-03',
        gender: 'L',
        serial: 1,
      },
    ],
    [
      'the PNS example in display form',
      '19660801 198803 1 001',
      {
        nip: '196608011988031001',
        kind: 'PNS',
        birthDate: '1966-08-01',
        tmt: '1988-03',
        gender: 'L',
        serial: 1,
      },
    ],
    [
      'a PNS NIP typed with dots and stray spaces',
      ' 19660801.198803.1.001 ',
      {
        nip: '196608011988031001',
        kind: 'PNS',
        birthDate: '1966-08-01',
        tmt: '1988-03',
        gender: 'L',
        serial: 1,
      },
    ],
    [
      'a female PNS with TMT in December and serial 999',
      '198402292009122999',
      {
        nip: '198402292009122999',
        kind: 'PNS',
        birthDate: '1984-02-29',
        tmt: '2009-12',
        gender: 'P',
        serial: 999,
      },
    ],
    [
      'the PPPK example (TMT year only, month reported as 01)',
      '200012312024211001',
      {
        nip: '200012312024211001',
        kind: 'PPPK',
        birthDate: '2000-12-31',
        tmt: '2024-01',
        gender: 'L',
        serial: 1,
        frequency: 1,
      },
    ],
    [
      'a female PPPK hired at the ninth frequency',
      '19900115 202329 2 015',
      {
        nip: '199001152023292015',
        kind: 'PPPK',
        birthDate: '1990-01-15',
        tmt: '2023-01',
        gender: 'P',
        serial: 15,
        frequency: 9,
      },
    ],
    [
      'a PNS with TMT in January (month 01, the lowest month asn-identity.md allows)',
      '19880105 201001 2 007',
      {
        nip: '198801052010012007',
        kind: 'PNS',
        birthDate: '1988-01-05',
        tmt: '2010-01',
        gender: 'P',
        serial: 7,
      },
    ],
    [
      'a PNS born in October whose TMT month 10 is read as two digits',
      '19891025 201010 1 308',
      {
        nip: '198910252010101308',
        kind: 'PNS',
        birthDate: '1989-10-25',
        tmt: '2010-10',
        gender: 'L',
        serial: 308,
      },
    ],
  ])('reads %s', (_name, input, expected) => {
    expect(parseNip(input, '2026-03-17')).toEqual({ ok: true, value: expected });
  });

  it.each<[string, string, NipErrorCode]>([
    ['an empty string', '', 'NIP_FORMAT'],
    ['17 digits', '19660801198803100', 'NIP_FORMAT'],
    ['19 digits', '1966080119880310011', 'NIP_FORMAT'],
    ['a letter among the digits', '19660801198803100A', 'NIP_FORMAT'],
    ['hyphens, which are not separators', '19660801-198803-1-001', 'NIP_FORMAT'],
    ['30 February as birth date', '196602301988031001', 'NIP_BIRTH_DATE'],
    ['29 February in a non-leap year', '190002291988031001', 'NIP_BIRTH_DATE'],
    ['birth month 13', '196613011988031001', 'NIP_BIRTH_DATE'],
    ['birth day 00', '196608001988031001', 'NIP_BIRTH_DATE'],
    ['TMT month 00', '196608011988001001', 'NIP_TMT'],
    ['TMT month 13', '196608011988131001', 'NIP_TMT'],
    ['digit 13 that is neither a month nor the PPPK code', '196608011988311001', 'NIP_TMT'],
    ['a PPPK frequency digit 0', '200012312024201001', 'NIP_FREQUENCY'],
    ['gender digit 0', '196608011988030001', 'NIP_GENDER'],
    ['gender digit 3', '196608011988033001', 'NIP_GENDER'],
    ['PPPK gender digit 5', '200012312024215001', 'NIP_GENDER'],
    ['serial 000', '196608011988031000', 'NIP_SERIAL'],
    ['PPPK serial 000', '200012312024211000', 'NIP_SERIAL'],
    ['a birth date after today', '202603201988031001', 'NIP_FUTURE'],
    ['a TMT month after the current month', '196608012026041001', 'NIP_FUTURE'],
    ['a PPPK TMT year after the current year', '200012312027211001', 'NIP_FUTURE'],
    ['a TMT one month before the 18th birthday month', '196608011984071001', 'NIP_TMT_TOO_EARLY'],
    ['a TMT before the birth', '196608011960031001', 'NIP_TMT_TOO_EARLY'],
    ['a PPPK TMT year before birth year + 18', '200012312017211001', 'NIP_TMT_TOO_EARLY'],
  ])('rejects %s', (_name, input, code) => {
    const result = parseNip(input, '2026-03-17');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(/NIP/);
    }
  });

  it.each([
    ['the 18th-birthday month itself', '196608011984081001'],
    ['the current month (PNS)', '196608012026031001'],
    ['the current year (PPPK)', '200012312026211001'],
    ['PPPK TMT exactly in birth year + 18', '200012312018211001'],
  ])('accepts a TMT in %s', (_name, input) => {
    expect(parseNip(input, '2026-03-17').ok).toBe(true);
  });

  it.each<[string, string, string, NipErrorCode | 'OK']>([
    // "Neither date lies in the future" (asn-identity.md): a birth date of tomorrow is in the future…
    ['a birth date of tomorrow', '202603182026031001', '2026-03-17', 'NIP_FUTURE'],
    // …a birth date of today is not (so the NIP fails only because its TMT is less than 18 years after birth).
    ['a birth date of today', '202603172026031001', '2026-03-17', 'NIP_TMT_TOO_EARLY'],
    ['a birth date of tomorrow in the next month', '200004011988031001', '2000-03-31', 'NIP_FUTURE'],
    ['a birth date of tomorrow in the next year', '200001011988031001', '1999-12-31', 'NIP_FUTURE'],
    ['a TMT in next January, seen in December', '196608012027011001', '2026-12-31', 'NIP_FUTURE'],
    ['a TMT in this January, seen on 1 January', '196608012026011001', '2026-01-01', 'OK'],
  ])('judges %s against today', (_name, input, today, expected) => {
    const result = parseNip(input, today);
    expect(result.ok ? 'OK' : result.error.code).toBe(expected);
  });

  it('gives a PNS NIP no frequency field (only PPPK NIPs carry one)', () => {
    const result = parseNip('196608011988031001');
    expect(result.ok && result.value).not.toHaveProperty('frequency');
  });

  it('accepts a birth date of today and a TMT of this month when the minimum age is 0', () => {
    expect(parseNip('202603172026031001', '2026-03-17', { minAgeAtTmt: 0 }).ok).toBe(true);
  });

  it.each<[string, string, boolean]>([
    // [decision] TMT year-month not earlier than birth year-month + 18 years: the month counts, not only the year.
    ['TMT in the 18th-birthday month (born January)', '199001152008011001', true],
    ['TMT one month before the 18th-birthday month (born February)', '199002152008011001', false],
    ['TMT in the month after the 18th-birthday month (born December)', '199012152009011001', true],
    ['TMT in December of the year before the 18th birthday (born January)', '199001152007121001', false],
  ])('applies the 18-year rule to %s', (_name, input, ok) => {
    expect(parseNip(input, '2026-03-17').ok).toBe(ok);
  });

  it('reads digits 14–18 of a PPPK NIP: frequency, gender and serial', () => {
    expect(parseNip('20001231 202425 2 120', '2026-03-17')).toEqual({
      ok: true,
      value: {
        nip: '200012312024252120',
        kind: 'PPPK',
        birthDate: '2000-12-31',
        tmt: '2024-01',
        gender: 'P',
        serial: 120,
        frequency: 5,
      },
    });
  });

  it('skips the future checks when today is not given, because rules never read the clock', () => {
    expect(parseNip('200012312099211001').ok).toBe(true);
    expect(parseNip('209901011988031001').ok).toBe(false);
  });

  it('exports the 18-year minimum age as the default option', () => {
    expect(DEFAULT_NIP_MIN_AGE_AT_TMT).toBe(18);
  });

  it.each([
    [0, '196608011970031001', true],
    [16, '196608011982081001', true],
    [20, '196608011984081001', false],
  ])('applies a minimum age of %i years when configured', (minAgeAtTmt, input, ok) => {
    expect(parseNip(input, '2026-03-17', { minAgeAtTmt }).ok).toBe(ok);
  });

  it.each<['PNS' | 'PPPK', string, boolean]>([
    ['PNS', '196608011988031001', true],
    ['PPPK', '200012312024211001', true],
    ['PNS', '200012312024211001', false],
    ['PPPK', '196608011988031001', false],
  ])('checks the kind hint %s against the NIP form of %s', (kind, input, ok) => {
    const result = parseNip(input, '2026-03-17', { kind });
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.error.code).toBe('NIP_KIND_MISMATCH');
  });

  it('gives Indonesian messages', () => {
    const result = parseNip('123');
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'NIP_FORMAT',
        message: 'NIP harus terdiri atas 18 digit angka (spasi dan titik diabaikan).',
      },
    });
  });

  it.each(['2026-02-30', '17-03-2026', 'today'])('throws a RangeError for an invalid today %s', (today) => {
    expect(() => parseNip('196608011988031001', today)).toThrow(RangeError);
  });

  it.each([-1, 1.5])('throws a RangeError for a minimum age of %s', (minAgeAtTmt) => {
    expect(() => parseNip('196608011988031001', undefined, { minAgeAtTmt })).toThrow(RangeError);
  });
});

describe('formatNip', () => {
  it.each([
    ['196608011988031001', '19660801 198803 1 001'],
    ['19660801.198803.1.001', '19660801 198803 1 001'],
    ['19660801 198803 1 001', '19660801 198803 1 001'],
    ['200012312024211001', '20001231 202421 1 001'],
    ['', ''],
    ['  12345 ', '12345'],
    // Not 18 digits: returned as typed (trimmed), never cut into a plausible-looking NIP.
    ['1966080119880310019', '1966080119880310019'],
    ['x196608011988031001', 'x196608011988031001'],
    ['196608011988031001x', '196608011988031001x'],
  ])('shows %j as %j', (input, expected) => {
    expect(formatNip(input)).toBe(expected);
  });
});

describe('normalizeNip', () => {
  it.each([
    ['19660801 198803 1 001', '196608011988031001'],
    ['19660801.198803.1.001', '196608011988031001'],
    ['19660801\t198803\u00a01 001', '196608011988031001'],
  ])('removes spaces and dots from %j', (input, expected) => {
    expect(normalizeNip(input)).toBe(expected);
  });
});

describe('parseNip messages (Bahasa Indonesia, naming the digits at fault)', () => {
  it.each<[string, string, string | undefined, NipError]>([
    [
      'a birth date that does not exist',
      '196602301988031001',
      undefined,
      {
        code: 'NIP_BIRTH_DATE',
        message: 'Tanggal lahir pada NIP (digit 1–8, format TTTTBBHH) bukan tanggal yang valid.',
      },
    ],
    [
      'digit 13 naming neither form',
      '196608011988311001',
      undefined,
      {
        code: 'NIP_TMT',
        message:
          'Digit 13–14 NIP harus berupa bulan TMT 01 sampai 12 (PNS) atau kode 2 diikuti frekuensi 1–9 (PPPK).',
      },
    ],
    [
      'a TMT month 13',
      '196608011988131001',
      undefined,
      { code: 'NIP_TMT', message: 'Bulan TMT pada NIP (digit 13–14) harus 01 sampai 12.' },
    ],
    [
      'a PPPK frequency 0',
      '200012312024201001',
      undefined,
      { code: 'NIP_FREQUENCY', message: 'Digit frekuensi pada NIP PPPK (digit 14) harus 1 sampai 9.' },
    ],
    [
      'a gender digit 3',
      '196608011988033001',
      undefined,
      {
        code: 'NIP_GENDER',
        message: 'Digit jenis kelamin pada NIP (digit 15) harus 1 (laki-laki) atau 2 (perempuan).',
      },
    ],
    [
      'serial 000',
      '196608011988031000',
      undefined,
      { code: 'NIP_SERIAL', message: 'Nomor urut pada NIP (digit 16–18) tidak boleh 000.' },
    ],
    [
      'a birth date after today',
      '202603201988031001',
      '2026-03-17',
      { code: 'NIP_FUTURE', message: 'Tanggal lahir pada NIP tidak boleh melewati tanggal hari ini.' },
    ],
    [
      'a TMT after the current month',
      '196608012026041001',
      '2026-03-17',
      { code: 'NIP_FUTURE', message: 'TMT pada NIP tidak boleh melewati bulan berjalan.' },
    ],
    [
      'a TMT before the 18th birthday',
      '196608011984071001',
      undefined,
      {
        code: 'NIP_TMT_TOO_EARLY',
        message:
          'TMT pada NIP lebih awal dari usia 18 tahun pemegangnya (dihitung dari bulan dan tahun lahir).',
      },
    ],
  ])('explains %s', (_name, input, today, error) => {
    expect(parseNip(input, today)).toEqual({ ok: false, error });
  });

  it.each<['PNS' | 'PPPK', string, string]>([
    ['PPPK', '196608011988031001', 'NIP ini berformat PNS, sedangkan pegawai tercatat sebagai PPPK.'],
    ['PNS', '200012312024211001', 'NIP ini berformat PPPK, sedangkan pegawai tercatat sebagai PNS.'],
  ])('names both kinds when the kind hint is %s', (kind, input, message) => {
    expect(parseNip(input, undefined, { kind })).toEqual({
      ok: false,
      error: { code: 'NIP_KIND_MISMATCH', message },
    });
  });

  it('names the configured minimum age', () => {
    const result = parseNip('196608011984081001', undefined, { minAgeAtTmt: 20 });
    expect(result.ok ? '' : result.error.message).toBe(
      'TMT pada NIP lebih awal dari usia 20 tahun pemegangnya (dihitung dari bulan dan tahun lahir).',
    );
  });

  it('throws a RangeError naming an invalid minimum age', () => {
    expect(() => parseNip('196608011988031001', undefined, { minAgeAtTmt: -1 })).toThrow(
      new RangeError('Usia minimum saat TMT harus bilangan bulat tidak negatif, bukan -1.'),
    );
  });
});
