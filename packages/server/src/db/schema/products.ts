import type { ProductStatus, ProductType } from '@wharf/domain/products';
import { integer, jsonb, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { at } from './columns.ts';

// Products, combos' components and inventory.
// Mirrors migrations/0005_products.sql, the source of truth for the database; this file types the queries.

export const products = pgTable('products', {
  id: uuid('id').primaryKey(),
  enterpriseId: uuid('enterprise_id').notNull(),
  type: text('type').notNull().$type<ProductType>(),
  sku: text('sku').notNull(),
  name: text('name').notNull(),
  category: text('category'),
  brand: text('brand'),
  model: text('model'),
  unit: text('unit'),
  originCountry: text('origin_country'),
  barcode: text('barcode'),
  grossWeight: numeric('gross_weight', { precision: 12, scale: 3, mode: 'number' }),
  netWeight: numeric('net_weight', { precision: 12, scale: 3, mode: 'number' }),
  purchasePrice: numeric('purchase_price', { precision: 14, scale: 2 }),
  salePrice: numeric('sale_price', { precision: 14, scale: 2 }),
  currency: text('currency').notNull(),
  hsCode: text('hs_code'),
  declarationElements: jsonb('declaration_elements').notNull().$type<Record<string, string>>().default({}),
  declaredSpecification: text('declared_specification'),
  status: text('status').notNull().$type<ProductStatus>(),
  rejectionReason: text('rejection_reason'),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by'),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
  deletedAt: at('deleted_at'),
});

export const productComponents = pgTable(
  'product_components',
  {
    comboId: uuid('combo_id').notNull(),
    componentId: uuid('component_id').notNull(),
    quantity: integer('quantity').notNull(),
    position: integer('position').notNull(),
  },
  (table) => [primaryKey({ columns: [table.comboId, table.componentId] })],
);

export const inventory = pgTable(
  'inventory',
  {
    productId: uuid('product_id').notNull(),
    warehouse: text('warehouse').notNull(),
    onHand: integer('on_hand').notNull().default(0),
    reserved: integer('reserved').notNull().default(0),
    updatedAt: at('updated_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.productId, table.warehouse] })],
);
