import type { Product, ProductListItem } from '@wharf/domain';
import { inCurrency } from '@wharf/domain/common';
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { productComponents, products } from '../../db/schema.ts';

export type ProductRow = typeof products.$inferSelect;

/** A stored price (`129.9000`) as the API shows it: with the trading currency's minor units (`129.90`). */
function presentPrice(value: string | null, currency: string): string | null {
  return value === null ? null : inCurrency(value, currency);
}

/** What every view of a product opens with: which product it is. */
const named = (row: ProductListRow) => ({ id: row.id, type: row.type, sku: row.sku, name: row.name, category: row.category });

/** What every view of a product closes with: when it was made and last changed. */
const stamped = (row: ProductListRow) => ({ createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() });

/** The columns a list item shows (and the list's cursor needs): a list reads only these. */
export const LIST_COLUMNS = {
  id: products.id,
  type: products.type,
  sku: products.sku,
  name: products.name,
  category: products.category,
  hsCode: products.hsCode,
  salePrice: products.salePrice,
  currency: products.currency,
  status: products.status,
  createdAt: products.createdAt,
  updatedAt: products.updatedAt,
};
export type ProductListRow = Pick<ProductRow, keyof typeof LIST_COLUMNS>;

export function presentListItem(row: ProductListRow): ProductListItem {
  return {
    ...named(row),
    hsCode: row.hsCode,
    salePrice: presentPrice(row.salePrice, row.currency),
    currency: row.currency,
    status: row.status,
    ...stamped(row),
  };
}

export async function presentProduct(db: Executor, row: ProductRow): Promise<Product> {
  const components =
    row.type === 'combo'
      ? await db
          .select({ sku: products.sku, name: products.name, quantity: productComponents.quantity })
          .from(productComponents)
          .innerJoin(products, eq(products.id, productComponents.componentId))
          .where(eq(productComponents.comboId, row.id))
          .orderBy(asc(productComponents.position))
      : [];
  return {
    ...named(row),
    brand: row.brand,
    model: row.model,
    unit: row.unit,
    originCountry: row.originCountry,
    barcode: row.barcode,
    grossWeight: row.grossWeight,
    netWeight: row.netWeight,
    purchasePrice: presentPrice(row.purchasePrice, row.currency),
    salePrice: presentPrice(row.salePrice, row.currency),
    currency: row.currency,
    hsCode: row.hsCode,
    declarationElements: row.declarationElements,
    declaredSpecification: row.declaredSpecification,
    components,
    status: row.status,
    rejectionReason: row.rejectionReason,
    version: row.version,
    ...stamped(row),
  };
}
