import type { HsCode, Locale } from '@wharf/domain';
import type { MessageParams } from '@wharf/domain/messages';
import { fieldMessage } from '@wharf/domain/auth';
import { checkPrices, isGtin, isSku, PRODUCT_POLICY, productMessagesFor, type ProductType, readPrice } from '@wharf/domain/products';
import { checkDeclarationElements, referenceMessagesFor } from '@wharf/domain/reference';
import type { ProductFormText } from './i18n/en.ts';

// The rules the form checks as the user types, with the server's own messages. They live here together so that
// moving them to the domain's one check for a product draft changes this file only.

export const FIELDS = ['sku', 'name', 'category', 'brand', 'model', 'unit', 'originCountry', 'barcode', 'grossWeight', 'netWeight', 'purchasePrice', 'salePrice'] as const;
export type Field = (typeof FIELDS)[number];
export type Values = Record<Field, string>;
export const emptyValues = (): Values => Object.fromEntries(FIELDS.map((name) => [name, ''])) as Values;

const REQUIRED: Record<ProductType, readonly Field[]> = {
  normal: ['sku', 'name', 'category', 'unit', 'originCountry', 'purchasePrice', 'salePrice'],
  combo: ['sku', 'name'],
};

/** A product of a combo as typed: its quantity is the user's text until saved. */
export interface Component {
  sku: string;
  name: string;
  quantity: string;
}

/** Saved as a draft, or saved and sent for filing (which needs more). */
export type Intent = 'draft' | 'submit';

/** A weight as typed: kilograms, a positive decimal. */
const WEIGHT = /^(\d+(\.\d*)?|\.\d+)$/;

type Catalogue = Record<string, (params: MessageParams) => string>;

/**
 * A rule's message in the user's language — the same text `productFieldMessage` gives for these codes (products,
 * declaration elements, then the general ones such as `required`) — without carrying the ticket and enterprise
 * catalogues `productFieldMessage` falls back to for codes a product form never meets.
 */
export function ruleMessage(locale: Locale, code: string, params: Record<string, unknown> = {}): string {
  for (const catalogue of [productMessagesFor(locale).field, referenceMessagesFor(locale).field] as Catalogue[]) {
    if (Object.hasOwn(catalogue, code)) return catalogue[code]!(params as MessageParams);
  }
  return fieldMessage(locale, code, params as MessageParams);
}

/** The answers to send: the code's elements only, trimmed, unanswered ones left out. */
export function answersFor(hsCode: HsCode, answers: Record<string, string>): Record<string, string> {
  const sent: Record<string, string> = {};
  for (const element of hsCode.elements) {
    const answer = (answers[String(element.index)] ?? '').trim();
    if (answer) sent[String(element.index)] = answer;
  }
  return sent;
}

/** A product as the form holds it. */
export interface Draft {
  type: ProductType;
  /** Whether the product exists already (its SKU is then fixed). */
  existing: boolean;
  values: Values;
  hsCode?: HsCode | undefined;
  answers: Record<string, string>;
  components: readonly Component[];
}

/** Every problem the browser can see, by field path. `intent` adds what sending for filing needs. */
export function draftProblems(draft: Draft, intent: Intent | undefined, locale: Locale, text: ProductFormText): Record<string, string> {
  const message = (code: string, params: Record<string, unknown> = {}) => ruleMessage(locale, code, params);
  const { values: v, type } = draft;
  const problems: Record<string, string> = {};
  for (const name of REQUIRED[type]) if (!v[name].trim()) problems[name] = message('required');
  if (!draft.existing && v.sku.trim() && !isSku(v.sku.trim())) problems.sku = message('sku_format');

  const prices: Partial<Record<'purchasePrice' | 'salePrice', string>> = {};
  for (const name of type === 'normal' ? (['purchasePrice', 'salePrice'] as const) : (['salePrice'] as const)) {
    if (!v[name].trim()) continue;
    const read = readPrice(v[name]);
    if (read.ok) prices[name] = read.price;
    else problems[name] = message(read.code, { max: PRODUCT_POLICY.priceMax, min: 0 });
  }

  if (type === 'normal') {
    if (v.barcode.trim() && !isGtin(v.barcode.trim())) problems.barcode = message('gtin');
    const weights: Partial<Record<'grossWeight' | 'netWeight', number>> = {};
    for (const name of ['grossWeight', 'netWeight'] as const) {
      const typed = v[name].trim();
      if (!typed) continue;
      if (WEIGHT.test(typed) && Number(typed) > 0) weights[name] = Number(typed);
      else problems[name] = text.weightFormat;
    }
    if (weights.grossWeight !== undefined && weights.netWeight !== undefined && weights.netWeight > weights.grossWeight) {
      problems.netWeight = message('net_above_gross', { max: weights.grossWeight });
    }
    if (prices.purchasePrice && prices.salePrice && checkPrices(prices.purchasePrice, prices.salePrice)) {
      problems.salePrice = message('sale_below_purchase', { min: prices.purchasePrice });
    }
    if (draft.hsCode) {
      for (const problem of checkDeclarationElements(draft.hsCode, answersFor(draft.hsCode, draft.answers))) {
        problems[problem.path] ??= message(problem.code, problem.params);
      }
    } else if (intent === 'submit') {
      problems.hsCode = message('hs_code_required');
    }
  } else {
    if (draft.components.length < PRODUCT_POLICY.comboMinComponents) problems.components = message('combo_too_few', { min: PRODUCT_POLICY.comboMinComponents });
    draft.components.forEach((component, index) => {
      const quantity = component.quantity.trim();
      const path = `components.${index}.quantity`;
      if (!/^\d+$/.test(quantity) || Number(quantity) < 1) problems[path] = message('number_too_small', { min: 1 });
      else if (Number(quantity) > PRODUCT_POLICY.componentMaxQuantity) problems[path] = message('number_too_large', { max: PRODUCT_POLICY.componentMaxQuantity });
    });
  }
  return problems;
}

/** The rules between two fields: a change to the first may make (or unmake) a problem at the second. */
export const LINKED_FIELDS: Readonly<Record<string, string>> = { purchasePrice: 'salePrice', grossWeight: 'netWeight' };

/** A price as sent (normalised), or undefined when empty or unreadable. */
export function priceOf(value: string): string | undefined {
  const read = value.trim() ? readPrice(value) : undefined;
  return read?.ok ? read.price : undefined;
}

/** A weight as sent, or undefined when empty. */
export function weightOf(value: string): number | undefined {
  return value.trim() ? Number(value.trim()) : undefined;
}
