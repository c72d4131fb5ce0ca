import { ApiKey, CreateApiKeyRequest, CreatedApiKey, listOf } from '@wharf/domain';
import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import { requireOwnSession, requireUser } from '../auth/sessions.ts';
import { requireMembership } from './membership.ts';
import { ENTERPRISE } from './paths.ts';
import { presentApiKey } from './present.ts';
import { apiKeysOf } from './queries.ts';
import { createApiKey, revokeApiKey } from './service.ts';

const tag = 'Security';
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
      const rows = await apiKeysOf(c.var.services.db, c.var.membership.enterprise.id);
      return c.json({ data: rows.map((row) => presentApiKey(row.key, row.createdBy)), nextCursor: null });
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
      const { user } = c.var.auth;
      const { row, secret } = await createApiKey(c.var.services, { enterprise: c.var.membership.enterprise, userId: user.id }, name);
      return c.json({ ...presentApiKey(row, user.email), secret }, 201);
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
      await revokeApiKey(c.var.services, { enterprise: c.var.membership.enterprise, userId: c.var.auth.user.id }, c.req.param('keyId') ?? '');
      return c.body(null, 204);
    },
  );
}
