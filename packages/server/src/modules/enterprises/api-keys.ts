import { ApiKey, CreateApiKeyRequest, CreatedApiKey, listOf } from '@wharf/domain';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Hono } from 'hono';
import { audit } from '../../audit.ts';
import { hashSecret, randomToken } from '../../crypto/random.ts';
import { apiKeys, sessions, users } from '../../db/schema.ts';
import type { AppEnv } from '../../http/env.ts';
import { ProblemError } from '../../http/problem.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import { requireOwnSession, requireUser } from '../auth/sessions.ts';
import { isUuid, requireMembership } from './membership.ts';
import { ENTERPRISE } from './paths.ts';

const tag = 'Security';
/** How much of a secret is kept in clear to tell keys apart: the `wak_` prefix and 8 random characters. */
const PREFIX_LENGTH = 12;

const present = (row: typeof apiKeys.$inferSelect, createdBy: string | null): ApiKey => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  createdAt: row.createdAt.toISOString(),
  createdBy,
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
});

/** PRODUCT §1.10: admins give the host's server a key to mint embed sessions with; the secret is shown once. */
export function mountApiKeys(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'get',
      path: `${ENTERPRISE}/api-keys`,
      tag,
      summary: 'The enterprise’s API keys in use (never their secrets)',
      auth: 'user',
      responses: { 200: { description: 'Newest first', schema: listOf(ApiKey) }, 403: problem('Not an admin') },
    },
    requireUser,
    requireMembership({ role: 'admin' }),
    async (c) => {
      const { enterprise } = c.var.membership;
      const rows = await c.var.services.db
        .select({ key: apiKeys, createdBy: users.email })
        .from(apiKeys)
        .leftJoin(users, eq(users.id, apiKeys.createdBy))
        .where(and(eq(apiKeys.enterpriseId, enterprise.id), isNull(apiKeys.revokedAt)))
        .orderBy(desc(apiKeys.createdAt));
      return c.json({ data: rows.map((row) => present(row.key, row.createdBy)), nextCursor: null });
    },
  );

  routes.add(
    app,
    {
      method: 'post',
      path: `${ENTERPRISE}/api-keys`,
      tag,
      summary: 'Create an API key for the host’s server; the secret is in this answer only',
      auth: 'user',
      body: CreateApiKeyRequest,
      responses: { 201: { description: 'Created', schema: CreatedApiKey }, 403: problem('Not an admin') },
    },
    requireUser,
    requireOwnSession,
    requireMembership({ role: 'admin' }),
    async (c, { body: { name } }) => {
      const { services } = c.var;
      const { enterprise } = c.var.membership;
      const { user } = c.var.auth;
      const secret = randomToken('wak');
      const row = await services.db.transaction(async (tx) => {
        const [created] = await tx
          .insert(apiKeys)
          .values({
            id: crypto.randomUUID(),
            enterpriseId: enterprise.id,
            name,
            prefix: secret.slice(0, PREFIX_LENGTH),
            secretHash: await hashSecret(secret),
            createdBy: user.id,
            createdAt: services.clock.now(),
          })
          .returning();
        await audit(tx, services.clock, {
          actor: { kind: 'user', id: user.id },
          entity: 'enterprise',
          entityId: enterprise.id,
          action: 'api-key-created',
          data: { keyId: created!.id, name, prefix: created!.prefix },
        });
        return created!;
      });
      return c.json({ ...present(row, user.email), secret }, 201);
    },
  );

  routes.add(
    app,
    {
      method: 'delete',
      path: `${ENTERPRISE}/api-keys/:keyId`,
      tag,
      summary: 'Revoke an API key; sessions it opened end too',
      auth: 'user',
      responses: { 204: { description: 'Revoked' }, 404: problem('No such key in this enterprise') },
    },
    requireUser,
    requireMembership({ role: 'admin' }),
    async (c) => {
      const { services } = c.var;
      const { enterprise } = c.var.membership;
      const keyId = c.req.param('keyId');
      if (!isUuid(keyId)) throw new ProblemError({ type: 'not-found' });
      await services.db.transaction(async (tx) => {
        const [revoked] = await tx
          .update(apiKeys)
          .set({ revokedAt: services.clock.now() })
          .where(and(eq(apiKeys.id, keyId), eq(apiKeys.enterpriseId, enterprise.id), isNull(apiKeys.revokedAt)))
          .returning();
        if (!revoked) throw new ProblemError({ type: 'not-found' });
        await tx.delete(sessions).where(eq(sessions.apiKeyId, keyId));
        await audit(tx, services.clock, {
          actor: { kind: 'user', id: c.var.auth.user.id },
          entity: 'enterprise',
          entityId: enterprise.id,
          action: 'api-key-revoked',
          data: { keyId, name: revoked.name, prefix: revoked.prefix },
        });
      });
      return c.body(null, 204);
    },
  );
}
