import { WharfAddressBook } from './address-book.ts';

WharfAddressBook.define('wharf-address-book');

declare global {
  interface HTMLElementTagNameMap {
    'wharf-address-book': WharfAddressBook;
  }
}

export { WharfAddressBook };
