import { SESSION_POLICY } from '@wharf/domain/auth';
import { and, eq, gt, ne } from 'drizzle-orm';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { deleteCookie, setCookie } from 'hono/cookie';
import { parse } from 'hono/utils/cookie';
import { addSeconds } from '../../clock.ts';
import { hashSecret, randomToken } from '../../crypto/random.ts';
import type { Executor } from '../../db/database.ts';
import { sessions, users } from '../../db/schema.ts';
import type { AppEnv, EnvWith, RequestContext } from '../../http/env.ts';
import { enterpriseOrigin } from '../../http/cors.ts';
import { ProblemError } from '../../http/problem.ts';
import type { Services } from '../../services.ts';

export const SESSION_COOKIE = 'wharf_session';
const TTL_SECONDS = SESSION_POLICY.ttlDays * 24 * 3600;

export type UserRow = typeof users.$inferSelect;
export interface SessionUser {
  user: UserRow;
  sessionId: string;
  /** Set when an embed session opened this: the one enterprise it may act in (PRODUCT §1.10). */
  embeddedIn: string | null;
}

export function publicUser(user: UserRow) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale as 'en' | 'zh-CN' | 'zh-HK',
    createdAt: user.createdAt.toISOString(),
  };
}

/**
 * Opens a session: the token is returned once and only its hash is stored. An embed session is bound to one
 * enterprise and ends after its short lifetime however much it is used.
 */
export async function openSession(
  tx: Executor,
  services: Services,
  userId: string,
  embed?: { enterpriseId: string; ttlSeconds: number; apiKeyId: string },
) {
  const token = randomToken('wst');
  const now = services.clock.now();
  const expiresAt = addSeconds(now, embed?.ttlSeconds ?? TTL_SECONDS);
  await tx.insert(sessions).values({
    id: crypto.randomUUID(),
    tokenHash: await hashSecret(token),
    userId,
    createdAt: now,
    expiresAt,
    lastUsedAt: now,
    enterpriseId: embed?.enterpriseId ?? null,
    slides: !embed,
    apiKeyId: embed?.apiKeyId ?? null,
  });
  return { token, expiresAt };
}

/** Same-site pages use the HttpOnly cookie; cross-origin embeds use the bearer token from the answer. */
export function setSessionCookie(c: Context<AppEnv>, token: string, expiresAt: Date) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: new URL(c.req.url).protocol === 'https:',
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: Context<AppEnv>) {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

export function presentedToken(c: RequestContext): string | undefined {
  const header = c.req.header('authorization');
  const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  return bearer ?? parse(c.req.header('cookie') ?? '', SESSION_COOKIE)[SESSION_COOKIE];
}

interface CachedSession extends SessionUser {
  expiresAt: Date;
}

/**
 * The session a token opens, with its user: remembered for a few seconds (services.sessionCache) and read again
 * after, so a busy client costs no query for it. Sliding expiry is written at most once a minute per session.
 */
async function resolve(c: RequestContext): Promise<SessionUser | undefined> {
  const token = presentedToken(c);
  if (!token) return undefined;
  const { db, clock, sessionCache } = c.var.services;
  const tokenHash = await hashSecret(token);
  const session = await sessionCache.remember<CachedSession>(`session:${tokenHash}`, async () => {
    const now = clock.now();
    const [row] = await db
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
      .limit(1);
    if (!row) return undefined;
    let expiresAt = row.session.expiresAt;
    if (row.session.slides && now.getTime() - row.session.lastUsedAt.getTime() > 60_000) {
      expiresAt = addSeconds(now, TTL_SECONDS);
      await db.update(sessions).set({ lastUsedAt: now, expiresAt }).where(eq(sessions.id, row.session.id));
    }
    return {
      value: { user: row.user, sessionId: row.session.id, embeddedIn: row.session.enterpriseId, expiresAt },
      tags: [`session:${row.session.id}`, `user:${row.user.id}`],
    };
  });
  if (!session || session.expiresAt.getTime() <= clock.now().getTime()) return undefined;
  return { user: session.user, sessionId: session.sessionId, embeddedIn: session.embeddedIn };
}

/** What `requireUser` gives the routes behind it. */
export interface UserVars {
  auth: SessionUser;
}
export type UserEnv = EnvWith<UserVars>;

/** Requires a signed-in user (bearer token or session cookie); 401 otherwise. */
export const requireUser = createMiddleware<UserEnv>(async (c, next) => {
  c.set('auth', await signedIn(c));
  await next();
});

/**
 * Who is signed in (bearer token or session cookie); 401 when no one is. A page of an origin only an enterprise's
 * list lets in may act only for a user of such an enterprise (the embed session's own, for one): 403 otherwise.
 * Routes that find the enterprise themselves (joining one) pass `originCheckedByRoute` and check it there.
 */
export async function signedIn(c: RequestContext, options: { originCheckedByRoute?: boolean } = {}): Promise<SessionUser> {
  const { services, locale } = c.var;
  const auth = await resolve(c);
  if (!auth) throw new ProblemError({ type: 'unauthorized', detail: services.messages(locale).detail.notSignedIn });
  const origin = enterpriseOrigin(c);
  if (origin && !options.originCheckedByRoute && !(await services.origins.listedForUser(origin, auth.user.id, auth.embeddedIn))) {
    throw new ProblemError({ type: 'forbidden', detail: services.messages(locale).detail.originNotAllowed({ field: origin }) });
  }
  return auth;
}

/** `requireUser` for routes that check the calling page's origin against the enterprise they find (joining one). */
export const requireUserOriginCheckedByRoute = createMiddleware<UserEnv>(async (c, next) => {
  c.set('auth', await signedIn(c, { originCheckedByRoute: true }));
  await next();
});

/**
 * For what only the account's owner may do in Wharf itself (change the password): an embed session, which
 * the host's server opened without the password, is refused.
 */
export const requireOwnSession = createMiddleware<UserEnv>(async (c, next) => {
  if (c.var.auth.embeddedIn) {
    throw new ProblemError({ type: 'forbidden', detail: c.var.services.messages(c.var.locale).detail.embedSessionLimited });
  }
  await next();
});

export async function closeSession(c: Context<AppEnv>) {
  const token = presentedToken(c);
  if (!token) return;
  const { db, sessionCache } = c.var.services;
  const [closed] = await db.delete(sessions).where(eq(sessions.tokenHash, await hashSecret(token))).returning({ id: sessions.id });
  // The database says so to every process; this one forgets at once, before the next call.
  if (closed) sessionCache.forget(`session:${closed.id}`);
}

/** Ends every session of a user, or every one but the session in use. */
export async function closeOtherSessions(tx: Executor, userId: string, keepSessionId?: string) {
  await tx
    .delete(sessions)
    .where(keepSessionId ? and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)) : eq(sessions.userId, userId));
}
