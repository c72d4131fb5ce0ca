import type { ChangePasswordRequest, EmailCodeRequest, Locale, PasswordResetRequest, RegisterRequest } from '@wharf/domain';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../audit.ts';
import { users } from '../../db/schema.ts';
import { refuseDuplicate } from '../../http/conflicts.ts';
import { fieldProblem } from '../../http/problem.ts';
import type { Services } from '../../services.ts';
import { resetCodeDestination } from '../enterprises/membership.ts';
import { sendEmailCode, spendEmailCode, verifyEmailCode } from './email-codes.ts';
import { findUserByEmail } from './queries.ts';
import { closeOtherSessions, openSession, type SessionUser } from './sessions.ts';

const emailTaken = (services: Services, locale: Locale) =>
  fieldProblem(locale, { type: 'conflict', path: 'email', code: 'email_taken', detail: services.messages(locale).detail.emailTaken });

/**
 * Mails a code to register (a new address) or reset a password (a registered one, or, when an enterprise says so,
 * to its billing email: seed 000 login Q4); answers where it went.
 */
export async function requestEmailCode(services: Services, locale: Locale, { email, purpose }: z.output<typeof EmailCodeRequest>) {
  const existing = await findUserByEmail(services.db, email);
  if (purpose === 'register' && existing) throw emailTaken(services, locale);
  if (purpose === 'reset-password' && !existing) throw fieldProblem(locale, { path: 'email', code: 'email_not_registered' });
  const sendTo = purpose === 'reset-password' && existing ? await resetCodeDestination(services.db, existing.id) : undefined;
  const sent = await sendEmailCode(services, {
    email,
    purpose,
    locale: existing ? (existing.locale as Locale) : locale,
    ...(sendTo ? { sendTo } : {}),
  });
  return { sent, sendTo };
}

/** A new account with the emailed code and a password, signed in at once. */
export async function registerAccount(services: Services, locale: Locale, body: z.output<typeof RegisterRequest>) {
  if (await findUserByEmail(services.db, body.email)) throw emailTaken(services, locale);
  const codeId = await verifyEmailCode(services, { email: body.email, purpose: 'register', code: body.code, locale });
  const passwordHash = await services.hasher.hash(body.password);
  const now = services.clock.now();
  // Inside a transaction only `tx` may be used: PGlite has a single connection.
  return refuseDuplicate(
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
    () => emailTaken(services, locale),
  );
}

/** A new password with an emailed code: the account unlocked and its sessions ended. */
export async function resetPassword(services: Services, locale: Locale, body: z.output<typeof PasswordResetRequest>) {
  const user = await findUserByEmail(services.db, body.email);
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
}

/** A signed-in user changes their password, knowing the current one; their other sessions end. */
export async function changePassword(services: Services, locale: Locale, auth: SessionUser, body: z.output<typeof ChangePasswordRequest>) {
  const { user, sessionId } = auth;
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
}
