/**
 * Matching the contact a citizen typed when looking up a lost complaint against the contact stored at filing.
 * Indonesian numbers are written three ways for the same line — 0812…, +62812…, 62812… — often with spaces,
 * dashes, dots or brackets; e-mail addresses are compared without regard to case or surrounding spaces.
 */

/**
 * The national form (leading 0) of an Indonesian phone number, digits only, or null when the text is not a phone
 * number: after removing spaces, dashes, dots and brackets it must be an optional "+" and 7–15 digits.
 * "+62…" and "62…" become "0…"; other numbers are kept as typed (digits only).
 */
export function normalizePhoneNumber(raw: string): string | null {
  const compact = raw.trim().replace(/[\s().-]/g, '');
  if (!/^\+?\d{7,15}$/.test(compact)) return null;
  const digits = compact.replace(/^\+/, '');
  if (digits.startsWith('62')) return `0${digits.slice(2)}`;
  return digits;
}

/** An e-mail address for comparison: trimmed and lower-cased; null when it has no "@" between two parts. */
export function normalizeEmail(raw: string): string | null {
  const value = raw.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(value) ? value : null;
}

export type StoredContact = { phone: string | null; email: string | null };

/**
 * Whether the typed contact is the phone number or the e-mail address stored with the complaint. Typed text with
 * an "@" is compared as an e-mail, anything else as a phone number; an empty or unreadable value never matches.
 */
export function contactMatches(typed: string, stored: StoredContact): boolean {
  if (typed.includes('@')) {
    const email = normalizeEmail(typed);
    return email !== null && stored.email !== null && normalizeEmail(stored.email) === email;
  }
  const phone = normalizePhoneNumber(typed);
  return phone !== null && stored.phone !== null && normalizePhoneNumber(stored.phone) === phone;
}
