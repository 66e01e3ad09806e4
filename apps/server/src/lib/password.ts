import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import {
  checkPasswordStrength,
  DEFAULT_PASSWORD_MIN_SCORE,
  type PasswordIdentity,
} from '@sim/contracts/password-policy';

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

/**
 * Policy for a new password (the shared rule in @sim/contracts/password-policy): ≥ 10 characters, not the NIP,
 * username or the user's name, not a common password, and strong enough by the zxcvbn estimate (`minScore`,
 * setting PASSWORD_MIN_SCORE).
 */
export function checkPasswordPolicy(
  password: string,
  identity: PasswordIdentity,
  minScore = DEFAULT_PASSWORD_MIN_SCORE,
): PasswordProblem[] {
  return checkPasswordStrength(password, identity, { minScore }).map((p) => ({
    path: 'newPassword',
    message: p.message,
  }));
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
/** A temporary password to hand over once; the holder must change it at the next login. */
export function generateTemporaryPassword(length = 14): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}
