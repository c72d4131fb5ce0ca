import { PRODUCT_SHEET, type ProductRowValue } from '@wharf/domain/imports';
import { checkProductDraft, skuKey } from '@wharf/domain/products';
import { and, eq, ne, sql } from 'drizzle-orm';
import { products } from '../../../db/schema.ts';
import { currencyOf, normalProductValues } from '../../products/drafts.ts';
import { auditProducts, type ImportKindHandler } from './kind.ts';

/**
 * `upper(sku)` (SQL's spelling of `skuKey`) is one of `keys` — a thousand of them as one JSON parameter, which
 * every driver passes alike and the database plans once, where a thousand bound values would be parsed and planned
 * each time.
 */
export function skuIn(keys: readonly string[]) {
  return sql`upper(${products.sku}) IN (SELECT jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb))`;
}

/** PRODUCT §3.6: a draft normal product per row (basic information; HS codes come with the declaration upload). */
export const productImport: ImportKindHandler<ProductRowValue> = {
  kind: 'products',
  definition: PRODUCT_SHEET,
  sheet: { kind: 'products', hsCode: null },

  async checkRows(context, rows) {
    const currency = currencyOf(context.enterprise);
    for (const row of rows) {
      if (!row.value) continue;
      // The sheet read each row with the product rule; what it could not know is the trading currency.
      for (const problem of checkProductDraft(row.value, { currency, fieldsChecked: true })) {
        row.problems.push({ key: problem.path, code: problem.code, params: { ...problem.params } });
      }
    }
    const keys = [...new Set(rows.flatMap((row) => (row.key ? [row.key] : [])))];
    if (!keys.length) return;
    const query = context.db
      .select({ sku: products.sku })
      .from(products)
      .where(and(eq(products.enterpriseId, context.enterprise.id), ne(products.status, 'deleted'), skuIn(keys)));
    const taken = new Set((context.forUpdate ? await query.for('update') : await query).map((product) => skuKey(product.sku)));
    for (const row of rows) {
      if (row.key && taken.has(row.key)) row.problems.push({ key: 'sku', code: 'sku_taken', params: { field: row.cells.sku?.trim() } });
    }
  },

  async commit(context, rows) {
    const now = context.clock.now();
    const values = rows.map((row) => normalProductValues({ enterprise: context.enterprise, actor: context.actor, now }, row.value!, null));
    for (let start = 0; start < values.length; start += 1000) await context.db.insert(products).values(values.slice(start, start + 1000));
    await auditProducts(context, 'created', values.map((product) => ({ id: product.id!, data: { sku: product.sku, type: 'normal' } })));
    return values.length;
  },
};
