import type { WharfEvent } from '@wharf/domain';
import { WEBHOOK_POLICY } from '@wharf/domain/tickets';
import { and, arrayContains, eq, isNull } from 'drizzle-orm';
import { addSeconds, type Clock } from '../../clock.ts';
import type { Database, Executor } from '../../db/database.ts';
import { webhookDeliveries, webhookEndpoints } from '../../db/schema.ts';
import { retryDelaySeconds, type Outbox, type OutboxTopic } from '../../mail/outbox.ts';
import type { WharfConfig } from '../../config.ts';
import { AddressRefusedError, refusedHost } from './address-guard.ts';
import { signWebhook } from './signing.ts';

export const WEBHOOK_TOPIC = 'webhook';

interface WebhookJob {
  endpointId: string;
  /** `webhook-id`: one per event and endpoint, the same on every retry, so receivers can drop repeats. */
  messageId: string;
  type: WharfEvent['type'];
  body: string;
}

/** Queues `event` for every live endpoint of its enterprise that wants its type, in the caller's transaction. */
export async function enqueueWebhooks(tx: Executor, outbox: Outbox, event: WharfEvent): Promise<void> {
  const endpoints = await tx
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.enterpriseId, event.enterpriseId),
        isNull(webhookEndpoints.deletedAt),
        arrayContains(webhookEndpoints.events, [event.type]),
      ),
    );
  const body = JSON.stringify(event);
  for (const endpoint of endpoints) {
    const job: WebhookJob = { endpointId: endpoint.id, messageId: `msg_${event.id}_${endpoint.id.slice(0, 8)}`, type: event.type, body };
    await outbox.enqueue(tx, WEBHOOK_TOPIC, job);
  }
}

const short = (text: string) => (text.length > 500 ? `${text.slice(0, 500)}…` : text);

/**
 * The outbox topic that POSTs a webhook: signed, with a timeout, redirects not followed. Every attempt is logged
 * for the enterprise's admin; a failure throws so that the outbox retries it with backoff, until the attempts run out.
 */
export function webhookTopic(options: { db: Database; clock: Clock; fetch: typeof fetch; config: WharfConfig }): OutboxTopic {
  const { db, clock } = options;
  return {
    maxAttempts: WEBHOOK_POLICY.maxAttempts,
    // Several receivers at once, each one delivery at a time: a receiver that hangs holds up only itself.
    concurrency: WEBHOOK_POLICY.concurrentDeliveries,
    turnField: 'endpointId',
    async handle(payload, { attempts }) {
      const job = payload as WebhookJob;
      const [endpoint] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, job.endpointId)).limit(1);
      if (!endpoint || endpoint.deletedAt) return; // deleted since: nothing to deliver
      const started = clock.now();
      const timestamp = Math.floor(started.getTime() / 1000);
      let responseStatus: number | null = null;
      let error: string | null = null;
      try {
        // Whatever sends it, an address written into the URL is judged here too (Node's sender also judges names).
        const host = new URL(endpoint.url).hostname;
        const refused = options.config.webhooksAllowPrivate ? null : refusedHost(host);
        if (refused) throw new AddressRefusedError(host, host, refused);
        const response = await options.fetch(endpoint.url, {
          method: 'POST',
          redirect: 'manual',
          signal: AbortSignal.timeout(WEBHOOK_POLICY.timeoutMs),
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Wharf-Webhooks/1',
            'webhook-id': job.messageId,
            'webhook-timestamp': String(timestamp),
            'webhook-signature': await signWebhook(endpoint.secret, job.messageId, timestamp, job.body),
          },
          body: job.body,
        });
        responseStatus = response.status;
        await response.body?.cancel().catch(() => {});
        if (!response.ok) error = `HTTP ${response.status}`;
      } catch (caught) {
        error = caught instanceof Error ? `${caught.name}: ${caught.message}` : String(caught);
      }
      const finished = clock.now();
      const retried = error !== null && attempts < WEBHOOK_POLICY.maxAttempts;
      await db.insert(webhookDeliveries).values({
        endpointId: endpoint.id,
        messageId: job.messageId,
        eventType: job.type,
        attempt: attempts,
        status: error ? 'failed' : 'delivered',
        responseStatus,
        error: error && short(error),
        durationMs: Math.max(0, finished.getTime() - started.getTime()),
        at: started,
        nextAttemptAt: retried ? addSeconds(finished, retryDelaySeconds(attempts)) : null,
      });
      if (error) throw new Error(`webhook to ${endpoint.url}: ${error}`);
    },
  };
}
