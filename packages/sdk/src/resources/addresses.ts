import type { AddressBookEntry, AddressBookEntryInput, AddressQuery, UpdateAddressBookEntry } from '@wharf/domain/addresses';
import { ifMatch, type RequestOptions, type Transport, type VersionedOptions } from '../core/http.ts';
import type { Page } from '../core/page.ts';
import { searchParams } from '../core/search-params.ts';

/**
 * The enterprise's address book (API.md, Orders and addresses): saved senders and recipients, checked as an
 * order's recipient is, one default of each kind. A book moves between accounts as .xlsx: `exportBook()` here,
 * then `imports.upload(file, { kind: 'addresses' })` in the other account.
 */
export function addressesResource(send: Transport) {
  const at = (id: string) => `v1/addresses/${encodeURIComponent(id)}`;
  return {
    /** Newest first; `kind` keeps senders or recipients, `q` finds part of the name, label, phone or address. */
    list: (query: AddressQuery = {}, options: RequestOptions = {}) =>
      send<Page<AddressBookEntry>>('get', 'v1/addresses', { ...options, searchParams: searchParams(query) }),
    get: (id: string, options: RequestOptions = {}) => send<AddressBookEntry>('get', at(id), options),
    /** Saves an entry; `isDefault` makes it its kind's default in place of the one before. A broken rule is a ValidationError at its field. */
    create: (body: AddressBookEntryInput, options: RequestOptions = {}) => send<AddressBookEntry>('post', 'v1/addresses', { json: body, ...options }),
    /** Changes the fields sent; with `version`, a change someone made since is a ConflictError at `version`. */
    update: (id: string, body: UpdateAddressBookEntry, options: VersionedOptions = {}) => send<AddressBookEntry>('patch', at(id), { json: body, ...ifMatch(options) }),
    remove: (id: string, options: RequestOptions = {}) => send<void>('delete', at(id), options),
    /** The upload template (.xlsx) in the client's language. */
    template: (options: RequestOptions = {}) => send<Blob>('get', 'v1/addresses/template.xlsx', { ...options, as: 'blob' }),
    /** The whole book as .xlsx, in the template's columns: it uploads into another account as it is. */
    exportBook: (options: RequestOptions = {}) => send<Blob>('get', 'v1/addresses/export.xlsx', { ...options, as: 'blob' }),
  };
}
export type AddressesResource = ReturnType<typeof addressesResource>;
