import type { ProductType } from '@wharf/domain/products';
import { init } from './init.ts';

/**
 * The user asked for a new product ("New product", "New combo"). Cancelable: a host that opens its own form calls
 * `preventDefault()`; otherwise the list shows `<wharf-product-form type=…>` when that element is registered.
 */
export class WharfProductCreateEvent extends Event {
  static readonly type = 'wharf-product-create';
  /** `normal` or `combo`. (Not `type`: every event's `type` is its own name, `wharf-product-create`.) */
  readonly productType: ProductType;
  constructor(detail: { type: ProductType }) {
    super(WharfProductCreateEvent.type, { ...init, cancelable: true });
    this.productType = detail.type;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-product-create': WharfProductCreateEvent;
  }
}
