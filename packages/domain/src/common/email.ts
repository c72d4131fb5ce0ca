/** Emails are case-insensitive: stored and compared trimmed, NFC-normalised and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}

// Deliberately permissive (the mailbox decides), but enough to catch typos: one @, a dot in the domain, no spaces
// or control characters.
const EMAIL_SHAPE = /^[^\s@\p{Cc}]+@[^\s@.\p{Cc}]+(\.[^\s@.\p{Cc}]+)+$/u;

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL_SHAPE.test(value.trim());
}

/**
 * Customers often type their customer account number (月结号) where an email is expected
 * (seed 000, registration Q3 and login Q1); we recognise it to say so instead of "invalid email".
 */
export function looksLikeAccountNumber(value: string): boolean {
  return /^[A-Za-z]{0,3}\d{6,}$/.test(value.replace(/[\s-]/g, ''));
}
