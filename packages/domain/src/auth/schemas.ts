import { z } from 'zod';
import { CODE_POLICY, CODE_PURPOSES } from './policy.ts';
import { MEMBER_ROLES } from '../enterprises/rules.ts';
import { checkPassword, PASSWORD_POLICY } from './password.ts';
import { Email, fieldIssue, Id, Locale, Timestamp } from '../common/schemas.ts';

/** A new password: the policy is checked by the one rule in auth/password.ts. */
export const NewPassword = z
  .string()
  .superRefine((value, ctx) => {
    for (const code of checkPassword(value).unmet) {
      ctx.addIssue(fieldIssue(code, { min: PASSWORD_POLICY.minLength, max: PASSWORD_POLICY.maxLength }));
    }
  })
  .meta({
    description: `At least ${PASSWORD_POLICY.minLength} characters with at least ${PASSWORD_POLICY.minClasses} of: upper case, lower case, digit, symbol`,
  });

export const CurrentPassword = z.string().min(1).max(PASSWORD_POLICY.maxLength * 4);

export const EmailCode = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (!new RegExp(`^\\d{${CODE_POLICY.length}}$`).test(value)) ctx.addIssue(fieldIssue('code_format'));
  })
  .meta({ description: 'The 6-digit code from the email', examples: ['042917'] });

export const CodePurpose = z.enum(CODE_PURPOSES);
export type CodePurpose = z.infer<typeof CodePurpose>;

export const EmailCodeRequest = z.object({ email: Email, purpose: CodePurpose });
export type EmailCodeRequest = z.input<typeof EmailCodeRequest>;

export const EmailCodeCheck = z.object({ email: Email, purpose: CodePurpose, code: EmailCode });
export type EmailCodeCheck = z.input<typeof EmailCodeCheck>;

export const EmailCodeSent = z.object({
  email: z.string(),
  expiresAt: Timestamp,
  resendAt: Timestamp.meta({ description: 'When another code may be requested' }),
  sentTo: z.string().optional().meta({
    description: 'Set when the code went elsewhere: the enterprise’s billing email, masked (its reset-code policy)',
    examples: ['fi***@acme.com'],
  }),
});
export type EmailCodeSent = z.infer<typeof EmailCodeSent>;

export const RegisterRequest = z.object({ email: Email, code: EmailCode, password: NewPassword, locale: Locale.optional() });
export type RegisterRequest = z.input<typeof RegisterRequest>;

export const CaptchaSolution = z.object({ challenge: z.string().min(1).max(512), nonce: z.number().int().min(0) });
export type CaptchaSolution = z.infer<typeof CaptchaSolution>;

export const CaptchaChallenge = z.object({
  provider: z.string().meta({ description: 'Which captcha provider issued it; the built-in one is `proof-of-work`' }),
  challenge: z.string(),
  difficulty: z.number().int(),
  expiresAt: Timestamp,
});
export type CaptchaChallenge = z.infer<typeof CaptchaChallenge>;

export const LoginRequest = z.object({ email: Email, password: CurrentPassword, captcha: CaptchaSolution.optional() });
export type LoginRequest = z.input<typeof LoginRequest>;

export const PasswordResetRequest = z.object({ email: Email, code: EmailCode, newPassword: NewPassword });
export type PasswordResetRequest = z.input<typeof PasswordResetRequest>;

export const ChangePasswordRequest = z.object({ currentPassword: CurrentPassword, newPassword: NewPassword });
export type ChangePasswordRequest = z.input<typeof ChangePasswordRequest>;

export const User = z
  .object({ id: Id, email: z.string(), name: z.string().nullable(), locale: Locale, createdAt: Timestamp })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const AuthResult = z.object({
  user: User,
  token: z.string().meta({ description: 'Opaque session token for `Authorization: Bearer`' }),
  expiresAt: Timestamp,
});
export type AuthResult = z.infer<typeof AuthResult>;

export const MembershipRole = z.enum(MEMBER_ROLES);
export const Membership = z.object({
  enterpriseId: Id,
  role: MembershipRole,
  enterpriseName: z.string(),
  accountNumber: z.string(),
});
export type Membership = z.infer<typeof Membership>;

export const Me = z.object({ user: User, memberships: z.array(Membership) });
export type Me = z.infer<typeof Me>;

/** Extra members of the problem document a refused sign-in answers with. */
export const LoginRefusal = z.object({
  remainingAttempts: z.number().int().optional(),
  lockedUntil: Timestamp.optional(),
  captchaRequired: z.boolean().optional(),
});
export type LoginRefusal = z.infer<typeof LoginRefusal>;

export const MailboxMessage = z.object({
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  code: z.string().optional(),
  createdAt: Timestamp,
});
export type MailboxMessage = z.infer<typeof MailboxMessage>;
