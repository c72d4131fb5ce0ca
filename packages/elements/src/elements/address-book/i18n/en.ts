/**
 * The strings of `<wharf-address-book>` only; the rules' messages (phone, ID number …) come from the domain,
 * shared with the server. Notes for translators: a “sender” is 寄件人 and a “recipient” 收件人; the “default
 * sender” is filled in on every new order.
 */
export interface AddressBookText {
  title: string;
  loading: string;
  kinds: { sender: string; recipient: string };
  kindFilter: string;
  allKinds: string;
  search: string;
  searchHint: string;
  add: string;
  addTitle: string;
  editTitle: (name: string) => string;
  caption: (n: number) => string;
  empty: string;
  noMatch: (q: string) => string;
  more: string;
  name: string;
  label: string;
  labelHint: string;
  phone: string;
  phoneHint: string;
  province: string;
  city: string;
  district: string;
  street: string;
  postcode: string;
  idNumber: string;
  idNumberHint: string;
  kind: string;
  address: string;
  isDefault: string;
  defaultSender: string;
  makeDefault: string;
  makeDefaultLabel: (name: string) => string;
  actions: string;
  edit: string;
  editLabel: (name: string) => string;
  remove: string;
  removeLabel: (name: string) => string;
  confirmRemove: (name: string) => string;
  cancel: string;
  save: string;
  saved: (name: string) => string;
  removed: (name: string) => string;
  nowDefault: (name: string) => string;
  transfer: string;
  transferHint: string;
  exportFile: string;
  exporting: string;
  exported: (name: string) => string;
  exportName: string;
  saveAgain: (name: string) => string;
  importFile: string;
}

export const en: AddressBookText = {
  title: 'Address book',
  loading: 'Loading addresses…',
  kinds: { sender: 'Sender', recipient: 'Recipient' },
  kindFilter: 'Show',
  allKinds: 'Senders and recipients',
  search: 'Search',
  searchHint: 'Name, phone, label or address.',
  add: 'Add an address',
  addTitle: 'New address',
  editTitle: (name) => `Edit ${name}`,
  caption: (n) => `${n} ${n === 1 ? 'address' : 'addresses'}`,
  empty: 'No addresses yet. Add senders and recipients here, or import them from a spreadsheet.',
  noMatch: (q) => `No address matches “${q}”.`,
  more: 'Show more addresses',
  name: 'Name',
  label: 'Label',
  labelHint: 'A short name to find it by, e.g. “Shenzhen office”.',
  phone: 'Mobile phone',
  phoneHint: 'A mainland (11 digits) or Hong Kong (8 digits) mobile number.',
  province: 'Province',
  city: 'City',
  district: 'District',
  street: 'Street address',
  postcode: 'Postcode',
  idNumber: 'ID number',
  idNumberHint: '18-character resident ID; needed by shipping methods that clear customs with it.',
  kind: 'Kind',
  address: 'Address',
  isDefault: 'Default sender for new orders',
  defaultSender: 'Default sender',
  makeDefault: 'Make default',
  makeDefaultLabel: (name) => `Make ${name} the default sender`,
  actions: 'Actions',
  edit: 'Edit',
  editLabel: (name) => `Edit ${name}`,
  remove: 'Delete',
  removeLabel: (name) => `Delete ${name}`,
  confirmRemove: (name) => `Delete ${name} from the address book? Orders already placed keep their addresses.`,
  cancel: 'Cancel',
  save: 'Save address',
  saved: (name) => `${name} saved.`,
  removed: (name) => `${name} deleted.`,
  nowDefault: (name) => `${name} is now the default sender.`,
  transfer: 'Import and export',
  transferHint: 'Move an address book from another account: export it as .xlsx, or import a filled-in template. Every problem is shown at its row and column; nothing is imported until all rows are right.',
  exportFile: 'Export (.xlsx)',
  exporting: 'Preparing the export…',
  exported: (name) => `${name} downloaded.`,
  exportName: 'address-book.xlsx',
  saveAgain: (name) => `Save ${name} again`,
  importFile: 'Import from a spreadsheet',
};
