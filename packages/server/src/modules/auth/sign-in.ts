import type { CaptchaSolution, Locale } from '@wharf/domain';
import { LOGIN_POLICY, remainingAttempts } from '@wharf/domain/auth';
import { and, count, eq, gt, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { addSeconds } from '../../clock.ts';
import { loginFailures, users } from '../../db/schema.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import type { Services } from '../../services.ts';
import { audit } from '../../audit.ts';
import type { UserRow } from './sessions.ts';

const WINDOW_SECONDS = LOGIN_POLICY.clientWindowMinutes * 60;

async function clientFailures(services: Services, clientKey: string): Promise<number> {
  const since = addSeconds(services.clock.now(), -WINDOW_SECONDS);
  const [row] = await services.db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.clientKey, clientKey), gt(loginFailures.at, since)));
  return row?.n ?? 0;
}

async function recordClientFailure(services: Services, clientKey: string) {
  const now = services.clock.now();
  await services.db.insert(loginFailures).values({ clientKey, at: now });
  await services.db.delete(loginFailures).where(lt(loginFailures.at, addSeconds(now, -WINDOW_SECONDS)));
}

/** Whether this client must solve a captcha before its next sign-in attempt. */
export async function captchaRequired(services: Services, clientKey: string): Promise<boolean> {
  return (await clientFailures(services, clientKey)) >= LOGIN_POLICY.captchaAfterClientFailures;
}

function formatUntil(date: Date, locale: Locale) {
  const text = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(date);
  return `${text} UTC`;
}

function lockedProblem(services: Services, locale: Locale, lockedUntil: Date) {
  return new ProblemError({
    type: 'account-locked',
    detail: services.messages(locale).detail.accountLocked({ until: formatUntil(lockedUntil, locale) }),
    extra: { lockedUntil: lockedUntil.toISOString(), remainingAttempts: 0 },
  });
}

/**
 * Email + password (+ captcha when this client has failed repeatedly). Five consecutive failures lock the
 * account for 15 minutes; each refusal says how many attempts remain, the lock says until when.
 */
export async function signIn(
  services: Services,
  request: { email: string; password: string; captcha?: CaptchaSolution; clientKey: string; locale: Locale },
): Promise<UserRow> {
  const { db, clock, hasher } = services;
  const { locale, clientKey } = request;
  const messages = services.messages(locale);

  if (await captchaRequired(services, clientKey)) {
    if (!request.captcha) {
      throw fieldProblem(locale, {
        path: 'captcha',
        code: 'captcha_required',
        detail: messages.detail.captchaRequired,
        extra: { captchaRequired: true },
      });
    }
    if (!(await services.captcha.verify(request.captcha))) {
      throw fieldProblem(locale, { path: 'captcha', code: 'captcha_invalid', extra: { captchaRequired: true } });
    }
  }

  const [user] = await db.select().from(users).where(eq(users.email, request.email)).limit(1);
  if (!user) {
    await recordClientFailure(services, clientKey);
    throw fieldProblem(locale, {
      type: 'credentials-rejected',
      path: 'email',
      code: 'email_not_registered',
      extra: { captchaRequired: await captchaRequired(services, clientKey) },
    });
  }
  const now = clock.now();
  const lockUntil = addSeconds(now, LOGIN_POLICY.lockMinutes * 60);
  // The attempt is counted before the password is checked, in one statement that only counts while the account is
  // not locked: guesses sent at once each take a place in the count, and the one that reaches the limit locks the
  // account there and then, so none after it is checked. A lock that has passed starts the count again.
  const failures = sql`CASE WHEN ${users.lockedUntil} IS NULL THEN ${users.failedLogins} + 1 ELSE 1 END`;
  const [counted] = await db
    .update(users)
    .set({
      failedLogins: failures,
      lockedUntil: sql`CASE WHEN ${failures} >= ${LOGIN_POLICY.maxFailures} THEN ${lockUntil.toISOString()}::timestamptz ELSE NULL END`,
    })
    .where(and(eq(users.id, user.id), or(isNull(users.lockedUntil), lte(users.lockedUntil, now))))
    .returning({ failedLogins: users.failedLogins, lockedUntil: users.lockedUntil });
  if (!counted) {
    const [locked] = await db.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, user.id));
    throw lockedProblem(services, locale, locked?.lockedUntil ?? lockUntil);
  }

  // Accounts an embed session created have no password until their owner sets one through a reset.
  if (user.passwordHash && (await hasher.verify(user.passwordHash, request.password))) {
    await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
    return { ...user, failedLogins: 0, lockedUntil: null };
  }

  await recordClientFailure(services, clientKey);
  if (counted.lockedUntil) {
    await audit(db, clock, { actor: { kind: 'anonymous' }, entity: 'user', entityId: user.id, action: 'locked' });
    throw lockedProblem(services, locale, counted.lockedUntil);
  }
  const remaining = remainingAttempts(counted.failedLogins);
  throw fieldProblem(locale, {
    type: 'credentials-rejected',
    path: 'password',
    code: 'credentials_wrong',
    detail: messages.detail.loginRemaining({ remaining }),
    extra: { remainingAttempts: remaining, captchaRequired: await captchaRequired(services, clientKey) },
  });
}
