import {
  AuthResult,
  CaptchaChallenge,
  ChangePasswordRequest,
  EmailCodeCheck,
  EmailCodeRequest,
  EmailCodeSent,
  LoginRequest,
  Me,
  PasswordResetRequest,
  Problem,
  RegisterRequest,
} from '@wharf/domain';
import { maskEmail } from '@wharf/domain/enterprises';
import { eq } from 'drizzle-orm';
import type { Hono } from 'hono';
import { audit } from '../../audit.ts';
import { users } from '../../db/schema.ts';
import type { AppEnv } from '../../http/env.ts';
import { refuseDuplicate } from '../../http/conflicts.ts';
import { fieldProblem } from '../../http/problem.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import { sendEmailCode, spendEmailCode, verifyEmailCode } from './email-codes.ts';
import {
  clearSessionCookie,
  closeOtherSessions,
  closeSession,
  openSession,
  publicUser,
  requireOwnSession,
  requireUser,
  setSessionCookie,
} from './sessions.ts';
import { membershipsOf, resetCodeDestination } from '../enterprises/membership.ts';
import { signIn } from './sign-in.ts';

const tag = 'Auth';

async function findUser(c: { var: AppEnv['Variables'] }, email: string) {
  const [user] = await c.var.services.db.select().from(users).where(eq(users.email, email)).limit(1);
  return user;
}

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
    async (c, { body: { email, purpose } }) => {
      const locale = c.var.locale;
      const existing = await findUser(c, email);
      if (purpose === 'register' && existing) {
        throw fieldProblem(locale, {
          type: 'conflict',
          path: 'email',
          code: 'email_taken',
          detail: c.var.services.messages(locale).detail.emailTaken,
        });
      }
      if (purpose === 'reset-password' && !existing) throw fieldProblem(locale, { path: 'email', code: 'email_not_registered' });
      // Seed 000 login Q4: an enterprise may have its members' reset codes sent to its billing email.
      const sendTo = purpose === 'reset-password' && existing ? await resetCodeDestination(c.var.services.db, existing.id) : undefined;
      const sent = await sendEmailCode(c.var.services, {
        email,
        purpose,
        locale: existing ? (existing.locale as typeof locale) : locale,
        ...(sendTo ? { sendTo } : {}),
      });
      return c.json(
        { email, expiresAt: sent.expiresAt.toISOString(), resendAt: sent.resendAt.toISOString(), ...(sendTo ? { sentTo: maskEmail(sendTo) } : {}) },
        202,
      );
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
      const { services, locale } = c.var;
      const taken = () =>
        fieldProblem(locale, { type: 'conflict', path: 'email', code: 'email_taken', detail: services.messages(locale).detail.emailTaken });
      if (await findUser(c, body.email)) throw taken();
      const codeId = await verifyEmailCode(services, { email: body.email, purpose: 'register', code: body.code, locale });
      const passwordHash = await services.hasher.hash(body.password);
      const now = services.clock.now();
      // Inside a transaction only `tx` may be used: PGlite has a single connection.
      const result = await refuseDuplicate(
        () =>
          services.db.transaction(async (tx) => {
            await spendEmailCode(tx, services, codeId, locale);
            const [user] = await tx
              .insert(users)
              .values({ id: crypto.randomUUID(), email: body.email, passwordHash, locale: body.locale ?? locale, createdAt: now, updatedAt: now })
              .returning();
            await audit(tx, services.clock, { actor: { kind: 'user', id: user!.id }, entity: 'user', entityId: user!.id, action: 'registered' });
            return { user: user!, session: await openSession(tx, services, user!.id) };
          }),
        () => taken(),
      );
      setSessionCookie(c, result.session.token, result.session.expiresAt);
      return c.json(
        { user: publicUser(result.user), token: result.session.token, expiresAt: result.session.expiresAt.toISOString() },
        201,
      );
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
      return c.json({ user: publicUser(user), token: session.token, expiresAt: session.expiresAt.toISOString() });
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
      const { services, locale } = c.var;
      const user = await findUser(c, body.email);
      if (!user) throw fieldProblem(locale, { path: 'email', code: 'email_not_registered' });
      const codeId = await verifyEmailCode(services, { email: body.email, purpose: 'reset-password', code: body.code, locale });
      const passwordHash = await services.hasher.hash(body.newPassword);
      await services.db.transaction(async (tx) => {
        await spendEmailCode(tx, services, codeId, locale);
        await tx
          .update(users)
          .set({ passwordHash, failedLogins: 0, lockedUntil: null, updatedAt: services.clock.now() })
          .where(eq(users.id, user.id));
        await closeOtherSessions(tx, user.id);
        await audit(tx, services.clock, { actor: { kind: 'user', id: user.id }, entity: 'user', entityId: user.id, action: 'password-reset' });
      });
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
      const memberships = await membershipsOf(c.var.services.db, user.id, embeddedIn);
      return c.json({
        user: publicUser(user),
        memberships: memberships.map(({ enterprise, role }) => ({
          enterpriseId: enterprise.id,
          role,
          enterpriseName: enterprise.name,
          accountNumber: enterprise.accountNumber,
        })),
      });
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
      const { services, locale } = c.var;
      const { user, sessionId } = c.var.auth;
      if (!user.passwordHash || !(await services.hasher.verify(user.passwordHash, body.currentPassword))) {
        throw fieldProblem(locale, { path: 'currentPassword', code: 'current_password_wrong' });
      }
      if (body.newPassword === body.currentPassword) throw fieldProblem(locale, { path: 'newPassword', code: 'password_unchanged' });
      const passwordHash = await services.hasher.hash(body.newPassword);
      await services.db.transaction(async (tx) => {
        await tx.update(users).set({ passwordHash, updatedAt: services.clock.now() }).where(eq(users.id, user.id));
        await closeOtherSessions(tx, user.id, sessionId);
        await audit(tx, services.clock, { actor: { kind: 'user', id: user.id }, entity: 'user', entityId: user.id, action: 'password-changed' });
      });
      return c.body(null, 204);
    },
  );
}
