/** A short list of passwords people pick first; the server keeps the authoritative list. */
const COMMON_PASSWORDS = new Set([
  '1234567890',
  '0123456789',
  '12345678910',
  'qwertyuiop',
  'password123',
  'password1234',
  'passw0rd123',
  'administrator',
  'admin12345',
  'kertapati123',
  'palembang123',
  'indonesia123',
  'bismillah123',
  'katasandi123',
  'rahasia1234',
  'aaaaaaaaaa',
  '1111111111',
]);

export type PasswordProblem = 'tooShort' | 'isUsername' | 'common';

/**
 * The server's rules, checked early for quick feedback: at least 10 characters, not containing the NIP or
 * username, not a common password (a short list here; the server holds the full one) nor one repeated character.
 */
export function checkNewPassword(password: string, username: string): PasswordProblem | null {
  if (password.length < 10) return 'tooShort';
  const lower = password.toLowerCase();
  const id = username.replace(/[\s.]/g, '').toLowerCase();
  if (id.length >= 4 && lower.replace(/[\s.]/g, '').includes(id)) return 'isUsername';
  const core = lower.replace(/[^a-z0-9]/g, '');
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(core) || /^(.)\1+$/.test(password)) return 'common';
  return null;
}
