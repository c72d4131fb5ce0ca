import { singleLineText } from '../common/text.ts';
import { z } from 'zod';
import { readPrice, isGtin, isHsCode, isSku, PRODUCT_POLICY, PRODUCT_STATUSES, PRODUCT_TYPES } from './rules.ts';
import { checkComponentList, checkProductDraft } from './check.ts';
import { fieldIssue, Id, Timestamp, withinDateRange } from '../common/schemas.ts';
import { Pagination } from '../enterprises/schemas.ts';

const text = singleLineText;
const optionalText = (max: number) => z.string().trim().max(max).optional();

export const ProductType = z.enum(PRODUCT_TYPES);
export type ProductType = z.infer<typeof ProductType>;
export const ProductStatus = z.enum(PRODUCT_STATUSES);
export type ProductStatus = z.infer<typeof ProductStatus>;

export const Sku = z
  .string()
  .trim()
  .min(1)
  .max(PRODUCT_POLICY.skuMax)
  .superRefine((value, ctx) => {
    if (!isSku(value)) ctx.addIssue(fieldIssue('sku_format'));
  })
  .meta({ description: 'Unique in the enterprise: letters, digits and `-_.`', examples: ['HB-1002'] });

export const Price = z
  .union([z.number(), z.string()])
  .transform((value, ctx) => {
    const read = readPrice(value);
    if (read.ok) return read.price;
    ctx.addIssue(fieldIssue(read.code, { max: PRODUCT_POLICY.priceMax, min: 0 }));
    return z.NEVER;
  })
  .meta({ description: 'A decimal string in the enterprise’s trading currency, at most two decimals (numbers are accepted too)', examples: ['129.90'] });

const Weight = z.number().positive().max(PRODUCT_POLICY.weightMax).meta({ description: 'Kilograms' });

export const HsCodeValue = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (!isHsCode(value)) ctx.addIssue(fieldIssue('hs_code_format'));
  })
  .meta({ description: '10 digits: the 8-digit tariff number and a 2-digit supplement', examples: ['3304990099'] });

export const DeclarationElements = z
  .record(z.string().regex(/^\d{1,2}$/), z.string().trim().max(PRODUCT_POLICY.declaredSpecificationMax))
  .meta({ description: 'The HS code’s declaration elements (申报要素) by index', examples: [{ '0': '4', '1': '0', '3': 'Harbour' }] });

const Barcode = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (!isGtin(value)) ctx.addIssue(fieldIssue('gtin'));
  })
  .meta({ description: 'GTIN-8, -12, -13 or -14 with its check digit', examples: ['6901234567892'] });

/** What a normal product says about itself; every field but the SKU can change while it is editable. */
const NormalFields = {
  name: text(PRODUCT_POLICY.nameMax),
  category: text(PRODUCT_POLICY.categoryMax),
  brand: optionalText(PRODUCT_POLICY.brandMax),
  model: optionalText(PRODUCT_POLICY.modelMax).meta({ description: 'Model or specification' }),
  unit: text(PRODUCT_POLICY.unitMax).meta({ description: 'Customs unit code, e.g. `007` (个)' }),
  originCountry: text(PRODUCT_POLICY.originCountryMax).meta({ description: 'ISO 3166 code of the country of origin' }),
  barcode: Barcode.optional(),
  grossWeight: Weight.optional(),
  netWeight: Weight.optional(),
  purchasePrice: Price.meta({ description: 'As on the VAT invoice' }),
  salePrice: Price.meta({ description: 'Not below the purchase price' }),
  hsCode: HsCodeValue.optional().meta({ description: 'Required to send the product for filing' }),
  declarationElements: DeclarationElements.optional(),
};

export const ComboComponentInput = z.object({
  sku: Sku,
  quantity: z.number().int().min(1).max(PRODUCT_POLICY.componentMaxQuantity),
});

const Components = z
  .array(ComboComponentInput)
  .max(PRODUCT_POLICY.comboMaxComponents)
  .superRefine((components, ctx) => {
    for (const issue of checkComponentList(components)) ctx.addIssue({ ...fieldIssue(issue.code, issue.params), path: relativePath(issue.path, 'components') });
  })
  .meta({ description: 'At least two distinct normal products, each with a quantity' });

const ComboFields = {
  name: text(PRODUCT_POLICY.nameMax),
  category: optionalText(PRODUCT_POLICY.categoryMax),
  salePrice: Price.optional(),
  components: Components,
};

/** A zod path below `prefix` from a dotted issue path: `components.1.sku` below `components` is `[1, 'sku']`. */
function relativePath(path: string, prefix = ''): (string | number)[] {
  const rest = !prefix ? path : path === prefix ? '' : path.slice(prefix.length + 1);
  return rest ? rest.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [];
}

/** The rules between fields (sale price against purchase price, net against gross weight): the product check's. */
function draftRule(value: z.output<typeof NormalProductFields>, ctx: z.RefinementCtx) {
  for (const issue of checkProductDraft(value, { fieldsChecked: true })) {
    ctx.addIssue({ ...fieldIssue(issue.code, issue.params), path: relativePath(issue.path) });
  }
}

