import type { Locale, OrderEventRequest } from '@wharf/domain';
import { formatAmount, isCurrency } from '@wharf/domain/common';
import { allowedEvents, eventTarget, holdsReservation, orderMessagesFor } from '@wharf/domain/orders';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../audit.ts';
import type { Executor } from '../../db/database.ts';
import { enterprises, ledgerEntries, orders } from '../../db/schema.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import type { Services } from '../../services.ts';
import { deductStock } from '../inventory/stock.ts';
import { findShippingMethod } from '../warehouses/queries.ts';
import { announce } from './announce.ts';
import { findOrderByNumber, itemsOf, type OrderRow } from './queries.ts';

type EventBody = z.output<typeof OrderEventRequest>;

/**
 * The shipping method's fee for this order into the enterprise's ledger (PRODUCT §4.14), once per order: in the
 * trading currency (the enterprise row is locked, so it cannot change meanwhile — and the fee then fixes it). A
 * method without fees is free; one without a fee in the enterprise's currency is refused (409 `fee_not_offered`).
 */
async function chargeShipping(tx: Executor, locale: Locale, order: OrderRow, operatorId: string, now: Date): Promise<number | null> {
  if (order.feeEntryId) return order.feeEntryId;
  const method = await findShippingMethod(tx, order.shippingMethod);
  if (!method || !method.fees.length) return null;
  const [enterprise] = await tx.select().from(enterprises).where(eq(enterprises.id, order.enterpriseId)).for('update');
  const currency = enterprise?.tradingCurrency;
  if (!currency) throw fieldProblem(locale, { type: 'conflict', path: 'type', code: 'currency_not_set' });
  const fee = method.fees.find((candidate) => candidate.currency === currency);
  if (!fee) throw fieldProblem(locale, { type: 'conflict', path: 'type', code: 'fee_not_offered', params: { field: currency } });
  const [entry] = await tx
    .insert(ledgerEntries)
    .values({ enterpriseId: order.enterpriseId, kind: 'fee', amount: isCurrency(currency) ? formatAmount(fee.amount, currency) : fee.amount, currency, note: order.number, operatorId, at: now })
    .returning({ id: ledgerEntries.id });
  return entry!.id;
}

/**
 * What customs, the warehouse or the carrier report (API.md): cleared, shipped (with carrier and tracking
 * number; a stock order's items leave stock, the fee is charged), signed, or an exception (recorded, the state
 * stays). A report the state does not allow is 409 with the state and the reports it allows.
 */
export async function reportOrderEvent(services: Services, locale: Locale, operatorId: string, number: string, body: EventBody): Promise<OrderRow> {
  const { db, clock } = services;
  const now = clock.now();
  const row = await db.transaction(async (tx) => {
    const order = await findOrderByNumber(tx, number, { forUpdate: true });
    if (!order) throw new ProblemError({ type: 'not-found' });
    const target = eventTarget(order.status, body.type);
    if (target === undefined) {
      const labels = orderMessagesFor(locale).labels;
      const allowed = allowedEvents(order.status);
      throw fieldProblem(locale, {
        type: 'conflict',
        path: 'type',
        code: 'order_event_refused',
        params: { status: labels.statuses[order.status], options: allowed.map((type) => labels.events[type]) },
        extra: { orderStatus: order.status, allowed },
      });
    }
    const changes: Partial<typeof orders.$inferInsert> = {};
    if (body.type === 'shipped') {
      if (holdsReservation(order.status, order.mode)) {
        const items = (await itemsOf(tx, [order.id])).get(order.id) ?? [];
        await deductStock(
          tx,
          { warehouse: order.warehouse, orderId: order.id, actor: { kind: 'operator', id: operatorId }, now },
          items.map((item) => ({ productId: item.productId, quantity: item.quantity, index: item.position })),
        );
      }
      changes.feeEntryId = await chargeShipping(tx, locale, order, operatorId, now);
      changes.carrier = body.carrier ?? null;
      changes.trackingNumber = body.trackingNumber ?? null;
    }
    const [updated] = await tx
      .update(orders)
      .set({ ...changes, ...(target ? { status: target } : {}), updatedAt: now, version: sql`${orders.version} + 1` })
      .where(eq(orders.id, order.id))
      .returning();
    await audit(tx, clock, {
      actor: { kind: 'operator', id: operatorId },
      entity: 'order',
      entityId: number,
      action: body.type,
      data: { from: order.status, to: updated!.status, ...(body.note ? { note: body.note } : {}), ...(body.carrier ? { carrier: body.carrier, trackingNumber: body.trackingNumber } : {}) },
    });
    await announce(tx, services, updated!, { move: body.type, previousStatus: order.status, note: body.note ?? null, operatorId, now });
    return updated!;
  });
  services.outbox.kick();
  return row;
}
