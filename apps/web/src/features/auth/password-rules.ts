import type { PasswordProblemCode } from '@sim/contracts/password-policy';

/** The shared password policy (the server's own rule), with the strength estimator and its dictionaries. */
export type PasswordPolicy = typeof import('@sim/contracts/password-policy');

/**
 * Loads the policy on the password page only: the estimator's dictionaries weigh about a megabyte, which the rest
 * of the app should not download.
 */
export const loadPasswordPolicy = (): Promise<PasswordPolicy> => import('@sim/contracts/password-policy');

/**
 * The first rule a new password breaks, for quick feedback; the server checks again. Until the policy has loaded
 * only the length is checked.
 */
export function checkNewPassword(
  policy: PasswordPolicy | null,
  password: string,
  user: { username: string; displayName?: string | null },
): PasswordProblemCode | null {
  if (!policy) return password.length < 10 ? 'tooShort' : null;
  return policy.checkPasswordStrength(password, user)[0]?.code ?? null;
}