const NormalProductFields = z.object({ type: z.literal('normal'), sku: Sku, ...NormalFields });
export const CreateNormalProduct = NormalProductFields.superRefine(draftRule);
export const CreateComboProduct = z.object({ type: z.literal('combo'), sku: Sku, ...ComboFields });

export const CreateProductRequest = z
  .discriminatedUnion('type', [CreateNormalProduct, CreateComboProduct])
  .meta({ id: 'CreateProductRequest', description: 'A normal product, or a combo of normal products; created as a draft' });
export type CreateProductRequest = z.input<typeof CreateProductRequest>;

/** A change to an editable product: only the fields sent change (`null` clears an optional one). */
export const UpdateProductRequest = z
  .object({
    name: NormalFields.name,
    category: NormalFields.category.nullable().meta({ description: 'A combo’s may be cleared with `null`; a normal product’s is required' }),
    brand: z.string().trim().max(PRODUCT_POLICY.brandMax).nullable(),
    model: z.string().trim().max(PRODUCT_POLICY.modelMax).nullable(),
    unit: NormalFields.unit,
    originCountry: NormalFields.originCountry,
    barcode: Barcode.nullable(),
    grossWeight: Weight.nullable(),
    netWeight: Weight.nullable(),
    purchasePrice: Price,
    salePrice: Price.nullable(),
    hsCode: HsCodeValue.nullable(),
    declarationElements: DeclarationElements.nullable(),
    components: Components,
  })
  .partial()
  .meta({ id: 'UpdateProductRequest' });
export type UpdateProductRequest = z.input<typeof UpdateProductRequest>;

export const ProductComponent = z.object({ sku: z.string(), name: z.string(), quantity: z.number().int() });

export const Product = z
  .object({
    id: Id,
    type: ProductType,
    sku: z.string(),
    name: z.string(),
    category: z.string().nullable(),
    brand: z.string().nullable(),
    model: z.string().nullable(),
    unit: z.string().nullable(),
    originCountry: z.string().nullable(),
    barcode: z.string().nullable(),
    grossWeight: z.number().nullable(),
    netWeight: z.number().nullable(),
    purchasePrice: z.string().nullable().meta({ description: 'Decimal string, e.g. `45.50`' }),
    salePrice: z.string().nullable().meta({ description: 'Decimal string, e.g. `129.90`' }),
    currency: z.string(),
    hsCode: z.string().nullable(),
    declarationElements: z.record(z.string(), z.string()),
    declaredSpecification: z.string().nullable().meta({ description: 'The answers joined with `|` in element order (规格型号)' }),
    components: z.array(ProductComponent),
    status: ProductStatus,
    rejectionReason: z.string().nullable(),
    version: z.number().int().meta({ description: 'Send it back as `If-Match` to refuse overwriting someone else’s change' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Product' });
export type Product = z.infer<typeof Product>;

export const ProductListItem = Product.pick({
  id: true,
  type: true,
  sku: true,
  name: true,
  category: true,
  hsCode: true,
  salePrice: true,
  currency: true,
  status: true,
  createdAt: true,
  updatedAt: true,
}).meta({ id: 'ProductListItem' });
export type ProductListItem = z.infer<typeof ProductListItem>;

const DateOrTime = withinDateRange(z.union([z.iso.date(), z.iso.datetime()]));

export const ProductQuery = Pagination.extend({
  sku: z.string().trim().max(PRODUCT_POLICY.skuMax).optional().meta({ description: 'SKU prefix' }),
  name: z.string().trim().max(PRODUCT_POLICY.nameMax).optional().meta({ description: 'Part of the name' }),
  category: z.string().trim().max(PRODUCT_POLICY.categoryMax).optional(),
  status: ProductStatus.exclude(['deleted']).optional(),
  type: ProductType.optional(),
  createdFrom: DateOrTime.optional().meta({ description: 'From this day (or instant), inclusive' }),
  createdTo: DateOrTime.optional().meta({ description: 'Up to this day (inclusive) or instant' }),
});
export type ProductQuery = z.input<typeof ProductQuery>;

export const FilingDecision = z
  .object({
    approved: z.boolean(),
    reason: z.string().trim().max(500).optional().meta({ description: 'Required when refusing: what the customer must change' }),
  })
  .superRefine((value, ctx) => {
    if (!value.approved && !value.reason) ctx.addIssue({ ...fieldIssue('required'), path: ['reason'] });
  })
  .meta({ id: 'FilingDecision' });
export type FilingDecision = z.input<typeof FilingDecision>;

export const InventoryLine = z
  .object({
    warehouse: z.string(),
    onHand: z.number().int(),
    reserved: z.number().int(),
    available: z.number().int(),
    updatedAt: Timestamp,
  })
  .meta({ id: 'InventoryLine' });
export type InventoryLine = z.infer<typeof InventoryLine>;
