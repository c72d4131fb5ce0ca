import type { Order, OrderMove } from '@wharf/domain/orders';
import { eventWith } from './with-detail.ts';

/** The user moved an order (confirm, back to draft, submit, delete); `order` is it now (none after a deletion). */
export class WharfOrderMovedEvent extends eventWith<{ number: string; move: OrderMove; order?: Order | undefined }>('wharf-order-moved') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-order-moved': WharfOrderMovedEvent;
  }
}
