export { LOCALES, DEFAULT_LOCALE, isLocale, matchLocale, negotiateLocale } from './locale.ts';
export type { Locale } from './locale.ts';
export { Email, FieldError, Problem, Locale as LocaleSchema, Timestamp, fieldIssue, listOf } from './schemas/common.ts';
export {
  AuthResult,
  CaptchaChallenge,
  CaptchaSolution,
  ChangePasswordRequest,
  CodePurpose,
  CurrentPassword,
  EmailCode,
  EmailCodeCheck,
  EmailCodeRequest,
  EmailCodeSent,
  LoginRefusal,
  LoginRequest,
  MailboxMessage,
  Me,
  Membership,
  MembershipRole,
  NewPassword,
  PasswordResetRequest,
  RegisterRequest,
  User,
} from './schemas/auth.ts';
export { toFieldErrors } from './schemas/issues.ts';
