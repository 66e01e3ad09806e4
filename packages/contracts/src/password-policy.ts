import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { COMMON_PASSWORDS, INDONESIAN_WORDS } from './password-words';

/**
 * The password policy, shared by the API (authoritative) and the web form (early feedback, loaded lazily: the
 * estimator's dictionaries weigh about a megabyte). Kept out of the package index for that reason; import it as
 * `@sim/contracts/password-policy`.
 *
 * Rules: at least 10 characters; not containing the username or NIP; not a listed common password nor one
 * character repeated; and a zxcvbn strength score of at least `minScore` (default 3 of 4, i.e. an estimated 10^8
 * guesses or more), judged with the common password and word lists, an Indonesian word list and the user's own
 * name, username and NIP — so `passwordpassword`, `abcabcabca`, `1111111112` or the user's name are refused.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const DEFAULT_PASSWORD_MIN_SCORE = 3;

export type PasswordIdentity = { username: string; nip?: string | null; displayName?: string | null };
export type PasswordProblemCode = 'tooShort' | 'isUsername' | 'isName' | 'common' | 'weak';
export type PasswordProblem = { code: PasswordProblemCode; message: string };

const MESSAGES: Record<PasswordProblemCode, string> = {
  tooShort: `Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter`,
  isUsername: 'Kata sandi tidak boleh memuat NIP atau nama pengguna',
  isName: 'Kata sandi tidak boleh berupa nama Anda sendiri',
  common: 'Kata sandi terlalu umum, pilih yang lebih sulit ditebak',
  weak: 'Kata sandi terlalu mudah ditebak (kata umum, nama, pola, atau pengulangan). Gunakan beberapa kata yang tidak berhubungan, atau campuran huruf, angka, dan simbol',
};

const COMMON = new Set(COMMON_PASSWORDS);
let estimator: ZxcvbnFactory | undefined;
const getEstimator = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...dictionary, indonesian: [...INDONESIAN_WORDS], commonIndonesian: [...COMMON_PASSWORDS] },
    graphs: adjacencyGraphs,
  }));

/** The words of a user's identity the estimator should treat as known to an attacker. */
export function identityWords(identity: PasswordIdentity): string[] {
  const words = new Set<string>();
  const add = (w: string | null | undefined) => {
    const v = (w ?? '').toLowerCase().trim();
    if (v.length >= 3) words.add(v);
  };
  add(identity.username);
  add(identity.username.replace(/[\s.]/g, ''));
  const nip = identity.nip?.replace(/[\s.]/g, '');
  if (nip) {
    add(nip);
    add(nip.slice(0, 8)); // birth date
    add(nip.slice(8, 14)); // TMT
  }
  const name = (identity.displayName ?? '').replace(/[,.]/g, ' ');
  const parts = name.split(/\s+/).filter(Boolean);
  for (const p of parts) add(p);
  add(parts.join(''));
  add([...parts].reverse().join(''));
  return [...words];
}

/** Every rule the password breaks, in order (empty when it is acceptable). */
export function checkPasswordStrength(
  password: string,
  identity: PasswordIdentity,
  options: { minScore?: number } = {},
): PasswordProblem[] {
  const codes: PasswordProblemCode[] = [];
  const lower = password.toLowerCase();
  if (password.length < PASSWORD_MIN_LENGTH) codes.push('tooShort');
  const ids = [identity.username, identity.nip]
    .map((v) => (v ?? '').replace(/[\s.]/g, '').toLowerCase())
    .filter((v) => v.length >= 4);
  if (ids.some((id) => lower.replace(/[\s.]/g, '').includes(id))) codes.push('isUsername');
  // Only the user's own name parts (any order, any separators and digits around them): the estimator scores
  // `Santoso.Budi1` as fair, but it is the first thing anyone who knows the user tries.
  const nameParts = (identity.displayName ?? '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((p) => p.length >= 3);
  const letters = lower.replace(/[^\p{L}]/gu, '');
  if (
    nameParts.length > 0 &&
    letters.length > 0 &&
    new RegExp(`^(?:${nameParts.map((p) => p.replace(/[^\p{L}]/gu, '')).join('|')})+$`, 'u').test(letters)
  ) {
    codes.push('isName');
  }
  const core = lower.replace(/[^a-z0-9]/g, '');
  if (COMMON.has(lower) || COMMON.has(core) || /^(.)\1+$/.test(password)) codes.push('common');
  if (codes.length === 0) {
    // Long inputs cost the estimator time; beyond 100 characters the first 100 decide.
    const result = getEstimator().check(password.slice(0, 100), identityWords(identity));
    if (result.score < (options.minScore ?? DEFAULT_PASSWORD_MIN_SCORE)) codes.push('weak');
  }
  return codes.map((code) => ({ code, message: MESSAGES[code] }));
}
