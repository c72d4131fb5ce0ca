import { issueAt, type FieldIssue } from '../common/field-issue.ts';
import { CURRENCIES, exceedsMinorUnits, formatAmount, inCurrency, isCurrency } from '../common/money.ts';
import { checkDeclarationElements, type DeclarationElement } from '../reference/declaration-elements.ts';
import {
  checkPrices,
  isGtin,
  isSku,
  netWithinGross,
  PRODUCT_POLICY,
  PRODUCT_REQUIRED_FIELDS,
  readPrice,
  readQuantity,
  readWeight,
  skuKey,
  type ProductType,
} from './rules.ts';

/** A product as a form holds it (typed text) or a request carries it (JSON values); missing fields may be absent. */
export interface ProductDraft {
  type: ProductType;
  sku?: string | null | undefined;
  name?: string | null | undefined;
  category?: string | null | undefined;
  brand?: string | null | undefined;
  model?: string | null | undefined;
  unit?: string | null | undefined;
  originCountry?: string | null | undefined;
  barcode?: string | null | undefined;
  grossWeight?: number | string | null | undefined;
  netWeight?: number | string | null | undefined;
  purchasePrice?: number | string | null | undefined;
  salePrice?: number | string | null | undefined;
  hsCode?: string | null | undefined;
  declarationElements?: Readonly<Record<string, string | undefined>> | null | undefined;
  components?: readonly { sku: string; quantity: number | string }[] | null | undefined;
}

/** What the caller knows beyond the draft itself. */
export interface ProductDraftContext {
  /**
   * The enterprise's trading currency, when the caller knows it (the server does): prices with more decimals than
   * the currency has are refused (`amount_precision`, e.g. a JPY price of 129.50), and the purchase price a sale
   * price may not be below is given with the currency's decimals.
   */
  currency?: string | null | undefined;
  /** `submit` when the draft is being sent for filing: the HS code is then required (`hs_code_required`). */
  intent?: 'save' | 'submit';
  /**
   * The chosen HS code's declaration elements, when the caller has them (the form has the picked code's; the server
   * looks the code up): the answers are checked against them.
   */
  declarationElements?: readonly DeclarationElement[] | undefined;
  /** An existing product's SKU cannot change, so it is not checked. */
  existing?: boolean;
  /**
   * The request schema already read every field on its own (the zod refinement of the product schemas sets it):
   * only the rules between fields and those that need this context are checked, so nothing is reported twice.
   */
  fieldsChecked?: boolean;
}

const blank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && !value.trim());

/**
 * Everything that can be known about a product draft without the database: required fields, SKU, price, barcode
 * and weight formats, the sale price against the purchase price, net against gross weight, price precision in the
 * trading currency, combo components (how many, each once, quantities) and the declaration elements' answers.
 *
 * The one product rule that every caller uses, so that they refuse the same drafts with the same codes: the zod
 * refinement of `CreateNormalProduct` (with `fieldsChecked`), the server's update (on the product as it would be
 * after the change, with the enterprise's currency), the batch upload's rows and the product form (on typed text,
 * with the chosen HS code's elements). What needs the database — SKUs taken, component products that exist and are
 * normal, codes in the reference lists, the HS code in the catalogue — stays with the server.
 *
 * Returns at most one issue per field path, in form order; an empty list when the draft is fine.
 */
