import { eventWith } from './with-detail.ts';

/** A product was deleted (after the user confirmed). */
export class WharfProductDeletedEvent extends eventWith<{ sku: string }>('wharf-product-deleted') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-product-deleted': WharfProductDeletedEvent;
  }
}
