import type { ImportKind, ImportStatus } from '@wharf/domain/imports';
import { bigint, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { at } from './columns.ts';

// Batch uploads and their rows.
// Mirrors migrations/0006_imports.sql, the source of truth for the database; this file types the queries.

/** A problem recorded against an upload, its file or one of its rows: the column key, the code, its parameters. */
export type StoredProblem = { key?: string; code: string; params?: Record<string, unknown> };

export const imports = pgTable('imports', {
  id: uuid('id').primaryKey(),
  enterpriseId: uuid('enterprise_id').notNull(),
  kind: text('kind').notNull().$type<ImportKind>(),
  status: text('status').notNull().$type<ImportStatus>(),
  fileName: text('file_name').notNull(),
  size: bigint('size', { mode: 'number' }).notNull(),
  hsCode: text('hs_code'),
  columns: jsonb('columns').notNull().$type<{ key: string; column: string; header: string }[]>().default([]),
  fileErrors: jsonb('file_errors').notNull().$type<StoredProblem[]>().default([]),
  rowCount: integer('row_count').notNull().default(0),
  invalidRows: integer('invalid_rows').notNull().default(0),
  errorCount: integer('error_count').notNull().default(0),
  bytesRead: bigint('bytes_read', { mode: 'number' }).notNull().default(0),
  totalBytes: bigint('total_bytes', { mode: 'number' }).notNull().default(0),
  created: integer('created'),
  createdBy: uuid('created_by').notNull(),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
  committedAt: at('committed_at'),
  expiresAt: at('expires_at').notNull(),
});

export type ImportRecord = typeof imports.$inferSelect;

export const importRows = pgTable(
  'import_rows',
  {
    importId: uuid('import_id').notNull(),
    row: integer('row').notNull(),
    key: text('key'),
    /** In the sheet definition's column order (modules/imports/rows.ts). */
    cells: jsonb('cells').notNull().$type<(string | null)[]>(),
    errors: jsonb('errors').$type<StoredProblem[]>(),
  },
  (table) => [primaryKey({ columns: [table.importId, table.row] })],
);
