import type { BulkEditOrdersRequest, CreateOrderRequest, Locale, UpdateOrderRequest } from '@wharf/domain';
import { ALWAYS_EDITABLE_FIELDS, checkAppointment, isDraftEditable, orderMessagesFor } from '@wharf/domain/orders';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { audit, auditMany } from '../../audit.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { orderItems, orders } from '../../db/schema.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import type { Services } from '../../services.ts';
import type { EnterpriseRow } from '../enterprises/membership.ts';
import { announce } from './announce.ts';
import { checkAgainstDatabase, refuseFields, warehouseToday, type ItemValues } from './drafts.ts';
import { nextOrderNumber } from './numbers.ts';
import { findByReference, findOrder, itemsOf, type OrderRow } from './queries.ts';

/** Who acts on orders: a member of the enterprise, in their language. */
export interface Acting {
  enterprise: EnterpriseRow;
  userId: string;
  locale: Locale;
}

type CreateBody = z.output<typeof CreateOrderRequest>;
type UpdateBody = z.output<typeof UpdateOrderRequest>;
type BulkEditBody = z.output<typeof BulkEditOrdersRequest>;

const totals = (items: readonly ItemValues[]) => ({ itemCount: items.length, quantity: items.reduce((sum, item) => sum + item.quantity, 0) });

/** The same reference again: 409 naming the reference and the order that has it. */
async function referenceTaken(services: Services, acting: Acting, reference: string): Promise<ProblemError> {
  const existing = await findByReference(services.db, acting.enterprise.id, reference);
  return fieldProblem(acting.locale, { type: 'conflict', path: 'reference', code: 'reference_taken', params: { field: reference, name: existing?.number }, extra: { number: existing?.number ?? null } });
}

