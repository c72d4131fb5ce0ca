import { eventWith } from './with-detail.ts';

/** The user opened a product's detail (a host can put `sku` in its address to come back to it). */
export class WharfProductOpenEvent extends eventWith<{ sku: string }>('wharf-product-open') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-product-open': WharfProductOpenEvent;
  }
}
