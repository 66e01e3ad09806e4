import { describe, expect, it } from 'vitest';
import { checkNewPassword, loadPasswordPolicy } from './password-rules';

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
    ['passwordpassword', 'siti', 'weak'],
    ['abcabcabca', 'siti', 'weak'],
    ['1111111112', 'siti', 'weak'],
    ['Santoso.Budi1', 'siti', 'isName'],
    ['Sungai-Musi-2026', 'admin', null],
  ] as const)(
    'rates %s for user %s as %s, with the policy the server uses',
    async (password, username, expected) => {
      const policy = await loadPasswordPolicy();
      expect(checkNewPassword(policy, password, { username, displayName: 'Budi Santoso' })).toBe(expected);
    },
  );

  it('checks only the length until the policy has loaded', () => {
    expect(checkNewPassword(null, 'pendek', { username: 'siti' })).toBe('tooShort');
    expect(checkNewPassword(null, 'passwordpassword', { username: 'siti' })).toBeNull();
  });
});
