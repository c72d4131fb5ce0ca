import type { HsCode, Locale } from '@wharf/domain';
import { checkProductDraft, fieldMessage, readPrice, readWeight, type ProductType } from '@wharf/domain/products';

// The form's side of the product rule: the draft as typed, checked with the domain's `checkProductDraft` (the
// check the server makes) and put into words with the domain's `fieldMessage` (the server's texts).

export const FIELDS = ['sku', 'name', 'category', 'brand', 'model', 'unit', 'originCountry', 'barcode', 'grossWeight', 'netWeight', 'purchasePrice', 'salePrice'] as const;
export type Field = (typeof FIELDS)[number];
export type Values = Record<Field, string>;
export const emptyValues = (): Values => Object.fromEntries(FIELDS.map((name) => [name, ''])) as Values;

/** A product of a combo as typed: its quantity is the user's text until saved. */
export interface Component {
  sku: string;
  name: string;
  quantity: string;
}

/** Saved as a draft, or saved and sent for filing (which needs more). */
export type Intent = 'draft' | 'submit';

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
  /** The trading currency the prices are in, once known (its decimals bound theirs). */
  currency?: string | undefined;
}

/** Every problem the browser can see, by field path, in the user's language. `intent` adds what sending for filing needs. */
export function draftProblems(draft: Draft, intent: Intent | undefined, locale: Locale): Record<string, string> {
  const { type, hsCode } = draft;
  const issues = checkProductDraft(
    {
      type,
      ...draft.values,
      hsCode: hsCode?.code,
      declarationElements: hsCode ? answersFor(hsCode, draft.answers) : undefined,
      components: type === 'combo' ? draft.components : undefined,
    },
    { intent: intent === 'submit' ? 'submit' : 'save', existing: draft.existing, declarationElements: hsCode?.elements, currency: draft.currency },
  );
  return Object.fromEntries(issues.map((issue) => [issue.path, fieldMessage(locale, issue.code, issue.params)]));
}

/** The rules between two fields: a change to the first may make (or unmake) a problem at the second. */
export const LINKED_FIELDS: Readonly<Record<string, string>> = { purchasePrice: 'salePrice', grossWeight: 'netWeight' };

/** A price as sent (normalised), or undefined when empty or unreadable. */
export function priceOf(value: string): string | undefined {
  const read = value.trim() ? readPrice(value) : undefined;
  return read?.ok ? read.price : undefined;
}

/** A weight as sent (kilograms), or undefined when empty or unreadable. */
export function weightOf(value: string): number | undefined {
  const read = value.trim() ? readWeight(value) : undefined;
  return read?.ok ? read.kg : undefined;
}
