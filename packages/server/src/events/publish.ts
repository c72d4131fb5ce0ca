import type { WharfEventType } from '@wharf/domain';
import type { Executor } from '../db/database.ts';
import type { Services } from '../services.ts';
import type { EventData } from './hub.ts';

/**
 * Says that something happened in an enterprise, inside the transaction that made it happen: the live stream
 * (`GET /v1/events`) shows it once committed, and what modules set going follows (webhooks are queued). Call `services.outbox.kick()` after
 * the commit to deliver them at once.
 */
export async function publishEvent(tx: Executor, services: Services, event: { enterpriseId: string; type: WharfEventType; data: EventData }) {
  const recorded = await services.events.record(tx, event);
  await services.afterEvent(tx, recorded);
  return recorded;
}
