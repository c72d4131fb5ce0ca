import type { OrderMove, OrderEventType, OrderStatus } from './rules.ts';

// What hosts receive (webhooks and live events) when an order moves.

export const ORDER_WEBHOOK_EVENTS = [
  'order.created',
  'order.confirmed',
  'order.unconfirmed',
  'order.submitted',
  'order.deleted',
  'order.cleared',
  'order.shipped',
  'order.signed',
  'order.exception',
] as const;
export type OrderWebhookEvent = (typeof ORDER_WEBHOOK_EVENTS)[number];

/** The event a customer move or an operator event publishes. */
export function orderWebhookEvent(move: OrderMove | OrderEventType | 'create'): OrderWebhookEvent {
  if (move === 'create') return 'order.created';
  if (move === 'confirm') return 'order.confirmed';
  if (move === 'unconfirm') return 'order.unconfirmed';
  if (move === 'submit') return 'order.submitted';
  if (move === 'delete') return 'order.deleted';
  return `order.${move}`;
}

/** The data of every order event. */
export interface OrderEventData {
  number: string;
  reference: string;
  mode: string;
  status: OrderStatus;
  previousStatus: OrderStatus | null;
  carrier?: string | null;
  trackingNumber?: string | null;
  note?: string | null;
}
