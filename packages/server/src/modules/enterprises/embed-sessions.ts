import { EmbedSession, EmbedSessionRequest } from '@wharf/domain';
import { EMBED_SESSION_POLICY } from '@wharf/domain/enterprises';
import { and, eq, isNull } from 'drizzle-orm';
import type { Context, Hono } from 'hono';
import { audit } from '../../audit.ts';
import { hashSecret } from '../../crypto/random.ts';
import type { Executor } from '../../db/database.ts';
import { apiKeys, enterpriseMembers, users } from '../../db/schema.ts';
import type { AppEnv } from '../../http/env.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import { openSession } from '../auth/sessions.ts';


async function apiKeyOf(c: Context<AppEnv>) {
  const { services, locale } = c.var;
  const secret = c.req.header('authorization')?.match(/^Bearer\s+(wak_\S+)$/i)?.[1];
  const [key] = secret
    ? await services.db
        .select()
        .from(apiKeys)
        .where(and(eq(apiKeys.secretHash, await hashSecret(secret)), isNull(apiKeys.revokedAt)))
        .limit(1)
    : [];
  if (!key) throw new ProblemError({ type: 'unauthorized', detail: services.messages(locale).detail.apiKeyInvalid });
  return key;
}

/**
 * The Wharf account for the host's user: the one linked by the host's id, else the member with that email (now
 * linked), else a new account without a password and a membership. An account outside the enterprise is never
 * taken over: the host vouches for its own users, not for everyone's.
 */
async function accountFor(tx: Executor, c: Context<AppEnv>, enterpriseId: string, body: { externalUserId: string; email: string; name: string }) {
  const { services, locale } = c.var;
  const now = services.clock.now();
  const [linked] = await tx
    .select({ user: users })
    .from(enterpriseMembers)
    .innerJoin(users, eq(users.id, enterpriseMembers.userId))
    .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.externalUserId, body.externalUserId)))
    .limit(1);
  if (linked) return { user: linked.user, created: false };
  const [existing] = await tx.select().from(users).where(eq(users.email, body.email)).limit(1);
  if (existing) {
    const [membership] = await tx
      .select({ role: enterpriseMembers.role, externalUserId: enterpriseMembers.externalUserId })
      .from(enterpriseMembers)
      .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.userId, existing.id)))
      .limit(1);
    if (!membership) throw fieldProblem(locale, { type: 'conflict', path: 'email', code: 'email_in_other_account' });
    if (membership.role === 'pending') throw fieldProblem(locale, { type: 'conflict', path: 'email', code: 'join_pending' });
    if (membership.externalUserId) throw fieldProblem(locale, { type: 'conflict', path: 'email', code: 'email_in_other_account' });
    await tx
      .update(enterpriseMembers)
      .set({ externalUserId: body.externalUserId, updatedAt: now })
      .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.userId, existing.id)));
    return { user: existing, created: false };
  }
  const [user] = await tx
    .insert(users)
    .values({ id: crypto.randomUUID(), email: body.email, passwordHash: null, name: body.name, locale, createdAt: now, updatedAt: now })
    .returning();
  await tx
    .insert(enterpriseMembers)
    .values({ enterpriseId, userId: user!.id, role: 'member', externalUserId: body.externalUserId, createdAt: now, updatedAt: now });
  return { user: user!, created: true };
}

/** PRODUCT §1.10: the host's server mints a short-lived session for its signed-in user, with the enterprise's API key. */
export function mountEmbedSessions(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/embed/sessions',
      tag: 'Embedding',
      summary: 'Mint a 15-minute session for one of the host’s users (server to server, with an API key)',
      description:
        '`Authorization: Bearer <api key>`. The user is found by `externalUserId`, or by email among the enterprise’s members, or created as a member without a password. The session acts only in the key’s enterprise, never slides, and cannot change the password. Refused from browsers (any `Origin`).',
      body: EmbedSessionRequest,
      responses: {
        201: { description: 'The session', schema: EmbedSession },
        401: problem('Missing, unknown or revoked API key'),
        403: problem('Called from a browser'),
        409: problem('The email belongs to an account outside the enterprise'),
      },
    },
    async (c, input) => {
      const { services, locale } = c.var;
      if (c.req.header('origin')) throw new ProblemError({ type: 'forbidden', detail: services.messages(locale).detail.apiKeyFromBrowser });
      const key = await apiKeyOf(c);
      const body = input.body;
      const result = await services.db.transaction(async (tx) => {
        const { user, created } = await accountFor(tx, c, key.enterpriseId, body);
        if (!user.passwordHash && user.name !== body.name) {
          // The host owns the names of the accounts it created.
          await tx.update(users).set({ name: body.name, updatedAt: services.clock.now() }).where(eq(users.id, user.id));
          user.name = body.name;
        }
        await tx.update(apiKeys).set({ lastUsedAt: services.clock.now() }).where(eq(apiKeys.id, key.id));
        if (created) {
          await audit(tx, services.clock, {
            actor: { kind: 'system', id: `api-key:${key.id}` },
            entity: 'enterprise',
            entityId: key.enterpriseId,
            action: 'member-added-by-host',
            data: { userId: user.id, email: user.email, externalUserId: body.externalUserId },
          });
        }
        const session = await openSession(tx, services, user.id, {
          enterpriseId: key.enterpriseId,
          ttlSeconds: EMBED_SESSION_POLICY.ttlMinutes * 60,
          apiKeyId: key.id,
        });
        return { user, session };
      });
      return c.json(
        {
          token: result.session.token,
          expiresAt: result.session.expiresAt.toISOString(),
          enterpriseId: key.enterpriseId,
          user: { id: result.user.id, email: result.user.email, name: result.user.name },
        },
        201,
      );
    },
  );
}
