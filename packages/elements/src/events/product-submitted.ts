import type { Product } from '@wharf/domain';
import { eventWith } from './with-detail.ts';

/** A product was sent to customs for filing; `product` is it, now `filing`. */
export class WharfProductSubmittedEvent extends eventWith<{ product: Product }>('wharf-product-submitted') {
  readonly sku = this.product.sku;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-product-submitted': WharfProductSubmittedEvent;
  }
}
