/**
 * The strings of `<wharf-order-detail>` only; statuses, modes, moves and tracking events are named by the domain's
 * order labels (shared with the server and the order form). Notes for translators: the “waybill terms” are the
 * electronic waybill contract terms (电子运单契约条款), accepted once per version; the “security PIN” is the
 * enterprise's 6-digit 安全密码.
 */
export interface OrderDetailText {
  loading: string;
  title: (number: string) => string;
  notFound: string;
  status: string;
  mode: string;
  reference: string;
  created: string;
  actions: string;
  edit: string;
  label: string;
  labelBusy: string;
  labelFile: (number: string) => string;
  labelDownloaded: (name: string) => string;
  saveAgain: (name: string) => string;
  moved: (status: string) => string;
  deleted: (number: string) => string;
  confirmDelete: (number: string) => string;
  keep: string;
  tabsLabel: string;
  tabs: { items: string; details: string; log: string; tracking: string };
  sku: string;
  name: string;
  quantity: string;
  unitPrice: string;
  lineTotal: string;
  itemsCaption: (lines: number, pieces: number) => string;
  warehouse: string;
  shippingMethod: string;
  recipient: string;
  sender: string;
  noSender: string;
  declaredGoods: string;
  insuredValue: string;
  remarks: string;
  appointment: string;
  appointmentValue: (date: string, from: string, to: string) => string;
  changeWaybill: string;
  yes: string;
  no: string;
  carrier: string;
  trackingNumber: string;
  notSet: string;
  logEmpty: string;
  logAction: string;
  logWho: string;
  logWhen: string;
  logChanges: string;
  trackingEmpty: string;
  more: string;
  editNotes: string;
  saveNotes: string;
  cancel: string;
  notesSaved: string;
  date: string;
  from: string;
  to: string;
  clearAppointment: string;
  termsTitle: string;
  termsVersion: (version: number) => string;
  termsAccept: string;
  termsAcceptAndConfirm: string;
  pinTitle: string;
  pinHint: string;
  pin: string;
  pinSubmit: string;
}

export const en: OrderDetailText = {
  loading: 'Loading the order…',
  title: (number) => `Order ${number}`,
  notFound: 'This order was not found.',
  status: 'Status',
  mode: 'Mode',
  reference: 'Your reference',
  created: 'Created',
  actions: 'What you can do',
  edit: 'Edit draft',
  label: 'Download waybill label',
  labelBusy: 'Preparing the label…',
  labelFile: (number) => `waybill-${number}.pdf`,
  labelDownloaded: (name) => `${name} downloaded.`,
  saveAgain: (name) => `Save ${name} again`,
  moved: (status) => `The order is now ${status}.`,
  deleted: (number) => `Order ${number} deleted.`,
  confirmDelete: (number) => `Delete order ${number}? A deleted order cannot be brought back.`,
  keep: 'Keep it',
  tabsLabel: 'Order information',
  tabs: { items: 'Items', details: 'Details', log: 'Log', tracking: 'Tracking' },
  sku: 'SKU',
  name: 'Product',
  quantity: 'Quantity',
  unitPrice: 'Unit price',
  lineTotal: 'Total',
  itemsCaption: (lines, pieces) => `${lines} ${lines === 1 ? 'item' : 'items'}, ${pieces} ${pieces === 1 ? 'piece' : 'pieces'}`,
  warehouse: 'Warehouse',
  shippingMethod: 'Shipping method',
  recipient: 'Recipient',
  sender: 'Sender',
  noSender: 'The enterprise’s own address',
  declaredGoods: 'Declared goods',
  insuredValue: 'Insured value',
  remarks: 'Remarks',
  appointment: 'Pickup appointment',
  appointmentValue: (date, from, to) => `${date}, ${from}–${to}`,
  changeWaybill: 'Change waybill',
  yes: 'Yes',
  no: 'No',
  carrier: 'Carrier',
  trackingNumber: 'Tracking number',
  notSet: 'Not set',
  logEmpty: 'Nothing recorded yet.',
  logAction: 'What happened',
  logWho: 'Who',
  logWhen: 'When',
  logChanges: 'Changes',
  trackingEmpty: 'No tracking events yet: they appear once the order is submitted.',
  more: 'Show more',
  editNotes: 'Edit remarks and appointment',
  saveNotes: 'Save remarks and appointment',
  cancel: 'Cancel',
  notesSaved: 'Remarks and appointment saved.',
  date: 'Day',
  from: 'From',
  to: 'To',
  clearAppointment: 'No appointment',
  termsTitle: 'Electronic waybill terms',
  termsVersion: (version) => `Version ${version}. You are asked once per version.`,
  termsAccept: 'I have read and accept these terms',
  termsAcceptAndConfirm: 'Accept and confirm',
  pinTitle: 'Security PIN',
  pinHint: 'Your enterprise asks for its 6-digit security PIN to submit orders. Your admin can tell you it.',
  pin: 'Security PIN',
  pinSubmit: 'Submit with PIN',
};
