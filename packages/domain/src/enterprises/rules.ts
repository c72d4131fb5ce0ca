/**
 * Enterprises (PRODUCT §1.4–1.5, §1.9–1.12): customer account numbers, roles, the security PIN, embed sessions
 * and the origins an enterprise lets embed it. Trading currencies and amounts are in common/money.ts.
 */

/** What a member may do: admins manage the enterprise, members work in it, pending members only wait. */
export const MEMBER_ROLES = ['admin', 'member', 'pending'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Roles an admin can give (pending is where joiners start, not something to give). */
export const ASSIGNABLE_ROLES = ['admin', 'member'] as const;
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

export function isActiveRole(role: MemberRole): boolean {
  return role !== 'pending';
}

/**
 * Customer account numbers (月结号): letters and digits, compared upper-case without spaces or dashes, e.g.
 * `WH00000042` or `8521234567`.
 */
export const ACCOUNT_NUMBER_PATTERN = /^[A-Z0-9]{6,20}$/;

export function normalizeAccountNumber(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

export function isAccountNumber(value: string): boolean {
  return ACCOUNT_NUMBER_PATTERN.test(normalizeAccountNumber(value));
}

/** The account number given to the n-th enterprise Wharf creates itself: `WH` and eight digits. */
export function formatAccountNumber(sequence: number): string {
  return `WH${String(sequence).padStart(8, '0')}`;
}

/**
 * Shows enough of an address for its owner to recognise it, and no more: `fi***@acme.com` (seed 000, binding Q2).
 * The domain stays whole: people recognise their company's domain, and it is not the secret part.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  const local = email.slice(0, at);
  const shown = local.length <= 2 ? local.slice(0, 1) : local.slice(0, 2);
  return `${shown}***${email.slice(at)}`;
}

/** The enterprise security PIN (seed 000, Q6–7): six digits, hard to guess, throttled. */
export const SECURITY_PIN_POLICY = {
  length: 6,
  /** Wrong PINs within the window that block PIN entry. */
  maxFailures: 5,
  blockMinutes: 15,
} as const;

export type SecurityPinProblem = 'pin_format' | 'pin_too_simple';

/**
 * Checks a PIN an admin wants to set. Six digits; not one digit repeated and not a run such as 123456 or
 * 987654, which are the first guesses anyone makes.
 */
export function checkSecurityPin(pin: string): SecurityPinProblem | undefined {
  if (!new RegExp(`^\\d{${SECURITY_PIN_POLICY.length}}$`).test(pin)) return 'pin_format';
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((digit, index) => (digit - digits[index]! + 10) % 10));
  if (steps.size === 1 && (steps.has(0) || steps.has(1) || steps.has(9))) return 'pin_too_simple';
  return undefined;
}

/** Kinds of ledger entry (PRODUCT §1.12): operators record top-ups; fees come from operator events. */
export const LEDGER_KINDS = ['top-up', 'fee'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** Length limits of an enterprise's texts (what forms give as `maxlength`). */
export const ENTERPRISE_POLICY = {
  nameMax: 200,
  registrationNumberMax: 64,
  contactNameMax: 100,
  phoneMax: 32,
  addressMax: 300,
  apiKeyNameMax: 100,
  allowedOriginsMax: 20,
  ledgerNoteMax: 500,
} as const;

/** Embed sessions (PRODUCT §1.10) are short-lived; the host mints another when one runs out. */
export const EMBED_SESSION_POLICY = { ttlMinutes: 15 } as const;

/** Where an enterprise's password-reset codes go (seed 000, login Q4): to the member, or to the billing email. */
export const RESET_CODE_DESTINATIONS = ['member', 'billing-email'] as const;
export type ResetCodeDestination = (typeof RESET_CODE_DESTINATIONS)[number];

/**
 * An origin a host page is served from, as browsers send it in `Origin`: scheme, host and port, nothing else.
 * Returns the canonical form, or undefined when it is not one.
 */
export function normalizeOrigin(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) return undefined;
  return url.origin;
}
