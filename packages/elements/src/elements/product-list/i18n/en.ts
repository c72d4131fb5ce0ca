/** Product fields as the detail names them (and the log, when it lists what changed). */
export interface ProductFieldLabels {
  sku: string;
  name: string;
  type: string;
  category: string;
  brand: string;
  model: string;
  unit: string;
  originCountry: string;
  barcode: string;
  grossWeight: string;
  netWeight: string;
  purchasePrice: string;
  salePrice: string;
  currency: string;
  hsCode: string;
  declarationElements: string;
  declaredSpecification: string;
  components: string;
  status: string;
  rejectionReason: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * The strings of `<wharf-product-list>` only. Statuses, types and server refusals come from
 * `@wharf/domain/products`, shared with the server. Notes for translators: button labels stay short;
 * `…Label(sku)` names one row's button for screen readers and must start with the button's visible text.
 */
export interface ProductListText {
  title: string;
  newProduct: string;
  newCombo: string;
  filtersLabel: string;
  skuHint: string;
  nameHint: string;
  createdFrom: string;
  createdTo: string;
  allCategories: string;
  allStatuses: string;
  datesReversed: string;
  search: string;
  reset: string;
  loading: string;
  /** The table's caption: how many rows this page shows. */
  caption: (shown: number) => string;
  /** Announced after each search or page change. */
  results: (shown: number, page: number, more: boolean) => string;
  empty: string;
  emptyFiltered: string;
  columns: { sku: string; name: string; type: string; category: string; hsCode: string; salePrice: string; status: string; created: string; actions: string };
  view: string;
  edit: string;
  remove: string;
  submit: string;
  viewLabel: (sku: string) => string;
  editLabel: (sku: string) => string;
  removeLabel: (sku: string) => string;
  submitLabel: (sku: string) => string;
  pagesLabel: string;
  previous: string;
  next: string;
  page: (page: number) => string;
  perPage: string;
  confirmTitle: string;
  confirmRemove: (sku: string, name: string) => string;
  cancel: string;
  working: string;
  removed: (sku: string) => string;
  submitted: (sku: string) => string;
  saved: (sku: string) => string;
  savedAndSubmitted: (sku: string) => string;
  actionFailed: (sku: string, message: string) => string;
  formUnavailable: string;
  notSignedIn: string;
  noEnterprise: string;
  notSet: string;
  back: string;
  loadingProduct: string;
  productActions: string;
  tabsLabel: string;
  tabs: { details: string; log: string; inventory: string; orders: string; asns: string };
  fields: ProductFieldLabels;
  notAnswered: string;
  elementsUnavailable: string;
  element: (index: number) => string;
  quantity: string;
  rejectedTitle: string;
  rejectedHint: string;
  log: {
    caption: string;
    when: string;
    who: string;
    what: string;
    actions: Record<'created' | 'updated' | 'submitted' | 'filed' | 'rejected' | 'deleted', string>;
    other: (action: string) => string;
    changed: (fields: string) => string;
    reason: (reason: string) => string;
    customs: string;
    system: string;
    empty: string;
    more: string;
  };
  inventory: { caption: string; warehouse: string; onHand: string; reserved: string; available: string; updatedAt: string; empty: string };
  orders: { caption: string; number: string; empty: string; more: string };
  asns: { caption: string; number: string; empty: string; more: string };
}

export const en: ProductListText = {
  title: 'Products',
  newProduct: 'New product',
  newCombo: 'New combo',
  filtersLabel: 'Search products',
  skuHint: 'The start of the SKU',
  nameHint: 'Any part of the name',
  createdFrom: 'Created from',
  createdTo: 'Created to',
  allCategories: 'All categories',
  allStatuses: 'All statuses',
  datesReversed: 'The start date is after the end date. Swap them or change one.',
  search: 'Search',
  reset: 'Reset',
  loading: 'Loading products…',
  caption: (n) => `Products (${n} shown)`,
  results: (n, page, more) => `Page ${page}: ${n === 1 ? '1 product' : `${n} products`} shown${more ? '; more on the next page.' : '.'}`,
  empty: 'No products yet. Create one with “New product”, or upload a batch.',
  emptyFiltered: 'No product matches these filters. Change them or press Reset.',
  columns: { sku: 'SKU', name: 'Name', type: 'Type', category: 'Category', hsCode: 'HS code', salePrice: 'Sale price', status: 'Status', created: 'Created', actions: 'Actions' },
  view: 'View',
  edit: 'Edit',
  remove: 'Delete',
  submit: 'Submit for filing',
  viewLabel: (sku) => `View ${sku}`,
  editLabel: (sku) => `Edit ${sku}`,
  removeLabel: (sku) => `Delete ${sku}`,
  submitLabel: (sku) => `Submit for filing ${sku}`,
  pagesLabel: 'Pages',
  previous: 'Previous',
  next: 'Next',
  page: (page) => `Page ${page}`,
  perPage: 'Per page',
  confirmTitle: 'Delete this product?',
  confirmRemove: (sku, name) => `${sku} (${name}) will leave the product list. Its log is kept.`,
  cancel: 'Cancel',
  working: 'Please wait…',
  removed: (sku) => `${sku} was deleted.`,
  submitted: (sku) => `${sku} was sent to customs for filing.`,
  saved: (sku) => `${sku} was saved.`,
  savedAndSubmitted: (sku) => `${sku} was saved and sent to customs for filing.`,
  actionFailed: (sku, message) => `${sku}: ${message}`,
  formUnavailable: 'Products cannot be created or edited on this page.',
  notSignedIn: 'Sign in to see your enterprise’s products.',
  noEnterprise: 'Products belong to an enterprise: create or join one first.',
  notSet: 'Not set',
  back: 'Back to products',
  loadingProduct: 'Loading the product…',
  productActions: 'Product actions',
  tabsLabel: 'Product information',
  tabs: { details: 'Details', log: 'Log', inventory: 'Inventory', orders: 'Orders', asns: 'ASNs' },
  fields: {
    sku: 'SKU',
    name: 'Name',
    type: 'Type',
    category: 'Category',
    brand: 'Brand',
    model: 'Model / specification',
    unit: 'Unit of measure',
    originCountry: 'Country of origin',
    barcode: 'Barcode (GTIN)',
    grossWeight: 'Gross weight',
    netWeight: 'Net weight',
    purchasePrice: 'Purchase price',
    salePrice: 'Sale price',
    currency: 'Currency',
    hsCode: 'HS code',
    declarationElements: 'Declaration elements',
    declaredSpecification: 'Declared specification',
    components: 'Components',
    status: 'Status',
    rejectionReason: 'Customs’ reason',
    createdAt: 'Created',
    updatedAt: 'Last changed',
  },
  notAnswered: 'Not answered',
  elementsUnavailable: 'The element names of this HS code could not be loaded; the answers are shown by position.',
  element: (index) => `Element ${index}`,
  quantity: 'Quantity',
  rejectedTitle: 'Customs rejected this product',
  rejectedHint: 'Edit it as the reason asks, then submit it for filing again.',
  log: {
    caption: 'Log, newest first',
    when: 'When',
    who: 'Who',
    what: 'What',
    actions: { created: 'Created', updated: 'Changed', submitted: 'Sent for filing', filed: 'Filed by customs', rejected: 'Rejected by customs', deleted: 'Deleted' },
    other: (action) => action,
    changed: (fields) => `Changed: ${fields}`,
    reason: (reason) => `Reason: ${reason}`,
    customs: 'Customs',
    system: 'System',
    empty: 'Nothing has happened to this product yet.',
    more: 'Show older entries',
  },
  inventory: { caption: 'Stock per warehouse', warehouse: 'Warehouse', onHand: 'On hand', reserved: 'Reserved', available: 'Available', updatedAt: 'Updated', empty: 'No warehouse holds this product yet.' },
  orders: { caption: 'Orders carrying this product', number: 'Order number', empty: 'No order carries this product yet.', more: 'Show more orders' },
  asns: { caption: 'ASNs bringing this product in', number: 'ASN number', empty: 'No ASN carries this product yet.', more: 'Show more ASNs' },
};
