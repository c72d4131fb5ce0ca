import { orderWebhookEvent, type OrderEventType, type OrderMove, type OrderStatus } from '@wharf/domain/orders';
import type { Executor } from '../../db/database.ts';
import { orderTracking } from '../../db/schema.ts';
import { publishEvent } from '../../events/publish.ts';
import type { Services } from '../../services.ts';
import type { OrderRow } from './queries.ts';

/** What happened to an order, for its tracking and for the hosts listening. */
export interface OrderHappening {
  move: OrderMove | OrderEventType | 'create';
  previousStatus: OrderStatus | null;
  note?: string | null;
  operatorId?: string | null;
  now: Date;
}

const TRACKED: Partial<Record<OrderHappening['move'], string>> = {
  create: 'created',
  confirm: 'confirmed',
  submit: 'submitted',
  cleared: 'cleared',
  shipped: 'shipped',
  signed: 'signed',
  exception: 'exception',
};

/**
 * Inside the transaction that moved the order: a tracking line (for the steps a parcel's history shows) and the
 * event on the live stream and to webhooks (`order.confirmed`, `order.shipped`, …). Kick the outbox after the commit.
 */
export async function announce(tx: Executor, services: Services, order: OrderRow, happening: OrderHappening): Promise<void> {
  const tracked = TRACKED[happening.move];
  if (tracked) {
    await tx.insert(orderTracking).values({
      orderId: order.id,
      type: tracked,
      status: order.status,
      note: happening.note ?? null,
      carrier: happening.move === 'shipped' ? order.carrier : null,
      trackingNumber: happening.move === 'shipped' ? order.trackingNumber : null,
      operatorId: happening.operatorId ?? null,
      at: happening.now,
    });
  }
  await publishEvent(tx, services, {
    enterpriseId: order.enterpriseId,
    type: orderWebhookEvent(happening.move),
    data: {
      number: order.number,
      reference: order.reference,
      mode: order.mode,
      status: order.status,
      previousStatus: happening.previousStatus,
      ...(happening.move === 'shipped' ? { carrier: order.carrier, trackingNumber: order.trackingNumber } : {}),
      ...(happening.note ? { note: happening.note } : {}),
    },
  });
}
