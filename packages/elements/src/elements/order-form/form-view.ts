import type { Locale } from '@wharf/domain';
import type { AddressBookEntry } from '@wharf/domain/addresses';
import type { OrderOptions } from '@wharf/domain/orders';
import type { AddressBookText } from '../address-book/i18n/en.ts';
import type { OrderFormText } from './i18n/en.ts';
import type { OrderFormDraft } from './order-draft.ts';
import type { ProductPicker } from './product-picker.ts';

/** What the form's sections are drawn from. */
export interface FormView {
  text: OrderFormText;
  /** The address fields' words (the address book's). */
  addressText: AddressBookText;
  locale: Locale;
  draft: OrderFormDraft;
  options: OrderOptions;
  /** The address book: saved recipients and senders. */
  book: readonly AddressBookEntry[];
  /** The enterprise's trading currency, which prices are in. */
  currency?: string | undefined;
  picker: ProductPicker;
  /** The error shown at a field path, if any. */
  error: (path: string) => string | undefined;
  /** Something the user did changed what the form shows (e.g. the mode): search again, move the focus. */
  changed: (what: 'mode' | 'warehouse' | 'item-removed') => void;
}
