import type { FieldError, Locale } from '@wharf/domain';
import { fieldMessage } from '@wharf/domain/messages';
import { checkProductDraft, skuKey, type ProductDraft } from '@wharf/domain/products';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { products } from '../../db/schema.ts';
import { ProblemError } from '../../http/problem.ts';
import { checkReferenceCodes, declarationOf, type FieldFinding } from './declaration.ts';

export interface NormalFieldsToCheck {
  /**
   * The product as it would be saved, read by the request schema already: checked with the product rule between
   * fields and in the trading currency (`checkProductDraft`).
   */
  draft?: ProductDraft;
  /** The trading currency (JPY and KRW have no minor units). */
  currency?: string;
  category?: string | null | undefined;
  unit?: string | null | undefined;
  originCountry?: string | null | undefined;
  hsCode?: string | null | undefined;
  declarationElements?: Record<string, string> | null | undefined;
}

type Problem = FieldFinding;

/** One 422 naming every field found wrong, each in the caller's language. */
export function refuse(locale: Locale, problems: readonly Problem[]): never {
  const errors: FieldError[] = problems.map((problem) => ({
    path: problem.path,
    code: problem.code,
    message: fieldMessage(locale, problem.code, problem.params ?? {}),
  }));
  throw new ProblemError({ type: 'validation', errors });
}

/**
 * What the request schema cannot know: the draft against the rules between fields and the trading currency's
 * precision, that the codes are in the reference lists, and that the HS code exists and its declaration elements
 * are answered (all of them, in its order, with its coded choices). Returns the declared specification
 * (`|`-joined answers), or null while there is no HS code; throws a 422 naming every bad field.
 */
export async function checkNormalFields(db: Executor, locale: Locale, fields: NormalFieldsToCheck): Promise<string | null> {
  const drafted = fields.draft ? checkProductDraft(fields.draft, { currency: fields.currency, fieldsChecked: true }) : [];
  const problems: Problem[] = [...checkReferenceCodes(locale, fields), ...drafted];
  let specification: string | null = null;
  if (fields.hsCode) {
    const declaration = await declarationOf(db, fields.hsCode, fields.declarationElements ?? {});
    problems.push(...declaration.problems);
    specification = declaration.specification;
  }
  if (problems.length) refuse(locale, problems);
  return specification;
}

/** A combo's components: each an existing normal product of the enterprise. Returns their ids, in order. */
export async function resolveComponents(db: Executor, locale: Locale, enterpriseId: string, components: readonly { sku: string; quantity: number }[]) {
  const skus = components.map((component) => skuKey(component.sku));
  const rows = await db
    .select({ id: products.id, sku: products.sku, type: products.type })
    .from(products)
    // upper() folds as skuKey does.
    .where(and(eq(products.enterpriseId, enterpriseId), sql`upper(${products.sku}) IN ${skus}`, ne(products.status, 'deleted')));
  const bySku = new Map(rows.map((row) => [skuKey(row.sku), row]));
  const problems: Problem[] = [];
  const resolved = components.map((component, index) => {
    const row = bySku.get(skuKey(component.sku));
    if (!row) problems.push({ path: `components.${index}.sku`, code: 'component_unknown', params: { field: component.sku } });
    else if (row.type !== 'normal') problems.push({ path: `components.${index}.sku`, code: 'component_not_normal', params: { field: component.sku } });
    return { id: row?.id ?? '', quantity: component.quantity };
  });
  if (problems.length) refuse(locale, problems);
  return resolved;
}