/** PRODUCT §4.2: a new order, as a draft, numbered from the locked counter. */
export async function createOrder(services: Services, acting: Acting, body: CreateBody): Promise<OrderRow> {
  const { db, clock } = services;
  const now = clock.now();
  let row: OrderRow;
  try {
    row = await db.transaction(async (tx) => {
      const items = await checkAgainstDatabase(tx, acting.locale, acting.enterprise, body, { now, checkAppointment: true });
      const number = await nextOrderNumber(tx);
      const [created] = await tx
        .insert(orders)
        .values({
          enterpriseId: acting.enterprise.id,
          number,
          reference: body.reference,
          mode: body.mode,
          status: 'draft',
          warehouse: body.warehouse,
          shippingMethod: body.shippingMethod,
          recipient: body.recipient,
          sender: body.sender ?? null,
          declaredGoods: body.declaredGoods,
          insuredValue: body.insuredValue ?? null,
          currency: acting.enterprise.tradingCurrency,
          remarks: body.remarks || null,
          appointment: body.appointment ?? null,
          changeWaybill: body.changeWaybill ?? false,
          ...totals(items),
          createdBy: acting.userId,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await tx.insert(orderItems).values(items.map((item, position) => ({ orderId: created!.id, position, ...item })));
      await audit(tx, clock, { actor: { kind: 'user', id: acting.userId }, entity: 'order', entityId: number, action: 'created', data: { reference: body.reference, mode: body.mode } });
      await announce(tx, services, created!, { move: 'create', previousStatus: null, now });
      return created!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw await referenceTaken(services, acting, body.reference);
    throw error;
  }
  services.outbox.kick();
  return row;
}

/** A stored order as a draft the order check reads. */
async function draftOf(tx: Parameters<typeof itemsOf>[0], row: OrderRow) {
  const items = (await itemsOf(tx, [row.id])).get(row.id) ?? [];
  return {
    mode: row.mode,
    reference: row.reference,
    warehouse: row.warehouse,
    shippingMethod: row.shippingMethod,
    recipient: row.recipient,
    sender: row.sender,
    declaredGoods: row.declaredGoods,
    insuredValue: row.insuredValue,
    remarks: row.remarks,
    appointment: row.appointment,
    items: items.map((item) => ({ sku: item.sku, quantity: item.quantity, unitPrice: item.unitPrice })),
  };
}

/** 409 at the first field that only a draft may change. */
function refuseUnlessDraft(acting: Acting, row: OrderRow, fields: readonly string[]) {
  if (fields.length && !isDraftEditable(row.status)) {
    throw fieldProblem(acting.locale, {
      type: 'conflict',
      path: fields[0]!,
      code: 'order_not_editable',
      params: { status: orderMessagesFor(acting.locale).labels.statuses[row.status] },
      extra: { orderStatus: row.status },
    });
  }
}

/** The appointment against today (what the request schema could not know). */
function refusePastAppointment(acting: Acting, appointment: { date: string; from: string; to: string } | null | undefined, now: Date) {
  if (!appointment) return;
  const issues = checkAppointment(appointment, { today: warehouseToday(now), full: false });
  if (issues.length) refuseFields(acting.locale, issues);
}

/**
 * PRODUCT §4.7: remarks and the appointment change in every state; the other fields only in draft, checked again
 * as the order would be. `refuseStale` is the caller's If-Match check.
 */
export async function editOrder(services: Services, acting: Acting, number: string, body: UpdateBody, refuseStale: (version: number) => void): Promise<OrderRow> {
  const { db, clock } = services;
  const now = clock.now();
  const sent = Object.entries(body).filter(([, value]) => value !== undefined).map(([field]) => field);
  const draftFields = sent.filter((field) => !(ALWAYS_EDITABLE_FIELDS as readonly string[]).includes(field));
  try {
    return await db.transaction(async (tx) => {
      const current = await findOrder(tx, acting.enterprise.id, number, { forUpdate: true, live: true });
      if (!current) throw new ProblemError({ type: 'not-found' });
      refuseStale(current.version);
      refuseUnlessDraft(acting, current, draftFields);
      refusePastAppointment(acting, body.appointment, now);
      const changes: Partial<typeof orders.$inferInsert> = {};
      if (draftFields.length) {
        const merged = { ...(await draftOf(tx, current)), ...Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) };
        const items = await checkAgainstDatabase(tx, acting.locale, acting.enterprise, merged as Parameters<typeof checkAgainstDatabase>[3], { now, checkAppointment: false });
        Object.assign(changes, {
          mode: merged.mode,
          reference: merged.reference,
          warehouse: merged.warehouse,
          shippingMethod: merged.shippingMethod,
          recipient: merged.recipient,
          sender: merged.sender ?? null,
          declaredGoods: merged.declaredGoods,
          insuredValue: merged.insuredValue ?? null,
          changeWaybill: body.changeWaybill ?? current.changeWaybill,
        });
        if (body.items) {
          await tx.delete(orderItems).where(eq(orderItems.orderId, current.id));
          await tx.insert(orderItems).values(items.map((item, position) => ({ orderId: current.id, position, ...item })));
          Object.assign(changes, totals(items));
        }
      }
      if (body.remarks !== undefined) changes.remarks = body.remarks || null;
      if (body.appointment !== undefined) changes.appointment = body.appointment;
      const [updated] = await tx
        .update(orders)
        .set({ ...changes, updatedAt: now, version: sql`${orders.version} + 1` })
        .where(eq(orders.id, current.id))
        .returning();
      await audit(tx, clock, {
        actor: { kind: 'user', id: acting.userId },
        entity: 'order',
        entityId: number,
        action: 'updated',
        data: { fields: sent, ...(body.remarks !== undefined ? { remarks: body.remarks } : {}), ...(body.appointment !== undefined ? { appointment: body.appointment } : {}) },
      });
      return updated!;
    });
  } catch (error) {
    if (isUniqueViolation(error) && body.reference) throw await referenceTaken(services, acting, body.reference);
    throw error;
  }
}

/**
 * Remarks and the appointment of many orders at once (seed 000 usage Q4), in one transaction: each order the
 * enterprise has is changed entirely; a number it does not have is answered as not found.
 */
export async function bulkEditOrders(services: Services, acting: Acting, body: BulkEditBody) {
  const { db, clock } = services;
  const now = clock.now();
  refusePastAppointment(acting, body.appointment, now);
  const numbers = [...new Set(body.numbers)];
  const found = await db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: orders.id, number: orders.number, status: orders.status })
      .from(orders)
      .where(and(eq(orders.enterpriseId, acting.enterprise.id), inArray(orders.number, numbers), ne(orders.status, 'deleted')))
      .orderBy(orders.id)
      .for('update');
    if (rows.length) {
      const changes: Partial<typeof orders.$inferInsert> = {};
      if (body.remarks !== undefined) changes.remarks = body.remarks || null;
      if (body.appointment !== undefined) changes.appointment = body.appointment;
      await tx
        .update(orders)
        .set({ ...changes, updatedAt: now, version: sql`${orders.version} + 1` })
        .where(inArray(orders.id, rows.map((row) => row.id)));
      await auditMany(
        tx,
        clock,
        rows.map((row) => ({
          actor: { kind: 'user' as const, id: acting.userId },
          entity: 'order',
          entityId: row.number,
          action: 'updated',
          data: { fields: Object.keys(changes), bulk: true, ...changes },
        })),
      );
    }
    return new Map(rows.map((row) => [row.number, row.status]));
  });
  const notFound = new ProblemError({ type: 'not-found' }).toDocument(acting.locale);
  return body.numbers.map((number) => {
    const status = found.get(number);
    return status ? { number, ok: true, status } : { number, ok: false, problem: { status: 404, detail: notFound.detail } };
  });
}
