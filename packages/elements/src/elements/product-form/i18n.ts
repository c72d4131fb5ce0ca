import type { Locale } from '@wharf/domain';

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

const en: ProductFormText = {
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
  weightFormat: 'Enter the weight in kilograms as a number above 0, e.g. 0.12.',
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

const zhCN: ProductFormText = {
  loading: '正在加载产品表单…',
  titleNew: '新增产品',
  titleNewCombo: '新增组合产品',
  titleEdit: (sku) => `编辑产品 ${sku}`,
  intro: '普通产品即基础产品，例如面霜、键盘。可随时保存为草稿；海关编码和申报要素填写完整后即可提交备案。',
  comboIntro: (min) => `组合产品需要绑定至少 ${min} 个普通产品并填写数量，例如一整台电脑，包括键盘、鼠标、显示器等。`,
  requiredNote: '标记“*”的为必填项。',
  status: '状态',
  type: '类型',
  notSet: '未填写',
  choose: '请选择…',

  basic: '基本信息',
  sku: 'SKU',
  skuHint: '字母、数字、“-”“_”或“.”，在本企业内唯一，例如 HB-1002。',
  skuFixed: '产品创建后 SKU 不能修改。',
  name: '产品名称',
  category: '产品类别',
  noCategory: '不选类别',
  brand: '品牌',
  model: '型号/规格',
  unit: '计量单位',
  unitHint: '产品计数使用的海关计量单位。',
  originCountry: '原产国',
  barcode: '条形码（GTIN）',
  barcodeHint: '条形码下方的 8、12、13 或 14 位数字。',

  weightsAndPrices: '重量与价格',
  grossWeight: '毛重',
  netWeight: '净重',
  netWeightHint: '不能超过毛重。',
  kg: '千克',
  weightFormat: '请以千克为单位填写大于 0 的数字，例如 0.12。',
  purchasePrice: '采购价格',
  purchasePriceHint: '与增值税发票一致。',
  salePrice: '销售价格',
  salePriceHint: '不能低于采购价格，并需与买卖合同一致：它关系到退税金额和结汇金额。',

  customs: '报关信息',
  customsIntro: '选择商品报关所用的海关编码：下方会列出其归类要素（申报要素），提交备案前必须全部正确填写。保存草稿时可以暂不填写。',
  hsCode: '海关编码',
  elementsTitle: (code) => `${code} 的申报要素`,
  elementsHint: '请按海关要求逐项填写。“|”用于在规格型号中分隔各项，因此任何一项都不能包含“|”。',
  optionalElement: '选填。',
  specification: '规格型号',
  specificationCount: (length, max) => `${length} / ${max} 个字符`,

  componentsTitle: '组合中的产品',
  componentsCaption: (n) => `组合中有 ${n} 个产品`,
  noComponents: '尚未添加产品。',
  quantity: '数量',
  quantityLabel: (sku) => `${sku} 的数量`,
  actions: '操作',
  remove: '移除',
  removeLabel: (sku, name) => `移除 ${sku} ${name}`,
  findProducts: '按 SKU 或名称查找本企业的普通产品',
  findProductsHint: (min) => `至少添加 ${min} 个不同的产品，并填写组合中每个产品的数量（1 至 9999）。`,
  productResults: '找到的产品',
  productsFound: (n) => `找到 ${n} 个产品。`,
  noProducts: '本企业还没有普通产品，请先创建。',
  noProductsMatch: (query) => `没有 SKU 或名称包含“${query}”的普通产品。`,
  add: '添加',
  addLabel: (sku, name) => `添加 ${sku} ${name}`,
  added: '已添加',
  componentAdded: (sku, n) => `已添加 ${sku}，组合中共 ${n} 个产品。`,
  componentRemoved: (sku, n) => `已移除 ${sku}，组合中共 ${n} 个产品。`,

  saveDraft: '保存草稿',
  saveAndSubmit: '保存并提交备案',
  cancel: '取消',
  savedDraft: '已保存为草稿。',
  submitted: '已保存并提交海关备案。',
  savedNotSubmitted: '已保存为草稿，但未能提交备案：',
  hsCodeUnavailable: (code) => `暂时无法加载海关编码 ${code} 及其申报要素。保存时将保持原样；请刷新页面查看，或重新选择编码。`,
  rejectedTitle: '海关已驳回此产品',
  rejectedNote: '请按海关要求修改后保存：产品将回到草稿状态，可再次提交备案。',
};

const zhHK: ProductFormText = {
  loading: '正在載入產品表單…',
  titleNew: '新增產品',
  titleNewCombo: '新增組合產品',
  titleEdit: (sku) => `編輯產品 ${sku}`,
  intro: '普通產品即基礎產品，例如面霜、鍵盤。可隨時儲存為草稿；海關編碼和申報要素填寫完整後即可提交備案。',
  comboIntro: (min) => `組合產品需要綁定最少 ${min} 個普通產品並填寫數量，例如一整部電腦，包括鍵盤、滑鼠、顯示器等。`,
  requiredNote: '標示「*」的為必填項目。',
  status: '狀態',
  type: '類型',
  notSet: '未填寫',
  choose: '請選擇…',

  basic: '基本資料',
  sku: 'SKU',
  skuHint: '英文字母、數字、「-」「_」或「.」，在本企業內唯一，例如 HB-1002。',
  skuFixed: '產品建立後 SKU 不能修改。',
  name: '產品名稱',
  category: '產品類別',
  noCategory: '不選類別',
  brand: '品牌',
  model: '型號／規格',
  unit: '計量單位',
  unitHint: '產品計數所用的海關計量單位。',
  originCountry: '原產地',
  barcode: '條碼（GTIN）',
  barcodeHint: '條碼下方的 8、12、13 或 14 位數字。',

  weightsAndPrices: '重量與價格',
  grossWeight: '毛重',
  netWeight: '淨重',
  netWeightHint: '不能超過毛重。',
  kg: '公斤',
  weightFormat: '請以公斤為單位填寫大於 0 的數字，例如 0.12。',
  purchasePrice: '採購價格',
  purchasePriceHint: '與增值稅發票一致。',
  salePrice: '銷售價格',
  salePriceHint: '不能低於採購價格，並須與買賣合約一致：它關係到退稅金額和結匯金額。',

  customs: '報關資料',
  customsIntro: '選擇貨品報關所用的海關編碼：下方會列出其歸類要素（申報要素），提交備案前必須全部正確填寫。儲存草稿時可以暫不填寫。',
  hsCode: '海關編碼',
  elementsTitle: (code) => `${code} 的申報要素`,
  elementsHint: '請按海關要求逐項填寫。「|」用於在規格型號中分隔各項，因此任何一項都不能包含「|」。',
  optionalElement: '選填。',
  specification: '規格型號',
  specificationCount: (length, max) => `${length} / ${max} 個字元`,

  componentsTitle: '組合中的產品',
  componentsCaption: (n) => `組合中有 ${n} 個產品`,
  noComponents: '尚未加入產品。',
  quantity: '數量',
  quantityLabel: (sku) => `${sku} 的數量`,
  actions: '操作',
  remove: '移除',
  removeLabel: (sku, name) => `移除 ${sku} ${name}`,
  findProducts: '按 SKU 或名稱搜尋本企業的普通產品',
  findProductsHint: (min) => `最少加入 ${min} 個不同的產品，並填寫組合中每個產品的數量（1 至 9999）。`,
  productResults: '搜尋到的產品',
  productsFound: (n) => `找到 ${n} 個產品。`,
  noProducts: '本企業還沒有普通產品，請先建立。',
  noProductsMatch: (query) => `沒有 SKU 或名稱包含「${query}」的普通產品。`,
  add: '加入',
  addLabel: (sku, name) => `加入 ${sku} ${name}`,
  added: '已加入',
  componentAdded: (sku, n) => `已加入 ${sku}，組合中共 ${n} 個產品。`,
  componentRemoved: (sku, n) => `已移除 ${sku}，組合中共 ${n} 個產品。`,

  saveDraft: '儲存草稿',
  saveAndSubmit: '儲存並提交備案',
  cancel: '取消',
  savedDraft: '已儲存為草稿。',
  submitted: '已儲存並提交海關備案。',
  savedNotSubmitted: '已儲存為草稿，但未能提交備案：',
  hsCodeUnavailable: (code) => `暫時無法載入海關編碼 ${code} 及其申報要素。儲存時將保持原樣；請重新整理頁面查看，或重新選擇編碼。`,
  rejectedTitle: '海關已退回此產品',
  rejectedNote: '請按海關要求修改後儲存：產品會回到草稿狀態，可再次提交備案。',
};

const TEXT: Record<Locale, ProductFormText> = { en, 'zh-CN': zhCN, 'zh-HK': zhHK };

export function productFormText(locale: Locale): ProductFormText {
  return TEXT[locale] ?? en;
}
