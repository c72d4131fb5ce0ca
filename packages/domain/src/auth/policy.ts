/** Emailed one-time codes (PRODUCT §1.3): the same mechanism serves every purpose. */
export const CODE_POLICY = {
  length: 6,
  ttlSeconds: 10 * 60,
  maxAttempts: 5,
  resendAfterSeconds: 60,
} as const;

export const CODE_PURPOSES = ['register', 'reset-password'] as const;
export type CodePurpose = (typeof CODE_PURPOSES)[number];
/** Codes the server mails for its own flows, beyond the two a person asks for by purpose. */
export type MailedCodePurpose = CodePurpose | 'join-enterprise';

export function isCodeShaped(value: string): boolean {
  return new RegExp(`^\\d{${CODE_POLICY.length}}$`).test(value);
}

/** Sign-in protection (PRODUCT §1.6). */
export const LOGIN_POLICY = {
  /** Consecutive failures that lock the account. */
  maxFailures: 5,
  lockMinutes: 15,
  /** Failed sign-ins from one client within the window after which a captcha is required. */
  captchaAfterClientFailures: 3,
  clientWindowMinutes: 15,
} as const;

/** Sessions are opaque tokens; this is how long one lasts without use. */
export const SESSION_POLICY = { ttlDays: 30 } as const;

export function remainingAttempts(consecutiveFailures: number): number {
  return Math.max(0, LOGIN_POLICY.maxFailures - consecutiveFailures);
}
