import type { WharfEventType } from '@wharf/domain';
import type { Executor } from '../db/database.ts';
import { enqueueWebhooks } from '../modules/webhooks/delivery.ts';
import type { Services } from '../services.ts';
import type { EventData } from './hub.ts';

/**
 * Says that something happened in an enterprise, inside the transaction that made it happen: the live stream
 * (`GET /v1/events`) shows it once committed, and its webhooks are queued. Call `services.outbox.kick()` after
 * the commit to deliver them at once.
 */
export async function publishEvent(tx: Executor, services: Services, event: { enterpriseId: string; type: WharfEventType; data: EventData }) {
  const recorded = await services.events.record(tx, event);
  await enqueueWebhooks(tx, services.outbox, recorded);
  return recorded;
}