export function checkProductDraft(draft: ProductDraft, context: ProductDraftContext = {}): FieldIssue[] {
  const issues = new Map<string, FieldIssue>();
  const add = (issue: FieldIssue) => {
    if (!issues.has(issue.path)) issues.set(issue.path, issue);
  };
  const full = !context.fieldsChecked;
  const normal = draft.type === 'normal';

  if (full) {
    for (const field of PRODUCT_REQUIRED_FIELDS[draft.type]) if (blank(draft[field])) add(issueAt(field, 'required'));
    const sku = draft.sku?.trim();
    if (!context.existing && sku && !isSku(sku)) add(issueAt('sku', 'sku_format'));
  }

  const prices: { purchasePrice?: string; salePrice?: string } = {};
  for (const field of normal ? (['purchasePrice', 'salePrice'] as const) : (['salePrice'] as const)) {
    const value = draft[field];
    if (blank(value) || value === null || value === undefined) continue;
    const read = readPrice(value);
    if (read.ok) prices[field] = read.price;
    else if (full) add(issueAt(field, read.code, { max: PRODUCT_POLICY.priceMax, min: 0 }));
  }

  if (normal) {
    const barcode = draft.barcode?.trim();
    if (full && barcode && !isGtin(barcode)) add(issueAt('barcode', 'gtin'));
    if (prices.purchasePrice && checkPrices(prices.purchasePrice, prices.salePrice)) {
      add(issueAt('salePrice', 'sale_below_purchase', { min: inCurrency(prices.purchasePrice, context.currency) }));
    }
    for (const issue of checkWeights(draft, full)) add(issue);
    for (const issue of checkPricePrecision(prices, context.currency)) add(issue);
    if (context.declarationElements && !blank(draft.hsCode)) {
      for (const problem of checkDeclarationElements({ elements: context.declarationElements }, draft.declarationElements ?? {})) add(problem);
    } else if (context.intent === 'submit' && blank(draft.hsCode)) {
      add(issueAt('hsCode', 'hs_code_required'));
    }
  } else {
    if (full) for (const issue of checkComponents(draft.components ?? [])) add(issue);
    // A combo's sale price is in the trading currency too.
    for (const issue of checkPricePrecision(prices, context.currency)) add(issue);
  }
  return [...issues.values()];
}

/** Weights in kilograms above 0, and the net weight not above the gross weight. */
function checkWeights(draft: ProductDraft, full: boolean): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const kg: { grossWeight?: number; netWeight?: number } = {};
  for (const field of ['grossWeight', 'netWeight'] as const) {
    const value = draft[field];
    if (value === null || value === undefined || blank(value)) continue;
    // Read already (and refused on its own when out of bounds), a number is compared as it is.
    if (!full) {
      if (typeof value === 'number') kg[field] = value;
      continue;
    }
    const read = readWeight(value);
    if (read.ok) kg[field] = read.kg;
    else issues.push(issueAt(field, read.code, read.code === 'number_too_large' ? { max: PRODUCT_POLICY.weightMax } : {}));
  }
  if (!netWithinGross(kg.grossWeight, kg.netWeight)) issues.push(issueAt('netWeight', 'net_above_gross', { max: kg.grossWeight }));
  return issues;
}

/**
 * Prices with more decimals than the trading currency has (JPY and KRW have none): `amount_precision` with the
 * currency's decimals as `max`. An unknown or missing currency checks nothing.
 */
export function checkPricePrecision(
  prices: { purchasePrice?: string | null | undefined; salePrice?: string | null | undefined },
  currency: string | null | undefined,
): FieldIssue[] {
  if (!currency || !isCurrency(currency)) return [];
  const digits = CURRENCIES[currency];
  return (['purchasePrice', 'salePrice'] as const)
    .filter((path) => {
      const price = prices[path];
      return !!price && exceedsMinorUnits(price, currency, { significant: true });
    })
    .map((path) => issueAt(path, 'amount_precision', { max: digits }));
}

/**
 * A combo's components as a list: at least `comboMinComponents`, each SKU once (compared by `skuKey`). Paths are
 * `components` and `components.<index>.sku`.
 */
export function checkComponentList(components: readonly { sku: string }[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (components.length < PRODUCT_POLICY.comboMinComponents) issues.push(issueAt('components', 'combo_too_few', { min: PRODUCT_POLICY.comboMinComponents }));
  const seen = new Set<string>();
  components.forEach((component, index) => {
    const key = skuKey(component.sku);
    if (seen.has(key)) issues.push(issueAt(`components.${index}.sku`, 'duplicate'));
    seen.add(key);
  });
  return issues;
}

/** The list rules, and each quantity a whole number from 1 to `componentMaxQuantity`. */
export function checkComponents(components: readonly { sku: string; quantity: number | string }[]): FieldIssue[] {
  const issues = checkComponentList(components);
  components.forEach((component, index) => {
    const read = readQuantity(component.quantity);
    if (!read.ok) issues.push(issueAt(`components.${index}.quantity`, read.code, read.code === 'number_too_small' ? { min: read.min } : { max: read.max }));
  });
  return issues;
}
