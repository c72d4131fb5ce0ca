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
 * `@wharf/domain/messages/products`, shared with the server. Notes for translators: button labels stay short;
 * `…Label(sku)` names one row's button for screen readers and must start with the button's visible text.
 */
export interface ProductListTranslation {
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
