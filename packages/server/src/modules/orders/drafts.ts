import type { FieldError, Locale } from '@wharf/domain';
import { fieldMessage } from '@wharf/domain/messages';
import { checkOrderDraft, type OrderDraft } from '@wharf/domain/orders';
import { skuKey } from '@wharf/domain/products';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { products, type StoredAddress } from '../../db/schema.ts';
import { ProblemError } from '../../http/problem.ts';
import { listShippingMethods, listWarehouses } from '../warehouses/queries.ts';

/** An order's fields as stored, once every rule passed. */
export interface OrderFields {
  mode: 'consolidation' | 'stock';
  reference: string;
  warehouse: string;
  shippingMethod: string;
  recipient: StoredAddress;
  sender: StoredAddress | null;
  declaredGoods: string;
  insuredValue: string | null;
  remarks: string | null;
  appointment: { date: string; from: string; to: string } | null;
  changeWaybill: boolean;
  items: { sku: string; quantity: number; unitPrice: string }[];
}

/** An item as stored: the product it names, with the product's SKU and name as they are now. */
export interface ItemValues {
  productId: string;
  sku: string;
  name: string;
  quantity: number;
  unitPrice: string;
}

/** Today where the warehouses are (China, UTC+8): a pickup appointment cannot be before it. */
export function warehouseToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** One 422 naming every field found wrong, each in the caller's language. */
export function refuseFields(locale: Locale, issues: readonly { path: string; code: string; params?: Parameters<typeof fieldMessage>[2] }[]): never {
  const errors: FieldError[] = issues.map((issue) => ({ path: issue.path, code: issue.code, message: fieldMessage(locale, issue.code, issue.params ?? {}) }));
  throw new ProblemError({ type: 'validation', errors });
}

/**
 * Checks an order as it would be saved against what needs the database — active warehouse and shipping method
 * (and its ID-number rule), filed products of the enterprise, prices in the trading currency, the appointment not
 * before today — with the one order rule (`checkOrderDraft`), and answers its items as stored. Throws a 422 naming
 * every bad field.
 */
export async function checkAgainstDatabase(
  tx: Executor,
  locale: Locale,
  enterprise: { id: string; tradingCurrency: string | null },
  draft: Omit<OrderDraft, 'items'> & { items: readonly { sku: string; quantity: number; unitPrice: string }[] },
  options: { now: Date; checkAppointment: boolean },
): Promise<ItemValues[]> {
  const skus = [...new Set(draft.items.map((item) => skuKey(item.sku)))];
  const [found, warehouseRows, methodRows] = await Promise.all([
    skus.length
      ? tx
          .select({ id: products.id, sku: products.sku, name: products.name, status: products.status })
          .from(products)
          .where(and(eq(products.enterpriseId, enterprise.id), ne(products.status, 'deleted'), inArray(sql`upper(${products.sku})`, skus)))
      : Promise.resolve([]),
    listWarehouses(tx, { activeOnly: true }),
    listShippingMethods(tx, { activeOnly: true }),
  ]);
  const bySku = new Map(found.map((product) => [skuKey(product.sku), product]));
  const issues = checkOrderDraft(options.checkAppointment ? draft : { ...draft, appointment: null }, {
    fieldsChecked: true,
    currency: enterprise.tradingCurrency,
    warehouses: warehouseRows,
    shippingMethods: methodRows,
    product: (sku) => bySku.get(skuKey(sku)),
    today: warehouseToday(options.now),
  });
  if (issues.length) refuseFields(locale, issues);
  return draft.items.map((item) => {
    const product = bySku.get(skuKey(item.sku))!;
    return { productId: product.id, sku: product.sku, name: product.name, quantity: item.quantity, unitPrice: item.unitPrice };
  });
}
