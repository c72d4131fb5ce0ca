import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { shippingMethods, warehouses } from '../../db/schema.ts';

export type WarehouseRow = typeof warehouses.$inferSelect;
export type ShippingMethodRow = typeof shippingMethods.$inferSelect;

export function listWarehouses(db: Executor, options: { activeOnly?: boolean } = {}): Promise<WarehouseRow[]> {
  return db.select().from(warehouses).where(options.activeOnly ? eq(warehouses.active, true) : undefined).orderBy(asc(warehouses.code));
}

export function listShippingMethods(db: Executor, options: { activeOnly?: boolean } = {}): Promise<ShippingMethodRow[]> {
  return db.select().from(shippingMethods).where(options.activeOnly ? eq(shippingMethods.active, true) : undefined).orderBy(asc(shippingMethods.code));
}

export async function findWarehouse(db: Executor, code: string): Promise<WarehouseRow | undefined> {
  const [row] = await db.select().from(warehouses).where(eq(warehouses.code, code)).limit(1);
  return row;
}

export async function findShippingMethod(db: Executor, code: string): Promise<ShippingMethodRow | undefined> {
  const [row] = await db.select().from(shippingMethods).where(eq(shippingMethods.code, code)).limit(1);
  return row;
}
