import { describe, expect, it } from 'vitest';
import { checkNewPassword } from './password-rules';

describe('checkNewPassword', () => {
  it.each([
    ['short', 'admin', 'tooShort'],
    ['196608011988031001', '196608011988031001', 'isUsername'],
    ['19660801 198803 1 001', '196608011988031001', 'isUsername'],
    ['Password123', 'admin', 'common'],
    ['Password-123', 'admin', 'common'],
    ['zzzzzzzzzzzz', 'admin', 'common'],
    ['nip-196608011988031001', '196608011988031001', 'isUsername'],
    ['myadminpassword!', 'admin', 'isUsername'],
    ['Sungai-Musi-2026', 'admin', null],
  ] as const)('rates %s for user %s as %s', (password, username, expected) => {
    expect(checkNewPassword(password, username)).toBe(expected);
  });
});
