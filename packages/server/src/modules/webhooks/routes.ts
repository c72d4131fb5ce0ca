import { CreatedWebhook, CreateWebhookRequest, listOf, Pagination, WHARF_EVENT_TYPES, Webhook, WebhookDelivery } from '@wharf/domain';
import { WEBHOOK_POLICY } from '@wharf/domain/tickets';
import { and, count, desc, eq, isNull, lt } from 'drizzle-orm';
import type { Hono } from 'hono';
import { audit } from '../../audit.ts';
import { webhookDeliveries, webhookEndpoints } from '../../db/schema.ts';
import { decodeCursor, encodeCursor } from '../../http/cursor.ts';
import type { AppEnv } from '../../http/env.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import { problem, type RouteContext, type RouteRegistry } from '../../http/routes.ts';
import { requireUser } from '../auth/sessions.ts';
import { isUuid, requireMembership, type MemberVars } from '../enterprises/membership.ts';
import { newWebhookSecret } from './signing.ts';
import { ENTERPRISE } from '../enterprises/paths.ts';

const tag = 'Webhooks';
const admin = [requireUser, requireMembership({ role: 'admin' })] as const;

type EndpointRow = typeof webhookEndpoints.$inferSelect;
const present = (row: EndpointRow): Webhook => ({
  id: row.id,
  url: row.url,
  description: row.description,
  events: row.events as Webhook['events'],
  createdAt: row.createdAt.toISOString(),
});

/** The live endpoint named in the path, of the enterprise the call acts in; 404 otherwise. */
async function endpointOf(c: RouteContext<MemberVars>) {
  const id = c.req.param('webhookId') ?? '';
  if (!isUuid(id)) throw new ProblemError({ type: 'not-found' });
  const [row] = await c.var.services.db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, id.toLowerCase()), eq(webhookEndpoints.enterpriseId, c.var.membership.enterprise.id), isNull(webhookEndpoints.deletedAt)))
    .limit(1);
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
    async (c, input) => {
      const { services, locale } = c.var;
      const body = input.body;
      const enterpriseId = c.var.membership.enterprise.id;
      const userId = c.var.auth.user.id;
      const secret = newWebhookSecret();
      const row = await services.db.transaction(async (tx) => {
        const [existing] = await tx
          .select({ n: count() })
          .from(webhookEndpoints)
          .where(and(eq(webhookEndpoints.enterpriseId, enterpriseId), isNull(webhookEndpoints.deletedAt)));
        if (Number(existing?.n ?? 0) >= WEBHOOK_POLICY.maxEndpoints) {
          throw fieldProblem(locale, { path: 'url', code: 'too_many_webhooks', params: { max: WEBHOOK_POLICY.maxEndpoints } });
        }
        const [created] = await tx
          .insert(webhookEndpoints)
          .values({
            id: crypto.randomUUID(),
            enterpriseId,
            url: body.url,
            description: body.description ?? '',
            events: [...new Set(body.events ?? WHARF_EVENT_TYPES)],
            secret,
            createdBy: userId,
            createdAt: services.clock.now(),
          })
          .returning();
        await audit(tx, services.clock, { actor: { kind: 'user', id: userId }, entity: 'enterprise', entityId: enterpriseId, action: 'webhook-added', data: { url: body.url } });
        return created!;
      });
      return c.json({ ...present(row), secret }, 201);
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
      const rows = await c.var.services.db
        .select()
        .from(webhookEndpoints)
        .where(and(eq(webhookEndpoints.enterpriseId, c.var.membership.enterprise.id), isNull(webhookEndpoints.deletedAt)))
        .orderBy(webhookEndpoints.createdAt);
      return c.json({ data: rows.map(present), nextCursor: null });
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
      const { services } = c.var;
      const endpoint = await endpointOf(c);
      await services.db.transaction(async (tx) => {
        await tx.update(webhookEndpoints).set({ deletedAt: services.clock.now() }).where(eq(webhookEndpoints.id, endpoint.id));
        await audit(tx, services.clock, {
          actor: { kind: 'user', id: c.var.auth.user.id },
          entity: 'enterprise',
          entityId: endpoint.enterpriseId,
          action: 'webhook-removed',
          data: { url: endpoint.url },
        });
      });
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
    async (c, { query: { limit, cursor } }) => {
      const endpoint = await endpointOf(c);
      const before = decodeCursor(cursor);
      const rows = await c.var.services.db
        .select()
        .from(webhookDeliveries)
        .where(and(eq(webhookDeliveries.endpointId, endpoint.id), before ? lt(webhookDeliveries.id, before) : undefined))
        .orderBy(desc(webhookDeliveries.id))
        .limit(limit + 1);
      const page = rows.slice(0, limit);
      return c.json({
        data: page.map(
          (row): WebhookDelivery => ({
            id: String(row.id),
            messageId: row.messageId,
            type: row.eventType as WebhookDelivery['type'],
            attempt: row.attempt,
            status: row.status as WebhookDelivery['status'],
            responseStatus: row.responseStatus,
            error: row.error,
            durationMs: row.durationMs,
            at: row.at.toISOString(),
            nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
          }),
        ),
        nextCursor: rows.length > limit ? encodeCursor(page.at(-1)!.id) : null,
      });
    },
  );
}
