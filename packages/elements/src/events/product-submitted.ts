import type { Product } from '@wharf/domain';
import { init } from './init.ts';

/** A product was sent to customs for filing; `product` is it, now `filing`. */
export class WharfProductSubmittedEvent extends Event {
  static readonly type = 'wharf-product-submitted';
  readonly product: Product;
  readonly sku: string;
  constructor(detail: { product: Product }) {
    super(WharfProductSubmittedEvent.type, init);
    this.product = detail.product;
    this.sku = detail.product.sku;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-product-submitted': WharfProductSubmittedEvent;
  }
}
