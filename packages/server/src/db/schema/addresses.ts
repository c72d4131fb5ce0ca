import type { AddressKind } from '@wharf/domain/addresses';
import { boolean, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { at } from './columns.ts';

// The address book. Mirrors migrations/0009_addresses.sql, the source of truth for the database.

export const addresses = pgTable('addresses', {
  id: uuid('id').primaryKey(),
  enterpriseId: uuid('enterprise_id').notNull(),
  kind: text('kind').notNull().$type<AddressKind>(),
  label: text('label'),
  isDefault: boolean('is_default').notNull().default(false),
  name: text('name').notNull(),
  phone: text('phone').notNull(),
  province: text('province').notNull(),
  city: text('city').notNull(),
  district: text('district').notNull(),
  street: text('street').notNull(),
  postcode: text('postcode'),
  idNumber: text('id_number'),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by'),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
});

export type AddressRow = typeof addresses.$inferSelect;
