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
import type { RequestOptions, Transport } from '../core/http.ts';

/** Accounts: emailed codes, registration, sign-in, password reset and change (API.md, Auth). */
export function authResource(send: Transport) {
  return {
    /** Emails a 6-digit code. Rejects with RateLimitedError (`retryAfter`) when asked again within 60 s. */
    requestCode: (body: EmailCodeRequest, options: RequestOptions = {}) =>
      send<EmailCodeSent>('post', 'v1/auth/email-codes', { json: body, ...options }),
    /** Checks a code without spending it (wrong guesses count). */
    checkCode: (body: EmailCodeCheck, options: RequestOptions = {}) =>
      send<void>('post', 'v1/auth/email-codes/check', { json: body, ...options }),
    register: (body: RegisterRequest, options: RequestOptions = {}) =>
      send<AuthResult>('post', 'v1/auth/register', { json: body, ...options }),
    /** Rejects with UnauthorizedError (`remainingAttempts`), LockedError (`lockedUntil`) or ValidationError (`captchaRequired`). */
    login: (body: LoginRequest, options: RequestOptions = {}) => send<AuthResult>('post', 'v1/auth/login', { json: body, ...options }),
    captcha: (options: RequestOptions = {}) => send<CaptchaChallenge>('get', 'v1/auth/captcha', options),
    resetPassword: (body: PasswordResetRequest, options: RequestOptions = {}) =>
      send<void>('post', 'v1/auth/password-reset', { json: body, ...options }),
    logout: (options: RequestOptions = {}) => send<void>('post', 'v1/auth/logout', options),
    me: (options: RequestOptions = {}) => send<Me>('get', 'v1/me', options),
    changePassword: (body: ChangePasswordRequest, options: RequestOptions = {}) =>
      send<void>('post', 'v1/me/password', { json: body, ...options }),
  };
}
export type AuthResource = ReturnType<typeof authResource>;
