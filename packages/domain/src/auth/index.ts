// Accounts (PRODUCT §1.1–1.3, §1.6–1.8): registration, sign-in, emailed codes, passwords, the browser check, and
// the account messages (with the general ones every form meets). What the sign-in and register forms load.
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
} from './schemas.ts';
export { PASSWORD_POLICY, CHARACTER_CLASSES, checkPassword } from './password.ts';
export type { CharacterClass, PasswordCheck, PasswordProblem } from './password.ts';
export { CODE_POLICY, CODE_PURPOSES, LOGIN_POLICY, SESSION_POLICY, isCodeShaped, remainingAttempts } from './policy.ts';
export type { MailedCodePurpose } from './policy.ts';
export { proofInput, leadingZeroBits, meetsDifficulty, solveProofOfWork } from './proof-of-work.ts';
export type { Digest, SolveOptions } from './proof-of-work.ts';
export { OPERATOR_ROLES, isOperatorRole } from './operator-roles.ts';
export type { OperatorRole } from './operator-roles.ts';
export { ACCOUNT_FIELD_CODES } from './messages/codes.ts';
export type { AccountFieldCode, Messages } from './messages/codes.ts';
export { ACCOUNT_CATALOGUE, fieldMessage, accountMessagesFor } from './messages/index.ts';
