// Products (PRODUCT §3.1–3.4): normal and combo products, prices, filing with customs, and one check of a draft
// that the request schemas, the server, the batch upload and the product form all use.
export {
  ComboComponentInput,
  CreateComboProduct,
  CreateNormalProduct,
  CreateProductRequest,
  DeclarationElements,
  FilingDecision,
  HsCodeValue,
  InventoryLine,
  Price,
  Product,
  ProductComponent,
  ProductListItem,
  ProductQuery,
  ProductStatus,
  ProductType,
  Sku,
  UpdateProductRequest,
} from './schemas.ts';
export {
  PRODUCT_POLICY,
  PRODUCT_STATUSES,
  PRODUCT_TYPES,
  canSubmitForFiling,
  checkPrices,
  isEditable,
  isGtin,
  isHsCode,
  isSku,
  lockedReason,
  netWithinGross,
  PRODUCT_REQUIRED_FIELDS,
  readPrice,
  readQuantity,
  readWeight,
  skuKey,
  toCents,
} from './rules.ts';
export { checkComponentList, checkComponents, checkPricePrecision, checkProductDraft } from './check.ts';
export type { ProductDraft, ProductDraftContext } from './check.ts';
export { PRODUCT_FIELD_CODES } from './messages/codes.ts';
export type { ProductFieldCode, ProductMessages } from './messages/codes.ts';
export { PRODUCT_CATALOGUE, fieldMessage, productMessagesFor } from './messages/index.ts';
