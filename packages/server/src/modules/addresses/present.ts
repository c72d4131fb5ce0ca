import type { AddressBookEntry } from '@wharf/domain/addresses';
import type { AddressRow } from '../../db/schema.ts';

export function presentAddress(row: AddressRow): AddressBookEntry {
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    isDefault: row.isDefault,
    name: row.name,
    phone: row.phone,
    province: row.province,
    city: row.city,
    district: row.district,
    street: row.street,
    postcode: row.postcode,
    idNumber: row.idNumber,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
