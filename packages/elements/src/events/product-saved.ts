import type { Product } from '@wharf/domain';
import { init } from './init.ts';

/** A product was saved (created or changed), and sent for filing when `submitted`. */
export class WharfProductSavedEvent extends Event {
  static readonly type = 'wharf-product-saved';
  readonly product: Product;
  /** Whether it was also sent to customs for filing (its status is then `filing`). */
  readonly submitted: boolean;
  /** Saved, but sending it for filing was refused: the form stays open and says why. */
  readonly submitFailed: boolean;
  constructor(detail: { product: Product; submitted: boolean; submitFailed?: boolean }) {
    super(WharfProductSavedEvent.type, init);
    this.product = detail.product;
    this.submitted = detail.submitted;
    this.submitFailed = detail.submitFailed ?? false;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-product-saved': WharfProductSavedEvent;
  }
}
