import { type CreateWebhookRequest, type Locale, WHARF_EVENT_TYPES } from '@wharf/domain';
import { WEBHOOK_POLICY } from '@wharf/domain/tickets';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../audit.ts';
import { webhookEndpoints } from '../../db/schema.ts';
import { fieldProblem } from '../../http/problem.ts';
import type { Services } from '../../services.ts';
import type { EndpointRow } from './present.ts';
import { countLiveEndpoints } from './queries.ts';
import { newWebhookSecret } from './signing.ts';
import { refusedHost } from './address-guard.ts';

/** An admin adds an endpoint (up to the policy's number), logged; answers it with its signing secret. */
export async function addWebhook(services: Services, locale: Locale, by: { enterpriseId: string; userId: string }, body: z.output<typeof CreateWebhookRequest>) {
  const { enterpriseId, userId } = by;
  if (!services.config.webhooksAllowPrivate && refusedHost(new URL(body.url).hostname)) {
    throw fieldProblem(locale, { path: 'url', code: 'webhook_address' });
  }
  const secret = newWebhookSecret();
  const row = await services.db.transaction(async (tx) => {
    if ((await countLiveEndpoints(tx, enterpriseId)) >= WEBHOOK_POLICY.maxEndpoints) {
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
  return { row, secret };
}

/** An admin removes an endpoint (its queued deliveries are dropped by the delivery), logged. */
export async function removeWebhook(services: Services, userId: string, endpoint: EndpointRow) {
  await services.db.transaction(async (tx) => {
    await tx.update(webhookEndpoints).set({ deletedAt: services.clock.now() }).where(eq(webhookEndpoints.id, endpoint.id));
    await audit(tx, services.clock, {
      actor: { kind: 'user', id: userId },
      entity: 'enterprise',
      entityId: endpoint.enterpriseId,
      action: 'webhook-removed',
      data: { url: endpoint.url },
    });
  });
}
