import { init } from './init.ts';

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

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-product-edit': WharfProductEditEvent;
  }
}
