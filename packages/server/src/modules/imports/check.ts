import type { MappedColumn } from '@wharf/domain/imports';
import { eq, sql } from 'drizzle-orm';
import { importRows, imports, type StoredProblem } from '../../db/schema.ts';
import type { CheckedRow, ImportContext, ImportKindHandler } from './kinds/index.ts';
import { DuplicateTracker, readCells, type SheetEvent } from './read-sheet.ts';
import { allRows, insertRows, recount, updateRows, type StoredRow } from './rows.ts';

// Checking an upload: the sheet's rows, each already checked on its own and against the rows above it
// (read-sheet.ts, on this thread or another), checked against the database (the kind's checks) and stored with
// their problems, a batch at a time — so a large sheet costs memory for a batch, not for the file.

/** How often progress is written while a sheet is read. */
const PROGRESS_EVERY_MS = 250;

/** What checking found, as recorded on the import. */
export interface CheckOutcome {
  status: 'valid' | 'invalid' | 'failed';
  rows: number;
}

const storedColumns = (columns: readonly MappedColumn[]) => columns.map(({ key, letter, header }) => ({ key, column: letter, header }));

async function fail(context: ImportContext, problems: StoredProblem[], columns: readonly MappedColumn[]): Promise<CheckOutcome> {
  await context.db.delete(importRows).where(eq(importRows.importId, context.importId));
  await context.db
    .update(imports)
    .set({ status: 'failed', fileErrors: problems, columns: storedColumns(columns), updatedAt: context.clock.now() })
    .where(eq(imports.id, context.importId));
  return { status: 'failed', rows: 0 };
}

/**
 * Takes a sheet's rows as they are read and records the outcome on the import: its columns, rows and problems,
 * and its status — `valid`, `invalid` (rows to fix), or `failed` (the file itself: its header, its size, or its
 * content when it turns out to be unreadable half-way).
 */
export async function checkSheet(context: ImportContext, handler: ImportKindHandler, events: AsyncIterable<SheetEvent>): Promise<CheckOutcome> {
  const { db, clock, importId } = context;
  let lastProgress = Date.now();
  for await (const event of events) {
    if (event.type === 'failed') return fail(context, event.problems, event.columns);
    if (event.type === 'columns') {
      await db.update(imports).set({ columns: storedColumns(event.columns), totalBytes: event.totalBytes, updatedAt: clock.now() }).where(eq(imports.id, importId));
    } else if (event.type === 'rows') {
      await handler.checkRows(context, event.rows);
      await insertRows(db, importId, handler.definition, event.rows);
      if (Date.now() - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = Date.now();
        await db.update(imports).set({ rowCount: event.read, bytesRead: event.bytesRead, updatedAt: clock.now() }).where(eq(imports.id, importId));
      }
    } else {
      await db.update(imports).set({ bytesRead: sql`total_bytes` }).where(eq(imports.id, importId));
      const counted = await recount(db, importId, clock.now());
      return { status: counted.status as 'valid' | 'invalid', rows: event.rows };
    }
  }
  // The reader stopped without saying why (its thread died).
  return fail(context, [{ code: 'import_interrupted' }], []);
}

/** A stored row read again through the definition (the database's checks still to come). */
const recheck = (handler: ImportKindHandler, row: StoredRow) => readCells(handler.definition, row.row, row.cells);

/** Refused at commit: rows that passed their check no longer do (someone took a SKU meanwhile). */
export class CommitRefused extends Error {
  constructor() {
    super('rows no longer pass their check');
    this.name = 'CommitRefused';
  }
}

/**
 * Checks every stored row again — the database may have changed since the upload — and records what is found.
 * With `commit`, runs inside the caller's transaction with what the rows change locked, and writes each batch that
 * passes; the first that does not throws `CommitRefused` (the caller's rollback leaves nothing behind).
 */
export async function recheckRows(context: ImportContext, handler: ImportKindHandler, options: { commit?: boolean } = {}): Promise<number> {
  const duplicates = new DuplicateTracker(handler.definition);
  let written = 0;
  for await (const page of allRows(context.db, context.importId, handler.definition)) {
    const rows = page.map((row) => recheck(handler, row));
    for (const row of rows) duplicates.check(row);
    await handler.checkRows(context, rows);
    if (options.commit) {
      if (rows.some((row) => row.problems.length)) throw new CommitRefused();
      written += await handler.commit(context, rows);
    } else {
      const changed = rows.filter((row, index) => JSON.stringify(row.problems.length ? row.problems : null) !== JSON.stringify(page[index]!.errors));
      await updateRows(context.db, context.importId, handler.definition, changed);
    }
  }
  return written;
}

/**
 * Rechecks the rows sharing a key after one of them changed: the first keeps the key, every later one is its
 * duplicate. Returns the rows rechecked.
 */
export async function recheckGroup(context: ImportContext, handler: ImportKindHandler, group: readonly StoredRow[]): Promise<CheckedRow[]> {
  const rows = group.map((row) => recheck(handler, row));
  const duplicates = new DuplicateTracker(handler.definition);
  for (const row of rows) duplicates.check(row);
  await handler.checkRows(context, rows);
  await updateRows(context.db, context.importId, handler.definition, rows);
  return rows;
}
