// Products (PRODUCT §3): what a product may be, the price rule, and its filing lifecycle.

export const PRODUCT_TYPES = ['normal', 'combo'] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

/**
 * draft → filing (sent to customs, locked) → filed, or rejected (with a reason, editable again); deleted products
 * leave every list but stay in the log.
 */
export const PRODUCT_STATUSES = ['draft', 'filing', 'filed', 'rejected', 'deleted'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export const PRODUCT_POLICY = {
  /** Letters, digits and `-_.`; unique among the enterprise's products that are not deleted. */
  skuPattern: /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
  skuMax: 64,
  nameMax: 200,
  /** Length limits of the other texts (what forms give as `maxlength`). */
  categoryMax: 32,
  brandMax: 100,
  modelMax: 200,
  unitMax: 8,
  originCountryMax: 8,
  /** GTIN-14 is the longest barcode. */
  barcodeMax: 14,
  /** Weights in kilograms: above 0, at most this. */
  weightMax: 100_000,
  /** Combos: at least two distinct normal products. */
  comboMinComponents: 2,
  comboMaxComponents: 50,
  componentMaxQuantity: 9999,
  /** Prices: decimal strings with at most this many decimals, below this bound. */
  priceDecimals: 2,
  priceMax: 100_000_000,
  /** The declared specification (规格型号): the answers joined with `|`. */
  declaredSpecificationMax: 510,
} as const;

export function isSku(value: string): boolean {
  return PRODUCT_POLICY.skuPattern.test(value);
}

/**
 * The form of a SKU that SKUs are compared by: they are unique regardless of case, so `hb-1002` and `HB-1002` name
 * the same product (in SQL, compare `upper(sku)` with this).
 */
export function skuKey(sku: string): string {
  return sku.toUpperCase();
}

/** The fields a product of each type cannot be saved without (a normal product's HS code is needed only to file it). */
export const PRODUCT_REQUIRED_FIELDS = {
  normal: ['sku', 'name', 'category', 'unit', 'originCountry', 'purchasePrice', 'salePrice'],
  combo: ['sku', 'name'],
} as const satisfies Record<ProductType, readonly string[]>;

/**
 * A weight as people type it or JSON carries it: kilograms, a decimal above 0 (`0.12`, `.5`, `3.`), at most
 * `PRODUCT_POLICY.weightMax`. Returns the kilograms, or the problem.
 */
export function readWeight(value: number | string): { ok: true; kg: number } | { ok: false; code: 'weight_format' | 'number_too_large' } {
  const typed = typeof value === 'number' ? value : /^(\d+(\.\d*)?|\.\d+)$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isFinite(typed) || typed <= 0) return { ok: false, code: 'weight_format' };
  if (typed > PRODUCT_POLICY.weightMax) return { ok: false, code: 'number_too_large' };
  return { ok: true, kg: typed };
}

/** The net weight cannot exceed the gross weight; true when either is missing. */
export function netWithinGross(grossWeight: number | null | undefined, netWeight: number | null | undefined): boolean {
  return grossWeight === null || grossWeight === undefined || netWeight === null || netWeight === undefined || netWeight <= grossWeight;
}

/**
 * A combo component's quantity as typed or sent: a whole number from 1 to `PRODUCT_POLICY.componentMaxQuantity`.
 * Returns the quantity, or the problem with its bound.
 */
export function readQuantity(value: number | string): { ok: true; quantity: number } | { ok: false; code: 'number_too_small'; min: 1 } | { ok: false; code: 'number_too_large'; max: number } {
  const typed = typeof value === 'number' ? value : /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isInteger(typed) || typed < 1) return { ok: false, code: 'number_too_small', min: 1 };
  if (typed > PRODUCT_POLICY.componentMaxQuantity) return { ok: false, code: 'number_too_large', max: PRODUCT_POLICY.componentMaxQuantity };
  return { ok: true, quantity: typed };
}

/** Whether the customer may change or delete it: not while customs has it or after it was filed. */
export function isEditable(status: ProductStatus): boolean {
  return status === 'draft' || status === 'rejected';
}

