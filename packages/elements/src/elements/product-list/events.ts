import type { Product } from '@wharf/domain';
import type { ProductType } from '@wharf/domain/rules';

const init = { bubbles: true, composed: true } as const;

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

/**
 * The user asked to edit a product. Cancelable like {@link WharfProductCreateEvent}; otherwise the list shows
 * `<wharf-product-form sku=…>` when that element is registered.
 */
export class WharfProductEditEvent extends Event {
  static readonly type = 'wharf-product-edit';
  readonly sku: string;
  constructor(detail: { sku: string }) {
    super(WharfProductEditEvent.type, { ...init, cancelable: true });
    this.sku = detail.sku;
  }
}

/** A product was deleted (after the user confirmed). */
export class WharfProductDeletedEvent extends Event {
  static readonly type = 'wharf-product-deleted';
  readonly sku: string;
  constructor(detail: { sku: string }) {
    super(WharfProductDeletedEvent.type, init);
    this.sku = detail.sku;
  }
}

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
    'wharf-product-create': WharfProductCreateEvent;
    'wharf-product-edit': WharfProductEditEvent;
    'wharf-product-deleted': WharfProductDeletedEvent;
    'wharf-product-submitted': WharfProductSubmittedEvent;
    'wharf-product-open': WharfProductOpenEvent;
  }
}
