import { eventWith } from './with-detail.ts';

/** An address was deleted from the address book (after the user confirmed). */
export class WharfAddressDeletedEvent extends eventWith<{ id: string }>('wharf-address-deleted') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-address-deleted': WharfAddressDeletedEvent;
  }
}
