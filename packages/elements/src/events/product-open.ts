import { init } from './init.ts';

/** The user opened a product's detail (a host can put `sku` in its address to come back to it). */
export class WharfProductOpenEvent extends Event {
  static readonly type = 'wharf-product-open';
  readonly sku: string;
  constructor(detail: { sku: string }) {
    super(WharfProductOpenEvent.type, init);
    this.sku = detail.sku;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-product-open': WharfProductOpenEvent;
  }
}
