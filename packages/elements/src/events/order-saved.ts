import type { Order } from '@wharf/domain/orders';
import { eventWith } from './with-detail.ts';

/**
 * An order was saved by the order form (created or changed), or its remarks and appointment by the detail; `order`
 * is it now — confirmed or submitted too when the user asked for that.
 */
export class WharfOrderSavedEvent extends eventWith<{ order: Order; created: boolean }>('wharf-order-saved') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-order-saved': WharfOrderSavedEvent;
  }
}
