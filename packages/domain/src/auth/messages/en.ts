import { commonEn } from '../../common/messages/en.ts';
import type { MessageFormat } from '../../common/messages/types.ts';
import type { AccountOnlyFieldCode, Messages } from './codes.ts';

/** The messages of account codes alone (the general ones are common). */
export const accountFieldsEn: Record<AccountOnlyFieldCode, MessageFormat> = {
  invalid_email: () => 'Enter an email address such as name@company.com.',
  account_number_not_email: () =>
    'This looks like a customer account number. Use your email address here; you can join your company’s account after signing up.',
  email_taken: () => 'This email is already registered. Sign in, or reset your password if you have forgotten it.',
  email_not_registered: () => 'No account uses this email. Check the spelling, or register first.',
  password_too_short: (p) => `Use at least ${p.min ?? 8} characters.`,
  password_too_long: (p) => `Use at most ${p.max ?? 128} characters.`,
  password_too_few_classes: () =>
    'Use at least three of: upper-case letters, lower-case letters, digits and symbols (e.g. Hk27300273).',
  password_unchanged: () => 'Choose a password different from the current one.',
  current_password_wrong: () => 'The current password is not correct.',
  credentials_wrong: () => 'The email or password is not correct.',
  code_format: () => 'Enter the 6-digit code from the email.',
  code_wrong: (p) =>
    p.remaining ? `This code is not correct. ${p.remaining} tries left.` : 'This code is not correct.',
  code_expired: () => 'This code has expired or was already used. Request a new code.',
  code_attempts_exceeded: () => 'Too many wrong codes. Request a new code.',
  captcha_required: () => 'Please wait while we check this browser, then try again.',
  captcha_invalid: () => 'The browser check failed or expired. Try again.',
};

/** Details of refusals that are not about one field. */
export const accountDetailsEn: Messages['detail'] = {
  emailTaken: 'This email is already registered. Sign in, or use “Forgot password” to set a new password.',
  codeResendTooSoon: (p) => `A code was sent less than a minute ago. You can ask for another in ${p.seconds} seconds.`,
  loginRemaining: (p) =>
    `The email or password is not correct. ${p.remaining} ${p.remaining === 1 ? 'attempt' : 'attempts'} left before the account is locked.`,
  accountLocked: (p) =>
    `Too many failed sign-ins: this account is locked until ${p.until}. Reset your password to unlock it now.`,
  captchaRequired: 'Several sign-ins failed from this browser; a quick automatic browser check is needed.',
  fieldsInvalid: (p) => `Fix the highlighted fields: ${p.field}.`,
  notSignedIn: 'Sign in to continue.',
};

/** What the server mails about accounts (kept apart so that forms, which never mail, do not carry it). */
export const accountMailEn: Messages['mail'] = {
  codeSubject: (purpose) => `Your Wharf code to ${purpose}`,
  codeBody: ({ code, purpose, minutes }) =>
    `Your code to ${purpose} is ${code}.\n\nIt works once and expires in ${minutes} minutes. If you did not ask for it, ignore this email.`,
  purpose: { register: 'create your account', 'reset-password': 'reset your password', 'join-enterprise': 'join your company’s account' },
};

export const en: Messages = {
  field: { ...commonEn.field, ...accountFieldsEn },
  problem: commonEn.problem,
  detail: accountDetailsEn,
  mail: accountMailEn,
};
