import { CreatedWebhook, CreateWebhookRequest, listOf, Pagination, Webhook, WebhookDelivery } from '@wharf/domain';
import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { ProblemError } from '../../http/problem.ts';
import { problem, type RouteContext, type RouteRegistry } from '../../http/routes.ts';
import { requireUser } from '../auth/sessions.ts';
import { isUuid, requireMembership, type MemberVars } from '../enterprises/membership.ts';
import { ENTERPRISE } from '../enterprises/paths.ts';
import { presentDelivery, presentWebhook } from './present.ts';
import { deliveryPage, findLiveEndpoint, liveEndpoints } from './queries.ts';
import { addWebhook, removeWebhook } from './service.ts';

const tag = 'Webhooks';
const admin = [requireUser, requireMembership({ role: 'admin' })] as const;

/** The live endpoint named in the path, of the enterprise the call acts in; 404 otherwise. */
async function endpointOf(c: RouteContext<MemberVars>) {
  const id = c.req.param('webhookId') ?? '';
  const row = isUuid(id) ? await findLiveEndpoint(c.var.services.db, c.var.membership.enterprise.id, id) : undefined;
  if (!row) throw new ProblemError({ type: 'not-found' });
  return row;
}

/**
 * PRODUCT §2.5: signed webhooks per enterprise (Standard Webhooks: `webhook-id`, `webhook-timestamp`,
 * `webhook-signature`), so a host can push ticket steps to WeChat or its own inbox; and the delivery log.
 */
export function mountWebhooks(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'post',
      path: `${ENTERPRISE}/webhooks`,
      tag,
      summary: 'Add an endpoint (admin); the signing secret is shown once',
      auth: 'user',
      body: CreateWebhookRequest,
      responses: { 201: { description: 'The endpoint with its secret', schema: CreatedWebhook }, 422: problem('Not an https address, or too many endpoints') },
    },
    ...admin,
    async (c, { body }) => {
      const by = { enterpriseId: c.var.membership.enterprise.id, userId: c.var.auth.user.id };
      const { row, secret } = await addWebhook(c.var.services, c.var.locale, by, body);
      return c.json({ ...presentWebhook(row), secret }, 201);
    },
  );

  routes.add(
    app,
    {
      method: 'get',
      path: `${ENTERPRISE}/webhooks`,
      tag,
      summary: 'The endpoints (admin); secrets are never shown again',
      auth: 'user',
      responses: { 200: { description: 'Every live endpoint', schema: listOf(Webhook) } },
    },
    ...admin,
    async (c) => {
      const rows = await liveEndpoints(c.var.services.db, c.var.membership.enterprise.id);
      return c.json({ data: rows.map(presentWebhook), nextCursor: null });
    },
  );

  routes.add(
    app,
    {
      method: 'delete',
      path: `${ENTERPRISE}/webhooks/:webhookId`,
      tag,
      summary: 'Remove an endpoint (admin); queued deliveries to it are dropped',
      auth: 'user',
      responses: { 204: { description: 'Removed' }, 404: problem('No such endpoint') },
    },
    ...admin,
    async (c) => {
      await removeWebhook(c.var.services, c.var.auth.user.id, await endpointOf(c));
      return c.body(null, 204);
    },
  );

  routes.add(
    app,
    {
      method: 'get',
      path: `${ENTERPRISE}/webhooks/:webhookId/deliveries`,
      tag,
      summary: 'The delivery log (admin): every attempt, newest first, with the answer and the next retry',
      auth: 'user',
      query: Pagination,
      responses: { 200: { description: 'A page of attempts', schema: listOf(WebhookDelivery) } },
    },
    ...admin,
    async (c, { query }) => {
      const page = await deliveryPage(c.var.services.db, (await endpointOf(c)).id, query);
      return c.json({ data: page.rows.map(presentDelivery), nextCursor: page.nextCursor });
    },
  );
}
