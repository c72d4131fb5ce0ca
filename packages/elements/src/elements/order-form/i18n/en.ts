/**
 * The strings of `<wharf-order-form>` only. Rule messages come from the domain (shared with the server); modes
 * and statuses are named by the domain's order labels; the address fields' labels are the address book's. Notes
 * for translators: “consolidation” is 集货 (parcels in, parcels out) and “stock” is 备货 (goods already in bonded
 * stock); the “declared goods” are 托寄物 / 申报品名.
 */
export interface OrderFormText {
  loading: string;
  titleNew: string;
  titleEdit: (number: string) => string;
  notEditable: (number: string, status: string) => string;
  requiredNote: string;
  route: string;
  mode: string;
  modeHints: { consolidation: string; stock: string };
  reference: string;
  referenceHint: string;
  warehouse: string;
  shippingMethod: string;
  choose: string;
  fee: (amount: string) => string;
  noFee: string;
  needsIdNumber: string;
  recipient: string;
  fromBook: string;
  newRecipient: string;
  savedRecipient: string;
  noSavedRecipients: string;
  saveToBook: string;
  sender: string;
  senderNone: string;
  senderHint: string;
  items: string;
  findProducts: string;
  findProductsHint: string;
  searching: string;
  noProducts: (q: string) => string;
  productsFound: (n: number) => string;
  add: string;
  addLabel: (sku: string, name: string) => string;
  added: string;
  available: (n: number) => string;
  availableIn: (n: number, warehouse: string) => string;
  chooseWarehouseFirst: string;
  itemsCaption: (n: number) => string;
  noItems: string;
  sku: string;
  product: string;
  quantity: string;
  quantityLabel: (sku: string) => string;
  unitPrice: string;
  unitPriceLabel: (sku: string) => string;
  remove: string;
  removeLabel: (sku: string) => string;
  itemAdded: (sku: string, n: number) => string;
  itemRemoved: (sku: string, n: number) => string;
  declaration: string;
  declaredGoods: string;
  declaredGoodsHint: string;
  insuredValue: string;
  insuredValueHint: string;
  remarks: string;
  appointment: string;
  appointmentHint: string;
  date: string;
  from: string;
  to: string;
  changeWaybill: string;
  saveDraft: string;
  confirm: string;
  confirmAndSubmit: string;
  cancel: string;
  savedDraft: (number: string) => string;
  confirmed: (number: string) => string;
  submitted: (number: string) => string;
  savedNotMoved: (number: string) => string;
  recipientNotSaved: string;
}

export const en: OrderFormText = {
  loading: 'Loading the order form…',
  titleNew: 'New order',
  titleEdit: (number) => `Edit order ${number}`,
  notEditable: (number, status) => `Order ${number} is ${status}: only drafts can be edited here. Its remarks and pickup appointment can still change in its detail.`,
  requiredNote: 'Fields marked * are required.',
  route: 'Mode, warehouse and shipping',
  mode: 'Mode',
  modeHints: {
    consolidation: 'Parcels in, parcels out: the order exists before its goods arrive on an ASN.',
    stock: 'Goods already in bonded stock: the order picks from what is available.',
  },
  reference: 'Your reference',
  referenceHint: 'Your own number for this order, unique in your enterprise, e.g. PO-2026-0001.',
  warehouse: 'Warehouse',
  shippingMethod: 'Shipping method',
  choose: 'Choose…',
  fee: (amount) => `Fee per order: ${amount}`,
  noFee: 'No fee in your currency yet.',
  needsIdNumber: 'This shipping method needs the recipient’s ID number.',
  recipient: 'Recipient',
  fromBook: 'From the address book',
  newRecipient: 'New recipient',
  savedRecipient: 'Saved recipient',
  noSavedRecipients: 'No saved recipients yet: enter a new one.',
  saveToBook: 'Save this recipient in the address book',
  sender: 'Sender',
  senderNone: 'The enterprise’s own address',
  senderHint: 'Your default sender is chosen for you.',
  items: 'Items',
  findProducts: 'Find filed products',
  findProductsHint: 'By SKU or name. Only products filed with customs can be ordered.',
  searching: 'Searching…',
  noProducts: (q) => (q ? `No filed product matches “${q}”.` : 'No filed products yet.'),
  productsFound: (n) => `${n} ${n === 1 ? 'product' : 'products'} found`,
  add: 'Add',
  addLabel: (sku, name) => `Add ${sku} ${name}`,
  added: 'Added',
  available: (n) => `${n} available`,
  availableIn: (n, warehouse) => `${n} available in ${warehouse}`,
  chooseWarehouseFirst: 'Choose the warehouse to see the stock available.',
  itemsCaption: (n) => `${n} ${n === 1 ? 'item' : 'items'} on this order`,
  noItems: 'No items yet: find products above and add them.',
  sku: 'SKU',
  product: 'Product',
  quantity: 'Quantity',
  quantityLabel: (sku) => `Quantity of ${sku}`,
  unitPrice: 'Unit price',
  unitPriceLabel: (sku) => `Unit price of ${sku}`,
  remove: 'Remove',
  removeLabel: (sku) => `Remove ${sku}`,
  itemAdded: (sku, n) => `${sku} added; ${n} ${n === 1 ? 'item' : 'items'} on the order.`,
  itemRemoved: (sku, n) => `${sku} removed; ${n} ${n === 1 ? 'item' : 'items'} on the order.`,
  declaration: 'Declaration and pickup',
  declaredGoods: 'Declared goods',
  declaredGoodsHint: 'What the parcel holds, as declared to customs, e.g. “Skin care”.',
  insuredValue: 'Insured value',
  insuredValueHint: 'Optional. Leave empty for no insurance.',
  remarks: 'Remarks',
  appointment: 'Pickup appointment',
  appointmentHint: 'Optional: a day and a time window for the pickup.',
  date: 'Day',
  from: 'From',
  to: 'To',
  changeWaybill: 'Change the waybill (是否换单)',
  saveDraft: 'Save draft',
  confirm: 'Save and confirm',
  confirmAndSubmit: 'Save, confirm and submit',
  cancel: 'Cancel',
  savedDraft: (number) => `Draft ${number} saved.`,
  confirmed: (number) => `Order ${number} confirmed.`,
  submitted: (number) => `Order ${number} submitted.`,
  savedNotMoved: (number) => `Order ${number} was saved as a draft.`,
  recipientNotSaved: 'The order was saved, but the recipient could not be added to the address book:',
};
