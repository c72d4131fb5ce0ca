import { and, count, desc, eq, isNull, lt } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { webhookDeliveries, webhookEndpoints } from '../../db/schema.ts';
import { listCursor } from '../../http/cursor.ts';

const live = (enterpriseId: string) => and(eq(webhookEndpoints.enterpriseId, enterpriseId), isNull(webhookEndpoints.deletedAt));

/** The enterprise's live endpoints, oldest first. */
export function liveEndpoints(db: Executor, enterpriseId: string) {
  return db.select().from(webhookEndpoints).where(live(enterpriseId)).orderBy(webhookEndpoints.createdAt);
}

/** How many live endpoints the enterprise has. */
export async function countLiveEndpoints(db: Executor, enterpriseId: string) {
  const [existing] = await db.select({ n: count() }).from(webhookEndpoints).where(live(enterpriseId));
  return Number(existing?.n ?? 0);
}

/** The live endpoint `id` (lower-cased) of the enterprise, if there is one. */
export async function findLiveEndpoint(db: Executor, enterpriseId: string, id: string) {
  const [row] = await db.select().from(webhookEndpoints).where(and(eq(webhookEndpoints.id, id.toLowerCase()), live(enterpriseId))).limit(1);
  return row;
}

const DELIVERY_CURSOR = listCursor('webhook-deliveries', ['id']);

/** A page of an endpoint's delivery attempts, newest first. */
export async function deliveryPage(db: Executor, endpointId: string, page: { limit: number; cursor?: string | undefined }) {
  const before = DELIVERY_CURSOR.decode(page.cursor)?.[0];
  const rows = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.endpointId, endpointId), before ? lt(webhookDeliveries.id, before) : undefined))
    .orderBy(desc(webhookDeliveries.id))
    .limit(page.limit + 1);
  const found = rows.slice(0, page.limit);
  return { rows: found, nextCursor: rows.length > page.limit ? DELIVERY_CURSOR.encode([found.at(-1)!.id]) : null };
}
