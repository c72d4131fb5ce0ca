import { init } from './init.ts';

/** A product was deleted (after the user confirmed). */
export class WharfProductDeletedEvent extends Event {
  static readonly type = 'wharf-product-deleted';
  readonly sku: string;
  constructor(detail: { sku: string }) {
    super(WharfProductDeletedEvent.type, init);
    this.sku = detail.sku;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-product-deleted': WharfProductDeletedEvent;
  }
}