/** Whether it may be sent for filing (a normal product in draft or rejected). */
export function canSubmitForFiling(product: { type: ProductType; status: ProductStatus }): boolean {
  return product.type === 'normal' && isEditable(product.status);
}

/** Why a change or deletion is refused, as a field code; undefined when allowed. */
export function lockedReason(status: ProductStatus): 'product_filing' | 'product_filed' | 'product_deleted' | undefined {
  if (status === 'filing') return 'product_filing';
  if (status === 'filed') return 'product_filed';
  if (status === 'deleted') return 'product_deleted';
  return undefined;
}

/**
 * A price as people and sheets write it — `129.9`, `"129.90"`, `" 1,299.00 "` — as an exact decimal string with
 * two decimals (`129.90`), or the problem: `price_format` (not a number), `price_decimals` (more than two decimals),
 * `number_too_large`. Numbers are read by their shortest decimal form, so `0.1 + 0.2` is refused rather than
 * rounded behind the user's back.
 */
export function readPrice(value: number | string): { ok: true; price: string } | { ok: false; code: 'price_format' | 'price_decimals' | 'number_too_large' | 'number_too_small' } {
  if (typeof value === 'number' && value >= PRODUCT_POLICY.priceMax) return { ok: false, code: 'number_too_large' };
  const trimmed = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value.trim();
  const text = trimmed.includes(',') ? trimmed.replace(/,(?=\d{3}(\D|$))/g, '') : trimmed;
  if (/^-\d/.test(text)) return { ok: false, code: 'number_too_small' };
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text) ?? /^(\d*)\.(\d+)$/.exec(text);
  // A number that prints as 1e-7 has more decimals than any price.
  if (!match) return { ok: false, code: typeof value === 'number' && /e-/i.test(text) ? 'price_decimals' : 'price_format' };
  const whole = (match[1] || '0').replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > PRODUCT_POLICY.priceDecimals) return { ok: false, code: 'price_decimals' };
  if (Number(whole) >= PRODUCT_POLICY.priceMax) return { ok: false, code: 'number_too_large' };
  return { ok: true, price: `${whole}.${fraction.padEnd(PRODUCT_POLICY.priceDecimals, '0')}` };
}

const NORMALIZED_PRICE = /^(\d+)\.(\d\d)$/;

/** A price (decimal string or number) in cents, so comparisons never meet floating-point rounding. */
export function toCents(price: string | number): number {
  const normalized = typeof price === 'string' ? NORMALIZED_PRICE.exec(price) : null;
  if (normalized) return Number(normalized[1]) * 100 + Number(normalized[2]);
  const read = readPrice(price);
  if (!read.ok) throw new Error(`not a price: ${price}`);
  return toCents(read.price);
}

/**
 * The sale price must not be below the purchase price on the VAT invoice (seed 002: it drives the export-rebate
 * and foreign-exchange amounts). Returns the problem code, or undefined when either is missing or both are fine.
 */
export function checkPrices(purchasePrice: string | number | null | undefined, salePrice: string | number | null | undefined): 'sale_below_purchase' | undefined {
  if (purchasePrice === undefined || purchasePrice === null || salePrice === undefined || salePrice === null) return undefined;
  const cents = (price: string | number) => (typeof price === 'string' && NORMALIZED_PRICE.test(price) ? toCents(price) : readPrice(price).ok ? toCents(price) : undefined);
  const [purchase, sale] = [cents(purchasePrice), cents(salePrice)];
  if (purchase === undefined || sale === undefined) return undefined;
  return sale < purchase ? 'sale_below_purchase' : undefined;
}

/** GTIN-8, -12 (UPC), -13 (EAN) or -14 with a correct check digit. */
export function isGtin(value: string): boolean {
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(value)) return false;
  // Weights 3 and 1 alternate from the digit left of the check digit.
  let sum = 0;
  for (let index = value.length - 2, weight = 3; index >= 0; index--, weight = 4 - weight) sum += (value.charCodeAt(index) - 48) * weight;
  return (10 - (sum % 10)) % 10 === value.charCodeAt(value.length - 1) - 48;
}

/** A 10-digit HS code: the 8-digit tariff number and a 2-digit supplement. */
export function isHsCode(value: string): boolean {
  return /^\d{10}$/.test(value);
}
