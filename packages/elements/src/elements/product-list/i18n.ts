import type { Locale } from '@wharf/domain';

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

const en: ProductListText = {
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

const zhCN: ProductListText = {
  title: '产品列表',
  newProduct: '新建产品',
  newCombo: '新建组合产品',
  filtersLabel: '搜索产品',
  skuHint: 'SKU 的开头部分',
  nameHint: '名称中的任意部分',
  createdFrom: '添加时间（起）',
  createdTo: '添加时间（止）',
  allCategories: '全部分类',
  allStatuses: '全部状态',
  datesReversed: '开始日期晚于结束日期。请对调或修改其中一个。',
  search: '搜索',
  reset: '重置',
  loading: '正在加载产品…',
  caption: (n) => `产品（本页 ${n} 个）`,
  results: (n, page, more) => `第 ${page} 页：显示 ${n} 个产品${more ? '，下一页还有更多。' : '。'}`,
  empty: '还没有产品。请点击“新建产品”创建，或批量上传。',
  emptyFiltered: '没有符合筛选条件的产品。请修改条件或点击“重置”。',
  columns: { sku: 'SKU', name: '产品名称', type: '类型', category: '产品分类', hsCode: '海关编码', salePrice: '销售价格', status: '状态', created: '添加时间', actions: '操作' },
  view: '查看',
  edit: '编辑',
  remove: '删除',
  submit: '提交备案',
  viewLabel: (sku) => `查看 ${sku}`,
  editLabel: (sku) => `编辑 ${sku}`,
  removeLabel: (sku) => `删除 ${sku}`,
  submitLabel: (sku) => `提交备案 ${sku}`,
  pagesLabel: '分页',
  previous: '上一页',
  next: '下一页',
  page: (page) => `第 ${page} 页`,
  perPage: '每页条数',
  confirmTitle: '删除该产品？',
  confirmRemove: (sku, name) => `${sku}（${name}）将从产品列表中移除，其日志会保留。`,
  cancel: '取消',
  working: '请稍候…',
  removed: (sku) => `已删除 ${sku}。`,
  submitted: (sku) => `${sku} 已提交海关备案。`,
  saved: (sku) => `${sku} 已保存。`,
  savedAndSubmitted: (sku) => `${sku} 已保存并提交海关备案。`,
  actionFailed: (sku, message) => `${sku}：${message}`,
  formUnavailable: '此页面不能新建或编辑产品。',
  notSignedIn: '请先登录，再查看企业的产品。',
  noEnterprise: '产品属于企业：请先创建或加入企业。',
  notSet: '未填写',
  back: '返回产品列表',
  loadingProduct: '正在加载产品…',
  productActions: '产品操作',
  tabsLabel: '产品信息',
  tabs: { details: '详情', log: '日志', inventory: '库存', orders: '订单', asns: 'ASN' },
  fields: {
    sku: 'SKU',
    name: '产品名称',
    type: '类型',
    category: '产品分类',
    brand: '品牌',
    model: '型号/规格',
    unit: '计量单位',
    originCountry: '原产国（地区）',
    barcode: '条码（GTIN）',
    grossWeight: '毛重',
    netWeight: '净重',
    purchasePrice: '采购价格',
    salePrice: '销售价格',
    currency: '币种',
    hsCode: '海关编码',
    declarationElements: '申报要素',
    declaredSpecification: '规格型号（申报）',
    components: '组合明细',
    status: '状态',
    rejectionReason: '海关驳回原因',
    createdAt: '添加时间',
    updatedAt: '最后修改',
  },
  notAnswered: '未填写',
  elementsUnavailable: '无法加载该海关编码的申报要素名称；以下按序号显示填写内容。',
  element: (index) => `要素 ${index}`,
  quantity: '数量',
  rejectedTitle: '海关已驳回该产品',
  rejectedHint: '请按驳回原因编辑产品，然后重新提交备案。',
  log: {
    caption: '日志（最新在前）',
    when: '时间',
    who: '操作人',
    what: '操作',
    actions: { created: '创建', updated: '修改', submitted: '提交备案', filed: '海关备案通过', rejected: '海关驳回', deleted: '删除' },
    other: (action) => action,
    changed: (fields) => `修改：${fields}`,
    reason: (reason) => `原因：${reason}`,
    customs: '海关',
    system: '系统',
    empty: '该产品暂无日志。',
    more: '显示更早的日志',
  },
  inventory: { caption: '各仓库库存', warehouse: '仓库', onHand: '在库数量', reserved: '已占用', available: '可用数量', updatedAt: '更新时间', empty: '暂无仓库存有该产品。' },
  orders: { caption: '包含该产品的订单', number: '订单号', empty: '暂无订单包含该产品。', more: '显示更多订单' },
  asns: { caption: '包含该产品的 ASN', number: 'ASN 单号', empty: '暂无 ASN 包含该产品。', more: '显示更多 ASN' },
};

const zhHK: ProductListText = {
  title: '產品列表',
  newProduct: '新增產品',
  newCombo: '新增組合產品',
  filtersLabel: '搜尋產品',
  skuHint: 'SKU 的開頭部分',
  nameHint: '名稱中的任何部分',
  createdFrom: '新增日期（由）',
  createdTo: '新增日期（至）',
  allCategories: '所有分類',
  allStatuses: '所有狀態',
  datesReversed: '開始日期較結束日期遲。請對調或修改其中一個。',
  search: '搜尋',
  reset: '重設',
  loading: '正在載入產品…',
  caption: (n) => `產品（本頁 ${n} 項）`,
  results: (n, page, more) => `第 ${page} 頁：顯示 ${n} 項產品${more ? '，下一頁仍有更多。' : '。'}`,
  empty: '尚未有產品。請按「新增產品」建立，或批量上載。',
  emptyFiltered: '沒有符合篩選條件的產品。請修改條件或按「重設」。',
  columns: { sku: 'SKU', name: '產品名稱', type: '類型', category: '產品分類', hsCode: '海關編碼', salePrice: '銷售價格', status: '狀態', created: '新增日期', actions: '操作' },
  view: '查看',
  edit: '編輯',
  remove: '刪除',
  submit: '提交備案',
  viewLabel: (sku) => `查看 ${sku}`,
  editLabel: (sku) => `編輯 ${sku}`,
  removeLabel: (sku) => `刪除 ${sku}`,
  submitLabel: (sku) => `提交備案 ${sku}`,
  pagesLabel: '分頁',
  previous: '上一頁',
  next: '下一頁',
  page: (page) => `第 ${page} 頁`,
  perPage: '每頁項數',
  confirmTitle: '刪除此產品？',
  confirmRemove: (sku, name) => `${sku}（${name}）將從產品列表中移除，其記錄會保留。`,
  cancel: '取消',
  working: '請稍候…',
  removed: (sku) => `已刪除 ${sku}。`,
  submitted: (sku) => `${sku} 已提交海關備案。`,
  saved: (sku) => `${sku} 已儲存。`,
  savedAndSubmitted: (sku) => `${sku} 已儲存並提交海關備案。`,
  actionFailed: (sku, message) => `${sku}：${message}`,
  formUnavailable: '此頁面不能新增或編輯產品。',
  notSignedIn: '請先登入，再查看企業的產品。',
  noEnterprise: '產品屬於企業：請先建立或加入企業。',
  notSet: '未填寫',
  back: '返回產品列表',
  loadingProduct: '正在載入產品…',
  productActions: '產品操作',
  tabsLabel: '產品資料',
  tabs: { details: '詳情', log: '記錄', inventory: '庫存', orders: '訂單', asns: 'ASN' },
  fields: {
    sku: 'SKU',
    name: '產品名稱',
    type: '類型',
    category: '產品分類',
    brand: '品牌',
    model: '型號／規格',
    unit: '計量單位',
    originCountry: '原產國（地區）',
    barcode: '條碼（GTIN）',
    grossWeight: '毛重',
    netWeight: '淨重',
    purchasePrice: '採購價格',
    salePrice: '銷售價格',
    currency: '貨幣',
    hsCode: '海關編碼',
    declarationElements: '申報要素',
    declaredSpecification: '規格型號（申報）',
    components: '組合明細',
    status: '狀態',
    rejectionReason: '海關駁回原因',
    createdAt: '新增日期',
    updatedAt: '最後修改',
  },
  notAnswered: '未填寫',
  elementsUnavailable: '未能載入此海關編碼的申報要素名稱；以下按序號顯示填寫內容。',
  element: (index) => `要素 ${index}`,
  quantity: '數量',
  rejectedTitle: '海關已駁回此產品',
  rejectedHint: '請按駁回原因編輯產品，然後重新提交備案。',
  log: {
    caption: '記錄（最新在前）',
    when: '時間',
    who: '操作人',
    what: '操作',
    actions: { created: '建立', updated: '修改', submitted: '提交備案', filed: '海關備案通過', rejected: '海關駁回', deleted: '刪除' },
    other: (action) => action,
    changed: (fields) => `修改：${fields}`,
    reason: (reason) => `原因：${reason}`,
    customs: '海關',
    system: '系統',
    empty: '此產品暫無記錄。',
    more: '顯示較早的記錄',
  },
  inventory: { caption: '各倉庫庫存', warehouse: '倉庫', onHand: '在庫數量', reserved: '已預留', available: '可用數量', updatedAt: '更新時間', empty: '暫無倉庫存有此產品。' },
  orders: { caption: '包含此產品的訂單', number: '訂單編號', empty: '暫無訂單包含此產品。', more: '顯示更多訂單' },
  asns: { caption: '包含此產品的 ASN', number: 'ASN 編號', empty: '暫無 ASN 包含此產品。', more: '顯示更多 ASN' },
};

const TEXT: Record<Locale, ProductListText> = { en, 'zh-CN': zhCN, 'zh-HK': zhHK };

export function productListText(locale: Locale): ProductListText {
  return TEXT[locale] ?? en;
}
