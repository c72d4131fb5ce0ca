import type { FieldError } from '@wharf/domain';
import { fieldMessage } from '@wharf/domain/messages';
import { allowedMoves, moveTarget, orderMessagesFor, type OrderMove } from '@wharf/domain/orders';
import { eq, sql } from 'drizzle-orm';
import { audit } from '../../audit.ts';
import type { Executor } from '../../db/database.ts';
import { orders } from '../../db/schema.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import type { Services } from '../../services.ts';
import { checkSecurityPin } from '../enterprises/security-pin.ts';
import { releaseStock, reserveStock, type StockLine } from '../inventory/stock.ts';
import { announce } from './announce.ts';
import { findOrder, itemsOf, type OrderRow } from './queries.ts';
import type { Acting } from './service.ts';
import { hasAcceptedCurrentTerms } from './terms.ts';

const MOVE_ACTIONS: Record<OrderMove, string> = { confirm: 'confirmed', unconfirm: 'unconfirmed', submit: 'submitted', delete: 'deleted' };

/** 409 with the order's state and the moves it allows (API.md), saying why in the caller's language. */
export function refuseMove(acting: Acting, order: OrderRow, code = 'order_move_refused'): ProblemError {
  const labels = orderMessagesFor(acting.locale).labels;
  const allowed = allowedMoves(order.status, order.mode);
  return fieldProblem(acting.locale, {
    type: 'conflict',
    path: 'status',
    code,
    params: { status: labels.statuses[order.status], options: allowed.map((move) => labels.moves[move]) },
    extra: { orderStatus: order.status, allowed },
  });
}

/** The order's items as stock sees them. */
async function stockLines(tx: Executor, order: OrderRow): Promise<StockLine[]> {
  const items = (await itemsOf(tx, [order.id])).get(order.id) ?? [];
  return items.map((item) => ({ productId: item.productId, quantity: item.quantity, index: item.position }));
}

/**
 * Whether the move can be made now, before asking for a PIN: 404 when the enterprise has no such live order, 409
 * when its state does not allow the move or a consolidation order's ASN is not received yet (ASNs do not exist
 * yet, so it never is).
 */
export async function refuseImpossibleMove(db: Executor, acting: Acting, number: string, move: OrderMove): Promise<OrderRow> {
  const order = await findOrder(db, acting.enterprise.id, number, { live: true });
  if (!order) throw new ProblemError({ type: 'not-found' });
  if (!moveTarget(order.status, move)) throw refuseMove(acting, order);
  if (move === 'submit' && order.mode === 'consolidation') throw refuseMove(acting, order, 'asn_not_received');
  return order;
}

/** Submitting needs the enterprise's security PIN when it has one (seed 000 binding Q3); five wrong block it. */
export async function requirePin(services: Services, acting: Acting, pin: string | undefined): Promise<void> {
  await checkSecurityPin(services, { enterprise: acting.enterprise, userId: acting.userId, pin, locale: acting.locale });
}

/**
 * PRODUCT §4.3: confirm, back to draft, submit or delete one order, in its own transaction. Confirming needs the
 * current waybill terms accepted and, for stock orders, reserves every item (all or nothing, 409 naming each
 * short `items.N.quantity` with what is available); back to draft releases. Ask for the PIN before submitting.
 */
export async function moveOrder(services: Services, acting: Acting, number: string, move: OrderMove): Promise<OrderRow> {
  const { db, clock } = services;
  const now = clock.now();
  const row = await db.transaction(async (tx) => {
    const order = await findOrder(tx, acting.enterprise.id, number, { forUpdate: true, live: true });
    if (!order) throw new ProblemError({ type: 'not-found' });
    const target = moveTarget(order.status, move);
    if (!target) throw refuseMove(acting, order);
    if (move === 'submit' && order.mode === 'consolidation') throw refuseMove(acting, order, 'asn_not_received');
    const stock = { warehouse: order.warehouse, orderId: order.id, actor: { kind: 'user' as const, id: acting.userId }, now };
    if (move === 'confirm') {
      const terms = await hasAcceptedCurrentTerms(tx, acting.userId);
      if (!terms.accepted) throw fieldProblem(acting.locale, { type: 'conflict', path: 'terms', code: 'terms_not_accepted', extra: { termsVersion: terms.version } });
      if (order.mode === 'stock') {
        const shortages = await reserveStock(tx, stock, await stockLines(tx, order));
        if (shortages.length) {
          const errors: FieldError[] = shortages.map(({ index, available }) => ({
            path: `items.${index}.quantity`,
            code: 'stock_short',
            message: fieldMessage(acting.locale, 'stock_short', { max: available }),
          }));
          throw new ProblemError({ type: 'conflict', errors, extra: { orderStatus: order.status, allowed: allowedMoves(order.status, order.mode), available: shortages } });
        }
      }
    }
    if (move === 'unconfirm' && order.mode === 'stock') await releaseStock(tx, stock, await stockLines(tx, order));
    const [moved] = await tx
      .update(orders)
      .set({ status: target, updatedAt: now, version: sql`${orders.version} + 1` })
      .where(eq(orders.id, order.id))
      .returning();
    await audit(tx, clock, { actor: { kind: 'user', id: acting.userId }, entity: 'order', entityId: number, action: MOVE_ACTIONS[move], data: { from: order.status, to: target } });
    await announce(tx, services, moved!, { move, previousStatus: order.status, now });
    return moved!;
  });
  services.outbox.kick();
  return row;
}

/** A move's outcome for a bulk answer: the new state, or the problem as the single call would have answered it. */
export async function tryMove(services: Services, acting: Acting, number: string, move: OrderMove) {
  try {
    const row = await moveOrder(services, acting, number, move);
    return { number, ok: true, status: row.status };
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    return { number, ok: false, problem: problemSummary(error, acting) };
  }
}

/** A refusal as a bulk result carries it. */
export function problemSummary(error: ProblemError, acting: Acting) {
  const document = error.toDocument(acting.locale);
  return { status: document.status, ...(error.errors?.[0] ? { code: error.errors[0].code } : {}), detail: document.detail, ...(error.errors ? { errors: error.errors } : {}), ...error.extra };
}
