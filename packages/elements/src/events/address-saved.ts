import type { AddressBookEntry } from '@wharf/domain/addresses';
import { eventWith } from './with-detail.ts';

/** An address was added to the address book or changed (`created` tells which). */
export class WharfAddressSavedEvent extends eventWith<{ address: AddressBookEntry; created: boolean }>('wharf-address-saved') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-address-saved': WharfAddressSavedEvent;
  }
}
