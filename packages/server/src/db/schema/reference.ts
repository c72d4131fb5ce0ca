import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Reference data: the HS-code catalogue. Mirrors migrations/0004_reference.sql, the source of truth; this file types the
// queries. Not re-exported by db/schema.ts: queries import the table from here.

/** The HS-code catalogue: one row per 10-digit code; `elements` are the declaration elements' names in order. */
export const hsCodes = pgTable('hs_codes', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  unit: text('unit').notNull(),
  secondUnit: text('second_unit'),
  supervision: text('supervision').notNull().default(''),
  elements: jsonb('elements').notNull().$type<string[]>(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
export type HsCodeRow = typeof hsCodes.$inferSelect;
