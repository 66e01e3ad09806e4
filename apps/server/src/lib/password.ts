import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { COMMON_PASSWORDS } from './common-passwords';

// argon2id with OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane).
const OPTIONS = {
  algorithm: 2 /* Algorithm.Argon2id (a const enum, not importable here) */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const hashPassword = (plain: string) => hash(plain, OPTIONS);

export async function verifyPassword(stored: string, plain: string): Promise<boolean> {
  try {
    return await verify(stored, plain);
  } catch {
    return false;
  }
}

// Verifying against this keeps the time of a login for an unknown user close to that of a known one.
let dummyHash: Promise<string> | undefined;
export const getDummyHash = () => (dummyHash ??= hashPassword('tidak-ada-pengguna-ini'));

export type PasswordProblem = { path: string; message: string };

/** Policy for a new password: ≥ 10 characters, not the NIP or username, not a common password. */
export function checkPasswordPolicy(password: string, identity: { username: string; nip?: string | null }) {
  const problems: PasswordProblem[] = [];
  const lower = password.toLowerCase();
  if (password.length < 10) problems.push({ path: 'newPassword', message: 'Kata sandi minimal 10 karakter' });
  const ids = [identity.username, identity.nip].filter((v): v is string => !!v && v.length >= 4);
  if (ids.some((id) => lower.includes(id.toLowerCase()))) {
    problems.push({ path: 'newPassword', message: 'Kata sandi tidak boleh memuat NIP atau nama pengguna' });
  }
  const core = lower.replace(/[^a-z0-9]/g, '');
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(core) || /^(.)\1+$/.test(password)) {
    problems.push({
      path: 'newPassword',
      message: 'Kata sandi terlalu umum, pilih yang lebih sulit ditebak',
    });
  }
  return problems;
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
/** A temporary password to hand over once; the holder must change it at the next login. */
export function generateTemporaryPassword(length = 14): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}
