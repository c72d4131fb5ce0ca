import type { Address } from '@wharf/domain/addresses';
import type { InventoryReason, LocalizedNames, OrderMode, OrderStatus } from '@wharf/domain/orders';
import { bigint, boolean, integer, jsonb, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { at } from './columns.ts';

// Warehouses, shipping methods, orders with their items and tracking, waybill terms and inventory movements.
// Mirrors migrations/0007_orders.sql, the source of truth for the database; this file types the queries.

export const warehouses = pgTable('warehouses', {
  code: text('code').primaryKey(),
  names: jsonb('names').notNull().$type<LocalizedNames>(),
  active: boolean('active').notNull().default(true),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
});

export const shippingMethods = pgTable('shipping_methods', {
  code: text('code').primaryKey(),
  names: jsonb('names').notNull().$type<LocalizedNames>(),
  active: boolean('active').notNull().default(true),
  requiresIdNumber: boolean('requires_id_number').notNull().default(false),
  fees: jsonb('fees').notNull().$type<{ currency: string; amount: string }[]>().default([]),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
});

export type StoredAddress = Required<Pick<Address, 'name' | 'phone' | 'province' | 'city' | 'district' | 'street'>> & { postcode: string | null; idNumber: string | null };

export const orders = pgTable('orders', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  enterpriseId: uuid('enterprise_id').notNull(),
  number: text('number').notNull().unique(),
  reference: text('reference').notNull(),
  mode: text('mode').notNull().$type<OrderMode>(),
  status: text('status').notNull().$type<OrderStatus>(),
  warehouse: text('warehouse').notNull(),
  shippingMethod: text('shipping_method').notNull(),
  recipient: jsonb('recipient').notNull().$type<StoredAddress>(),
  sender: jsonb('sender').$type<StoredAddress>(),
  declaredGoods: text('declared_goods').notNull(),
  insuredValue: numeric('insured_value', { precision: 14, scale: 2 }),
  currency: text('currency'),
  remarks: text('remarks'),
  appointment: jsonb('appointment').$type<{ date: string; from: string; to: string }>(),
  changeWaybill: boolean('change_waybill').notNull().default(false),
  carrier: text('carrier'),
  trackingNumber: text('tracking_number'),
  feeEntryId: bigint('fee_entry_id', { mode: 'number' }),
  itemCount: integer('item_count').notNull().default(0),
  quantity: integer('quantity').notNull().default(0),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by'),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
});

export const orderItems = pgTable(
  'order_items',
  {
    orderId: bigint('order_id', { mode: 'number' }).notNull(),
    position: integer('position').notNull(),
    productId: uuid('product_id').notNull(),
    sku: text('sku').notNull(),
    name: text('name').notNull(),
    quantity: integer('quantity').notNull(),
    unitPrice: numeric('unit_price', { precision: 14, scale: 2 }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.orderId, table.position] })],
);

export const orderTracking = pgTable('order_tracking', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  orderId: bigint('order_id', { mode: 'number' }).notNull(),
  type: text('type').notNull(),
  status: text('status').notNull().$type<OrderStatus>(),
  note: text('note'),
  carrier: text('carrier'),
  trackingNumber: text('tracking_number'),
  operatorId: uuid('operator_id'),
  at: at('at').notNull(),
});

export const waybillTerms = pgTable('waybill_terms', {
  version: integer('version').primaryKey(),
  texts: jsonb('texts').notNull().$type<LocalizedNames>(),
  publishedAt: at('published_at').notNull(),
});

export const waybillTermsAcceptances = pgTable(
  'waybill_terms_acceptances',
  {
    userId: uuid('user_id').notNull(),
    version: integer('version').notNull(),
    acceptedAt: at('accepted_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.version] })],
);

export const inventoryMovements = pgTable('inventory_movements', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  productId: uuid('product_id').notNull(),
  warehouse: text('warehouse').notNull(),
  reason: text('reason').notNull().$type<InventoryReason>(),
  onHandChange: integer('on_hand_change').notNull(),
  reservedChange: integer('reserved_change').notNull(),
  note: text('note'),
  orderId: bigint('order_id', { mode: 'number' }),
  asn: text('asn'),
  actorKind: text('actor_kind').notNull(),
  actorId: text('actor_id'),
  at: at('at').notNull(),
});
