import type {
  AuthResult,
  CaptchaChallenge,
  ChangePasswordRequest,
  EmailCodeCheck,
  EmailCodeRequest,
  EmailCodeSent,
  LoginRequest,
  Me,
  PasswordResetRequest,
  RegisterRequest,
} from '@wharf/domain';
import type { KyInstance } from 'ky';
import type { RequestOptions } from '../core/http.ts';

/** Accounts: emailed codes, registration, sign-in, password reset and change (API.md, Auth). */
export function authResource(http: KyInstance) {
  return {
    /** Emails a 6-digit code. Rejects with RateLimitedError (`retryAfter`) when asked again within 60 s. */
    requestCode: (body: EmailCodeRequest, options: RequestOptions = {}) =>
      http.post('v1/auth/email-codes', { json: body, signal: options.signal }).json<EmailCodeSent>(),
    /** Checks a code without spending it (wrong guesses count). */
    checkCode: async (body: EmailCodeCheck, options: RequestOptions = {}) => {
      await http.post('v1/auth/email-codes/check', { json: body, signal: options.signal });
    },
    register: (body: RegisterRequest, options: RequestOptions = {}) =>
      http.post('v1/auth/register', { json: body, signal: options.signal }).json<AuthResult>(),
    /** Rejects with UnauthorizedError (`remainingAttempts`), LockedError (`lockedUntil`) or ValidationError (`captchaRequired`). */
    login: (body: LoginRequest, options: RequestOptions = {}) =>
      http.post('v1/auth/login', { json: body, signal: options.signal }).json<AuthResult>(),
    captcha: (options: RequestOptions = {}) => http.get('v1/auth/captcha', { signal: options.signal }).json<CaptchaChallenge>(),
    resetPassword: async (body: PasswordResetRequest, options: RequestOptions = {}) => {
      await http.post('v1/auth/password-reset', { json: body, signal: options.signal });
    },
    logout: async (options: RequestOptions = {}) => {
      await http.post('v1/auth/logout', { signal: options.signal });
    },
    me: (options: RequestOptions = {}) => http.get('v1/me', { signal: options.signal }).json<Me>(),
    changePassword: async (body: ChangePasswordRequest, options: RequestOptions = {}) => {
      await http.post('v1/me/password', { json: body, signal: options.signal });
    },
  };
}
export type AuthResource = ReturnType<typeof authResource>;
