/**
 * The strings of `<wharf-product-form>` only. Rule messages (required, SKU format, the price rule, declaration
 * elements …) come from @wharf/domain/messages, shared with the server. Notes for translators: “declaration
 * elements” are customs' 申报要素 and the “declared specification” is 规格型号 — keep the Chinese term in brackets
 * in English, since that is what customs brokers call them; `componentAdded`/`componentRemoved` are read out by
 * screen readers after the list of a combo's products changes.
 */
export interface ProductFormTranslation {
  loading: string;
  titleNew: string;
  titleNewCombo: string;
  titleEdit: (sku: string) => string;
  intro: string;
  comboIntro: (min: number) => string;
  requiredNote: string;
  status: string;
  type: string;
  notSet: string;
  choose: string;

  basic: string;
  sku: string;
  skuHint: string;
  skuFixed: string;
  name: string;
  category: string;
  noCategory: string;
  brand: string;
  model: string;
  unit: string;
  unitHint: string;
  originCountry: string;
  barcode: string;
  barcodeHint: string;

  weightsAndPrices: string;
  grossWeight: string;
  netWeight: string;
  netWeightHint: string;
  kg: string;
  weightFormat: string;
  purchasePrice: string;
  purchasePriceHint: string;
  salePrice: string;
  salePriceHint: string;

  customs: string;
  customsIntro: string;
  hsCode: string;
  elementsTitle: (code: string) => string;
  elementsHint: string;
  optionalElement: string;
  specification: string;
  specificationCount: (length: number, max: number) => string;

  componentsTitle: string;
  componentsCaption: (n: number) => string;
  noComponents: string;
  quantity: string;
  quantityLabel: (sku: string) => string;
  actions: string;
  remove: string;
  removeLabel: (sku: string, name: string) => string;
  findProducts: string;
  findProductsHint: (min: number) => string;
  productResults: string;
  productsFound: (n: number) => string;
  noProducts: string;
  noProductsMatch: (query: string) => string;
  add: string;
  addLabel: (sku: string, name: string) => string;
  added: string;
  componentAdded: (sku: string, n: number) => string;
  componentRemoved: (sku: string, n: number) => string;

  saveDraft: string;
  saveAndSubmit: string;
  cancel: string;
  savedDraft: string;
  submitted: string;
  savedNotSubmitted: string;
  hsCodeUnavailable: (code: string) => string;
  rejectedTitle: string;
  rejectedNote: string;
}
