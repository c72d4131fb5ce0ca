// Addresses (API.md "Orders and addresses"): recipients and senders, in orders and in the address book — phone,
// postcode and resident ID number rules, one check every caller uses, and the address-book entry.
export { Address, AddressBookEntry, AddressBookEntryInput, AddressInput, AddressKind, AddressQuery, UpdateAddressBookEntry, refineAddress } from './schemas.ts';
export { ADDRESS_AUTOCOMPLETE, ADDRESS_KINDS, ADDRESS_POLICY, ADDRESS_REQUIRED_FIELDS, isIdNumber, isPhone, isPostcode, maskPhone, normalizePhone, readIdNumber } from './rules.ts';
export { checkAddress, formatAddressLine, normalizeAddress } from './check.ts';
export type { AddressCheckContext, AddressDraft } from './check.ts';
export { ADDRESS_FIELD_CODES } from './messages/codes.ts';
export type { AddressFieldCode, AddressMessages } from './messages/codes.ts';
export { ADDRESS_CATALOGUE, addressMessagesFor, fieldMessage } from './messages/index.ts';
