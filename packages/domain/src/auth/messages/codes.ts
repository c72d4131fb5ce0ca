import type { MessageParams } from '../../common/messages/params.ts';
import type { ProblemType } from '../../common/problems.ts';

/**
 * Every reason Wharf can give for refusing something. The server answers with these codes (in
 * `errors[].code` of a problem document) and a message in the caller's language; elements use the same
 * codes to guide the user before the server has to refuse.
 */
export const ACCOUNT_FIELD_CODES = [
  'required',
  'invalid_type',
  'invalid_choice',
  'too_short',
  'too_long',
  'number_too_small',
  'number_too_large',
  'invalid_format',
  'invalid_email',
  'account_number_not_email',
  'email_taken',
  'email_not_registered',
  'password_too_short',
  'password_too_long',
  'password_too_few_classes',
  'password_unchanged',
  'current_password_wrong',
  'credentials_wrong',
  'code_format',
  'code_wrong',
  'code_expired',
  'code_attempts_exceeded',
  'captcha_required',
  'captcha_invalid',
] as const;
export type AccountFieldCode = (typeof ACCOUNT_FIELD_CODES)[number];
export interface Messages {
  field: Record<AccountFieldCode, (p: MessageParams) => string>;
  problem: Record<ProblemType, { title: string; detail: (p: MessageParams) => string }>;
  /** Details of specific refusals that are not about one field. */
  detail: {
    emailTaken: string;
    codeResendTooSoon: (p: MessageParams) => string;
    loginRemaining: (p: MessageParams) => string;
    accountLocked: (p: MessageParams) => string;
    captchaRequired: string;
    fieldsInvalid: (p: MessageParams) => string;
    notSignedIn: string;
  };
  mail: {
    codeSubject: (purpose: string) => string;
    codeBody: (p: { code: string; purpose: string; minutes: number }) => string;
    purpose: Record<string, string>;
  };
}

