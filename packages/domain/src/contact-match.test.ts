import { describe, expect, it } from 'vitest';
import { contactMatches, normalizeEmail, normalizePhoneNumber } from './contact-match';

describe('normalizePhoneNumber', () => {
  it.each<[string, string | null]>([
    ['081234567890', '081234567890'],
    ['+6281234567890', '081234567890'],
    ['6281234567890', '081234567890'],
    ['+62 812-3456-7890', '081234567890'],
    [' 0812.3456.7890 ', '081234567890'],
    ['(0711) 123456', '0711123456'],
    ['1234567', '1234567'],
    ['123456', null],
    ['1234567890123456', null],
    ['+1 650 555 0100', '16505550100'],
    ['0812abc', null],
    ['++6281234', null],
    ['', null],
    ['62', null],
  ])('%j → %j', (raw, expected) => {
    expect(normalizePhoneNumber(raw)).toBe(expected);
  });
});

describe('normalizeEmail', () => {
  it.each<[string, string | null]>([
    [' Warga@Contoh.ID ', 'warga@contoh.id'],
    ['a@b', 'a@b'],
    ['no-at-sign', null],
    ['@contoh.id', null],
    ['warga@', null],
    ['wa rga@contoh.id', null],
    ['', null],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeEmail(raw)).toBe(expected);
  });
});

describe('contactMatches (ticket lookup: phone in any of its three forms, e-mail in any case)', () => {
  const stored = { phone: '0812-3456-7890', email: 'Warga@Contoh.id' };
  it.each<[string, boolean]>([
    ['081234567890', true],
    ['+6281234567890', true],
    ['6281234567890', true],
    ['+62 812 3456 7890', true],
    ['081234567891', false],
    ['81234567890', false],
    ['warga@contoh.id', true],
    [' WARGA@CONTOH.ID ', true],
    ['warga@contoh.com', false],
    ['', false],
    ['@', false],
  ])('%j → %j', (typed, expected) => {
    expect(contactMatches(typed, stored)).toBe(expected);
  });

  it('never matches a contact that was not given at filing', () => {
    expect(contactMatches('081234567890', { phone: null, email: 'warga@contoh.id' })).toBe(false);
    expect(contactMatches('warga@contoh.id', { phone: '081234567890', email: null })).toBe(false);
  });

  it('compares the stored number in its normalised form too', () => {
    expect(contactMatches('081234567890', { phone: '+62 812 3456 7890', email: null })).toBe(true);
    expect(contactMatches('081234567890', { phone: 'tidak ada', email: null })).toBe(false);
  });
});
