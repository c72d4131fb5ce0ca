import { AuthResult, CaptchaChallenge, ChangePasswordRequest, EmailCodeCheck, EmailCodeRequest, EmailCodeSent, LoginRequest, Me, PasswordResetRequest, RegisterRequest } from '@wharf/domain';
import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import { currentMemberships } from '../enterprises/membership.ts';
import { verifyEmailCode } from './email-codes.ts';
import { presentAuthResult, presentCodeSent, presentMe } from './present.ts';
import { changePassword, registerAccount, requestEmailCode, resetPassword } from './service.ts';
import { clearSessionCookie, closeSession, openSession, requireOwnSession, requireUser, setSessionCookie } from './sessions.ts';
import { signIn } from './sign-in.ts';

const tag = 'Auth';

export function mountAuth(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/auth/email-codes',
      tag,
      summary: 'Email a 6-digit code (registration or password reset)',
      description: 'The code is single-use and expires after 10 minutes; another may be requested after 60 seconds.',
      body: EmailCodeRequest,
      responses: {
        202: { description: 'Code sent', schema: EmailCodeSent },
        409: problem('Registering an email that already has an account (the detail points to password reset)'),
        422: problem('Invalid email, or resetting an email with no account'),
        429: problem('Asked again within 60 seconds (Retry-After)'),
      },
    },
    async (c, { body }) => {
      const { sent, sendTo } = await requestEmailCode(c.var.services, c.var.locale, body);
      return c.json(presentCodeSent(body.email, sent, sendTo), 202);
    },
  );

  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/auth/email-codes/check',
      tag,
      summary: 'Check a code without spending it',
      description: 'Lets a form confirm the code before asking for a password. Wrong guesses count towards the 5 allowed.',
      body: EmailCodeCheck,
      responses: { 204: { description: 'The code is right' }, 422: problem('Wrong, expired or exhausted code') },
    },
    async (c, { body }) => {
      await verifyEmailCode(c.var.services, { ...body, locale: c.var.locale });
      return c.body(null, 204);
    },
  );

  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/auth/register',
      tag,
      summary: 'Create an account with the emailed code and a password',
      body: RegisterRequest,
      responses: {
        201: { description: 'Registered and signed in', schema: AuthResult },
        409: problem('Email already registered'),
        422: problem('Password policy not met (each unmet rule listed) or bad code'),
      },
    },
    async (c, { body }) => {
      const { user, session } = await registerAccount(c.var.services, c.var.locale, body);
      setSessionCookie(c, session.token, session.expiresAt);
      return c.json(presentAuthResult(user, session), 201);
    },
  );

  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/auth/captcha',
      tag,
      summary: 'A captcha challenge (proof of work, solved by the browser in the background)',
      responses: { 200: { description: 'Challenge', schema: CaptchaChallenge } },
    },
    async (c) => c.json(await c.var.services.captcha.challenge()),
  );

  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/auth/login',
      tag,
      summary: 'Sign in with email and password',
      description:
        'After 5 consecutive failures the account is locked for 15 minutes (423, `lockedUntil`); each failure before says `remainingAttempts`. After repeated failures from one client a captcha is required (422 on `captcha`, `captchaRequired: true`).',
      body: LoginRequest,
      responses: {
        200: { description: 'Signed in', schema: AuthResult },
        401: problem('Wrong email or password (`remainingAttempts`)'),
        422: problem('Invalid input, or captcha required/invalid'),
        423: problem('Locked (`lockedUntil`); a password reset unlocks'),
      },
    },
    async (c, { body }) => {
      const { services, locale, clientKey } = c.var;
      const user = await signIn(services, { ...body, clientKey, locale });
      const session = await openSession(services.db, services, user.id);
      setSessionCookie(c, session.token, session.expiresAt);
      return c.json(presentAuthResult(user, session));
    },
  );

  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/auth/password-reset',
      tag,
      summary: 'Set a new password with an emailed code; unlocks the account and ends its sessions',
      body: PasswordResetRequest,
      responses: { 204: { description: 'Password changed' }, 422: problem('Bad code, unknown email or password policy not met') },
    },
    async (c, { body }) => {
      await resetPassword(c.var.services, c.var.locale, body);
      return c.body(null, 204);
    },
  );

  routes.add(
    app,
    { method: 'post', path: '/v1/auth/logout', tag, summary: 'End the current session', responses: { 204: { description: 'Signed out' } } },
    async (c) => {
      await closeSession(c);
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  );

  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/me',
      tag,
      summary: 'Who is signed in, and their enterprise memberships',
      auth: 'user',
      responses: { 200: { description: 'The signed-in user', schema: Me }, 401: problem('Not signed in') },
    },
    requireUser,
    async (c) => {
      const { user, embeddedIn } = c.var.auth;
      return c.json(presentMe(user, await currentMemberships(c.var.services, user.id, embeddedIn)));
    },
  );

  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/me/password',
      tag,
      summary: 'Change the password; other sessions are ended',
      auth: 'user',
      body: ChangePasswordRequest,
      responses: {
        204: { description: 'Changed' },
        401: problem('Not signed in'),
        403: problem('An embed session (the host signed the user in; change the password in Wharf itself)'),
        422: problem('Wrong current password or policy not met'),
      },
    },
    requireUser,
    requireOwnSession,
    async (c, { body }) => {
      await changePassword(c.var.services, c.var.locale, c.var.auth, body);
      return c.body(null, 204);
    },
  );
}
