import type { AddressBookEntry } from '@wharf/domain/addresses';
import type { Order, OrderOptions } from '@wharf/domain/orders';
import { paginate, type WharfClient } from '@wharf/sdk';

/** What the form needs before it shows: its choices, the address book, the currency and PIN, the order to edit. */
export interface FormData {
  options: OrderOptions;
  book: AddressBookEntry[];
  currency?: string | undefined;
  /** Whether the enterprise has a security PIN (submitting asks for it). */
  pinSet: boolean;
  order?: Order | undefined;
}

/** The address book's entries, up to `max` (the form offers them in drop-downs). */
async function addressBook(client: WharfClient, signal: AbortSignal, max = 500): Promise<AddressBookEntry[]> {
  const entries: AddressBookEntry[] = [];
  for await (const page of paginate(client.addresses.list, { limit: 200 }, { signal })) {
    entries.push(...page.data);
    if (entries.length >= max) break;
  }
  return entries;
}

/** Loads the options, the address book, the enterprise (currency, PIN) and the order `number` when editing. */
export async function loadForm(client: WharfClient, signal: AbortSignal, number: string | undefined): Promise<FormData> {
  const [options, book, enterprise, order] = await Promise.all([
    client.orders.options({ signal }),
    addressBook(client, signal),
    client.enterprises.get('current', { signal }).catch(() => undefined),
    number ? client.orders.get(number, { signal }) : undefined,
  ]);
  return { options, book, currency: order?.currency ?? enterprise?.tradingCurrency ?? undefined, pinSet: enterprise?.securityPinSet ?? false, order };
}
