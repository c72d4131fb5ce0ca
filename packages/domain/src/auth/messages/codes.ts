import { COMMON_FIELD_CODES, type CommonFieldCode } from '../../common/messages/codes.ts';
import type { MessageParams } from '../../common/messages/params.ts';
import type { ProblemType } from '../../common/problems.ts';

/** Refusals about accounts (PRODUCT §1.1–1.3, §1.6–1.8), listed with the general codes every form meets. */
export const ACCOUNT_FIELD_CODES = [
  ...COMMON_FIELD_CODES,
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
/** The account codes without the general ones. */
export type AccountOnlyFieldCode = Exclude<AccountFieldCode, CommonFieldCode>;
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

