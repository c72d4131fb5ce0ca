import type { Locale } from '@wharf/domain';
import { allowedMoves, type Order, type OrderListItem, type TrackingEvent } from '@wharf/domain/orders';
import type { Executor } from '../../db/database.ts';
import type { orderTracking } from '../../db/schema.ts';
import { localName } from '../warehouses/present.ts';
import { listShippingMethods, listWarehouses } from '../warehouses/queries.ts';
import type { OrderItemRow, OrderRow } from './queries.ts';

/** Warehouse and shipping-method names by code, in one language (the tables are small: read whole). */
export interface ReferenceNames {
  warehouse(code: string): string;
  shippingMethod(code: string): string;
}

export async function referenceNames(db: Executor, locale: Locale): Promise<ReferenceNames> {
  const [warehouses, methods] = await Promise.all([listWarehouses(db), listShippingMethods(db)]);
  const warehouseNames = new Map(warehouses.map((row) => [row.code, localName(row.names, locale)]));
  const methodNames = new Map(methods.map((row) => [row.code, localName(row.names, locale)]));
  return { warehouse: (code) => warehouseNames.get(code) ?? code, shippingMethod: (code) => methodNames.get(code) ?? code };
}

export function presentOrder(row: OrderRow, items: readonly OrderItemRow[], names: ReferenceNames): Order {
  return {
    number: row.number,
    reference: row.reference,
    mode: row.mode,
    status: row.status,
    warehouse: row.warehouse,
    warehouseName: names.warehouse(row.warehouse),
    shippingMethod: row.shippingMethod,
    shippingMethodName: names.shippingMethod(row.shippingMethod),
    recipient: row.recipient,
    sender: row.sender ?? null,
    items: items.map((item) => ({ sku: item.sku, name: item.name, quantity: item.quantity, unitPrice: item.unitPrice })),
    currency: row.currency,
    declaredGoods: row.declaredGoods,
    insuredValue: row.insuredValue,
    remarks: row.remarks,
    appointment: row.appointment ?? null,
    changeWaybill: row.changeWaybill,
    carrier: row.carrier,
    trackingNumber: row.trackingNumber,
    allowed: allowedMoves(row.status, row.mode),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentListItem(row: OrderRow, names: ReferenceNames): OrderListItem {
  return {
    number: row.number,
    reference: row.reference,
    mode: row.mode,
    status: row.status,
    warehouse: row.warehouse,
    warehouseName: names.warehouse(row.warehouse),
    shippingMethod: row.shippingMethod,
    shippingMethodName: names.shippingMethod(row.shippingMethod),
    recipientName: row.recipient.name,
    itemCount: row.itemCount,
    quantity: row.quantity,
    remarks: row.remarks,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentTracking(row: typeof orderTracking.$inferSelect): TrackingEvent {
  return {
    type: row.type as TrackingEvent['type'],
    status: row.status,
    note: row.note,
    carrier: row.carrier,
    trackingNumber: row.trackingNumber,
    at: row.at.toISOString(),
  };
}
