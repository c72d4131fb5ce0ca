import type { OrderQuery } from '@wharf/domain';
import { AWAITING_PICKUP, AWAITING_PICKUP_STATUSES, ORDER_STATUSES } from '@wharf/domain/orders';
import { and, asc, desc, eq, gt, gte, ilike, inArray, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { orderItems, orders, orderTracking } from '../../db/schema.ts';
import { listCursor } from '../../http/cursor.ts';

export type OrderRow = typeof orders.$inferSelect;
export type OrderItemRow = typeof orderItems.$inferSelect;

/** The enterprise's order with this number (deleted ones too, unless `live`), optionally locked for a change. */
export async function findOrder(db: Executor, enterpriseId: string, number: string, options: { forUpdate?: boolean; live?: boolean } = {}): Promise<OrderRow | undefined> {
  const query = db
    .select()
    .from(orders)
    .where(and(eq(orders.enterpriseId, enterpriseId), eq(orders.number, number), options.live ? ne(orders.status, 'deleted') : undefined))
    .limit(1);
  const [row] = await (options.forUpdate ? query.for('update') : query);
  return row;
}

/** An order by number whatever its enterprise (operators), optionally locked. */
export async function findOrderByNumber(db: Executor, number: string, options: { forUpdate?: boolean } = {}): Promise<OrderRow | undefined> {
  const query = db.select().from(orders).where(and(eq(orders.number, number), ne(orders.status, 'deleted'))).limit(1);
  const [row] = await (options.forUpdate ? query.for('update') : query);
  return row;
}

/** The live order of the enterprise with this reference. */
export async function findByReference(db: Executor, enterpriseId: string, reference: string): Promise<OrderRow | undefined> {
  const [row] = await db.select().from(orders).where(and(eq(orders.enterpriseId, enterpriseId), eq(orders.reference, reference), ne(orders.status, 'deleted'))).limit(1);
  return row;
}

/** The orders' items, by order id, in their order. */
export async function itemsOf(db: Executor, orderIds: readonly number[]): Promise<Map<number, OrderItemRow[]>> {
  const byOrder = new Map<number, OrderItemRow[]>();
  if (!orderIds.length) return byOrder;
  const rows = await db.select().from(orderItems).where(inArray(orderItems.orderId, [...orderIds])).orderBy(asc(orderItems.orderId), asc(orderItems.position));
  for (const row of rows) byOrder.set(row.orderId, [...(byOrder.get(row.orderId) ?? []), row]);
  return byOrder;
}

export function trackingOf(db: Executor, orderId: number) {
  return db.select().from(orderTracking).where(eq(orderTracking.orderId, orderId)).orderBy(asc(orderTracking.id));
}

/** Day bounds: `createdFrom=2026-05-01` from its first instant, `createdTo=2026-05-31` through its last (UTC). */
function createdBounds(query: { createdFrom?: string | undefined; createdTo?: string | undefined }): SQL[] {
  const bounds: SQL[] = [];
  if (query.createdFrom) bounds.push(gte(orders.createdAt, new Date(query.createdFrom.length === 10 ? `${query.createdFrom}T00:00:00Z` : query.createdFrom)));
  if (query.createdTo) {
    bounds.push(query.createdTo.length === 10 ? lt(orders.createdAt, new Date(Date.parse(`${query.createdTo}T00:00:00Z`) + 86_400_000)) : lte(orders.createdAt, new Date(query.createdTo)));
  }
  return bounds;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);
const prefix = (text: string) => `${escapeLike(text)}%`;

/** The status condition of a list: one state, awaiting pickup (submitted or cleared), or every live state. */
function statusCondition(status: string | undefined): SQL {
  if (status === AWAITING_PICKUP) return inArray(orders.status, [...AWAITING_PICKUP_STATUSES]);
  if (status) return eq(orders.status, status as (typeof ORDER_STATUSES)[number]);
  return ne(orders.status, 'deleted');
}

type ListQuery = z.output<typeof OrderQuery>;

/**
 * A page of the enterprise's orders (rows, for the presenter), filtered and sorted as `GET /v1/orders` was asked.
 * Keyset pages: by creation time and id, or by id (numbers are given in id order from one counter).
 */
/** Orders' cursor: the last row's creation time and id (the id alone orders the by-number sorts). */
const ORDER_CURSOR = listCursor('orders', ['time', 'id']);

export async function listOrders(db: Executor, enterpriseId: string, query: ListQuery, extra: { productId?: string } = {}) {
  const byNumber = query.sort === 'number' || query.sort === '-number';
  const ascending = query.sort === 'createdAt' || query.sort === 'number';
  const key = ORDER_CURSOR.decode(query.cursor);
  let after: SQL | undefined;
  if (key) {
    const [time, id] = key;
    const beyond = ascending ? gt : lt;
    after = byNumber ? beyond(orders.id, id) : or(beyond(orders.createdAt, time), and(eq(orders.createdAt, time), beyond(orders.id, id)));
  }
  const q = query.q?.trim();
  const rows = await db
    .select()
    .from(orders)
    .where(
      and(
        eq(orders.enterpriseId, enterpriseId),
        statusCondition(query.status),
        query.mode ? eq(orders.mode, query.mode) : undefined,
        query.number ? ilike(orders.number, prefix(query.number)) : undefined,
        query.reference ? ilike(orders.reference, prefix(query.reference)) : undefined,
        query.shippingMethod ? eq(orders.shippingMethod, query.shippingMethod) : undefined,
        query.warehouse ? eq(orders.warehouse, query.warehouse) : undefined,
        extra.productId ? sql`exists (select 1 from ${orderItems} where ${orderItems.orderId} = ${orders.id} and ${orderItems.productId} = ${extra.productId})` : undefined,
        query.sku ? sql`exists (select 1 from ${orderItems} where ${orderItems.orderId} = ${orders.id} and upper(${orderItems.sku}) = upper(${query.sku}))` : undefined,
        q
          ? or(
              ilike(orders.number, `%${escapeLike(q)}%`),
              ilike(orders.reference, `%${escapeLike(q)}%`),
              ilike(sql`${orders.recipient}->>'name'`, `%${escapeLike(q)}%`),
              ilike(sql`${orders.recipient}->>'phone'`, `%${escapeLike(q)}%`),
            )
          : undefined,
        ...createdBounds(query),
        after,
      ),
    )
    .orderBy(...(byNumber ? [ascending ? asc(orders.id) : desc(orders.id)] : ascending ? [asc(orders.createdAt), asc(orders.id)] : [desc(orders.createdAt), desc(orders.id)]))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > query.limit && last ? ORDER_CURSOR.encode([last.createdAt, last.id]) : null };
}

/** Orders per live state, and those awaiting pickup. */
export async function countByStatus(db: Executor, enterpriseId: string) {
  const rows = await db
    .select({ status: orders.status, count: sql<number>`count(*)::int` })
    .from(orders)
    .where(and(eq(orders.enterpriseId, enterpriseId), ne(orders.status, 'deleted')))
    .groupBy(orders.status);
  const counts = { draft: 0, confirmed: 0, submitted: 0, cleared: 0, shipped: 0, signed: 0, awaitingPickup: 0 };
  for (const row of rows) if (row.status !== 'deleted') counts[row.status] = Number(row.count);
  counts.awaitingPickup = counts.submitted + counts.cleared;
  return counts;
}
