import type { Locale } from '@wharf/domain';
import type { LocalizedNames, ShippingMethod, Warehouse } from '@wharf/domain/orders';
import type { ShippingMethodRow, WarehouseRow } from './queries.ts';

/** A reference name in the caller's language. */
export function localName(names: LocalizedNames, locale: Locale): string {
  return names[locale] ?? names.en;
}

export function presentWarehouse(row: WarehouseRow): Warehouse {
  return { code: row.code, names: row.names, active: row.active, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

export function presentShippingMethod(row: ShippingMethodRow): ShippingMethod {
  return {
    code: row.code,
    names: row.names,
    active: row.active,
    requiresIdNumber: row.requiresIdNumber,
    fees: row.fees,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
