/**
 * The strings of `<wharf-product-form>` only. Rule messages (required, SKU format, the price rule, declaration
 * elements …) come from @wharf/domain/messages, shared with the server. Notes for translators: “declaration
 * elements” are customs' 申报要素 and the “declared specification” is 规格型号 — keep the Chinese term in brackets
 * in English, since that is what customs brokers call them; `componentAdded`/`componentRemoved` are read out by
 * screen readers after the list of a combo's products changes.
 */
export interface ProductFormText {
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

export const en: ProductFormText = {
  loading: 'Loading the product form…',
  titleNew: 'New product',
  titleNewCombo: 'New combo product',
  titleEdit: (sku) => `Edit product ${sku}`,
  intro: 'A normal product is one item you sell, such as a face cream or a keyboard. Save it as a draft at any time; send it for filing once its HS code and declaration elements are complete.',
  comboIntro: (min) => `A combo binds at least ${min} of your normal products, each with a quantity — for example a computer made of a keyboard, a mouse and a screen.`,
  requiredNote: 'Fields marked * are required.',
  status: 'Status',
  type: 'Type',
  notSet: 'Not set',
  choose: 'Choose…',

  basic: 'Basic information',
  sku: 'SKU',
  skuHint: 'Letters, digits, “-”, “_” or “.”, unique in your enterprise, e.g. HB-1002.',
  skuFixed: 'The SKU cannot change once the product exists.',
  name: 'Product name',
  category: 'Category',
  noCategory: 'No category',
  brand: 'Brand',
  model: 'Model or specification',
  unit: 'Unit of measure',
  unitHint: 'The customs unit the product is counted in.',
  originCountry: 'Country of origin',
  barcode: 'Barcode (GTIN)',
  barcodeHint: 'The 8, 12, 13 or 14 digits under the barcode.',

  weightsAndPrices: 'Weights and prices',
  grossWeight: 'Gross weight',
  netWeight: 'Net weight',
  netWeightHint: 'Not more than the gross weight.',
  kg: 'kg',
  purchasePrice: 'Purchase price',
  purchasePriceHint: 'As on the VAT invoice.',
  salePrice: 'Sale price',
  salePriceHint: 'Not below the purchase price, and as on the sales contract: it sets the export rebate and the foreign-exchange amount.',

  customs: 'Customs',
  customsIntro: 'Choose the HS code the goods are declared under: its declaration elements appear below and must all be answered correctly before the product is sent for filing. A draft may be saved without them.',
  hsCode: 'HS code',
  elementsTitle: (code) => `Declaration elements (申报要素) of ${code}`,
  elementsHint: 'Answer each element as customs asks. “|” separates the answers in the declared specification, so no answer may contain it.',
  optionalElement: 'Optional.',
  specification: 'Declared specification (规格型号)',
  specificationCount: (length, max) => `${length} of at most ${max} characters`,

  componentsTitle: 'Products in the combo',
  componentsCaption: (n) => (n === 1 ? '1 product in the combo' : `${n} products in the combo`),
  noComponents: 'No products added yet.',
  quantity: 'Quantity',
  quantityLabel: (sku) => `Quantity of ${sku}`,
  actions: 'Actions',
  remove: 'Remove',
  removeLabel: (sku, name) => `Remove ${sku} ${name}`,
  findProducts: 'Find your normal products by SKU or name',
  findProductsHint: (min) => `Add at least ${min} different products, then set how many of each the combo holds (1 to 9999).`,
  productResults: 'Products found',
  productsFound: (n) => (n === 1 ? '1 product found.' : `${n} products found.`),
  noProducts: 'Your enterprise has no normal products yet. Create them first.',
  noProductsMatch: (query) => `No normal product has “${query}” in its SKU or name.`,
  add: 'Add',
  addLabel: (sku, name) => `Add ${sku} ${name}`,
  added: 'Added',
  componentAdded: (sku, n) => `${sku} added. ${n === 1 ? '1 product' : `${n} products`} in the combo.`,
  componentRemoved: (sku, n) => `${sku} removed. ${n === 1 ? '1 product' : `${n} products`} in the combo.`,

  saveDraft: 'Save draft',
  saveAndSubmit: 'Save and submit for filing',
  cancel: 'Cancel',
  savedDraft: 'Saved as a draft.',
  submitted: 'Saved and sent to customs for filing.',
  savedNotSubmitted: 'Saved as a draft, but not sent for filing:',
  hsCodeUnavailable: (code) => `The HS code ${code} and its declaration elements could not be loaded just now. They are kept as they are when you save; reload the page to see them, or choose the code again.`,
  rejectedTitle: 'Customs sent this product back',
  rejectedNote: 'Change what customs asks for and save: the product becomes a draft again, ready to be sent for filing.',
};
