import type { HsCode } from '@wharf/domain';
import { declarationSheet, type DeclarationRowValue } from '@wharf/domain/imports';
import { declaredSpecification } from '@wharf/domain/reference';
import { lockedReason, skuKey } from '@wharf/domain/products';
import { and, eq, ne, sql } from 'drizzle-orm';
import { products } from '../../../db/schema.ts';
import { auditProducts, type ImportKindHandler } from './kind.ts';
import { skuIn } from './products.ts';

/**
 * PRODUCT §3.7: one HS code's declaration elements for many products; committing gives each product the code and
 * its answers and sends it for filing (seed 002: successful rows move from draft to 备案中).
 */
export function declarationImport(hsCode: HsCode): ImportKindHandler<DeclarationRowValue> {
  return {
    kind: 'declarations',
    definition: declarationSheet(hsCode),
    sheet: { kind: 'declarations', hsCode },

    async checkRows(context, rows) {
      const keys = [...new Set(rows.flatMap((row) => (row.key ? [row.key] : [])))];
      if (!keys.length) return;
      const query = context.db
        .select({ id: products.id, sku: products.sku, type: products.type, status: products.status })
        .from(products)
        .where(and(eq(products.enterpriseId, context.enterprise.id), ne(products.status, 'deleted'), skuIn(keys)));
      const found = new Map((context.forUpdate ? await query.for('update') : await query).map((product) => [skuKey(product.sku), product]));
      for (const row of rows) {
        if (!row.key) continue;
        const product = found.get(row.key);
        const sku = row.cells.sku?.trim();
        if (!product) row.problems.push({ key: 'sku', code: 'sku_unknown', params: { field: sku } });
        else if (product.type === 'combo') row.problems.push({ key: 'sku', code: 'combo_not_filed' });
        else if (lockedReason(product.status)) row.problems.push({ key: 'sku', code: lockedReason(product.status)! });
        else row.target = product.id;
      }
    },

    async commit(context, rows) {
      const now = context.clock.now();
      const changes = rows.map((row) => ({
        id: row.target!,
        elements: row.value!.declarationElements,
        specification: declaredSpecification(hsCode, row.value!.declarationElements),
      }));
      for (let start = 0; start < changes.length; start += 1000) {
        const chunk = JSON.stringify(changes.slice(start, start + 1000));
        await context.db.execute(sql`
          UPDATE products AS p
          SET hs_code = ${hsCode.code}, declaration_elements = c.elements, declared_specification = c.specification,
              status = 'filing', rejection_reason = NULL, version = p.version + 1, updated_at = ${now.toISOString()}::timestamptz
          FROM jsonb_to_recordset(${chunk}::jsonb) AS c(id uuid, elements jsonb, specification text)
          WHERE p.id = c.id`);
      }
      await auditProducts(context, 'submitted', changes.map((change) => ({ id: change.id, data: { hsCode: hsCode.code } })));
      return changes.length;
    },
  };
}
