import { columnIndex, matchHeaders, type MappedColumn } from '@wharf/domain/imports';
import { eq } from 'drizzle-orm';
import { importRows, imports, type StoredProblem } from '../../db/schema.ts';
import type { CheckedRow, ImportContext, ImportKindHandler } from './kinds/index.ts';
import { allRows, insertRows, recount, updateRows, type StoredRow } from './rows.ts';
import { SheetFileError, type OpenedSheet } from './xlsx/reader.ts';

// Checking an upload: every row read from the sheet, checked on its own (the domain's sheet definition), against
// the rows before it (duplicates) and against the database (the kind's checks), then stored with its problems.
// Rows go through in batches, so a large sheet costs memory for one batch, not for the file.

const BATCH = 1000;
/** How often progress is written while a sheet is read. */
const PROGRESS_EVERY_MS = 250;

export const DUPLICATE = 'duplicate_in_file';

/** What checking found, as recorded on the import. */
export interface CheckOutcome {
  status: 'valid' | 'invalid' | 'failed';
  rows: number;
}

/** Reads one row's cells through the definition: the row as checked on its own. */
export function readCells(handler: ImportKindHandler, row: number, cells: Record<string, string>): CheckedRow {
  const read = handler.definition.readRow(cells);
  return { row, cells, key: read.key, value: read.value, problems: read.problems.map((problem) => ({ ...problem })) };
}

/** Marks rows whose key an earlier row already has (the first of each key is the one that counts). */
export class DuplicateTracker {
  readonly #first = new Map<string, number>();
  readonly #handler: ImportKindHandler;
  constructor(handler: ImportKindHandler) {
    this.#handler = handler;
  }

  check(row: CheckedRow): void {
    if (!row.key) return;
    const first = this.#first.get(row.key);
    if (first === undefined) this.#first.set(row.key, row.row);
    else row.problems.push(duplicateOf(this.#handler, row, first));
  }
}

function duplicateOf(handler: ImportKindHandler, row: CheckedRow, first: number): StoredProblem {
  const key = handler.definition.uniqueKey ?? 'sku';
  return { key, code: DUPLICATE, params: { field: row.cells[key]?.trim(), row: first } };
}

async function fail(context: ImportContext, problems: StoredProblem[], columns: MappedColumn[] = []): Promise<CheckOutcome> {
  await context.db.delete(importRows).where(eq(importRows.importId, context.importId));
  await context.db
    .update(imports)
    .set({ status: 'failed', fileErrors: problems, columns: columns.map(({ key, letter, header }) => ({ key, column: letter, header })), updatedAt: context.clock.now() })
    .where(eq(imports.id, context.importId));
  return { status: 'failed', rows: 0 };
}

/**
 * Checks an opened sheet and records the outcome on the import: its columns, rows and problems, and its status —
 * `valid`, `invalid` (rows to fix), or `failed` (the file itself: its header, its size, or its content when it
 * turns out to be unreadable half-way).
 */
export async function checkSheet(context: ImportContext, handler: ImportKindHandler, sheet: OpenedSheet, options: { maxRows: number }): Promise<CheckOutcome> {
  const { db, clock, importId } = context;
  let columns: (MappedColumn & { index: number })[] | undefined;
  const duplicates = new DuplicateTracker(handler);
  let batch: CheckedRow[] = [];
  let rows = 0;
  let lastProgress = Date.now();

  const flush = async () => {
    await handler.checkRows(context, batch);
    await insertRows(db, importId, batch);
    batch = [];
  };

  try {
    await db.update(imports).set({ totalBytes: sheet.totalBytes, updatedAt: clock.now() }).where(eq(imports.id, importId));
    for await (const raws of sheet.rows()) {
      for (const raw of raws) {
        if (!columns) {
          const matched = matchHeaders(handler.definition, raw.values, context.locale);
          if (matched.problems.length) {
            return await fail(context, matched.problems.map((problem) => ({ code: problem.code, params: { name: problem.name, ...(problem.letter ? { letter: problem.letter } : {}) } })), matched.columns);
          }
          columns = matched.columns.map((column) => ({ ...column, index: columnIndex(column.letter) }));
          await db
            .update(imports)
            .set({ columns: columns.map(({ key, letter, header }) => ({ key, column: letter, header })) })
            .where(eq(imports.id, importId));
          continue;
        }
        const cells: Record<string, string> = {};
        let filled = false;
        for (const column of columns) {
          const value = raw.values[column.index];
          if (value !== undefined && value.trim() !== '') {
            cells[column.key] = value;
            filled = true;
          }
        }
        if (!filled) continue;
        if (++rows > options.maxRows) return await fail(context, [{ code: 'too_many_rows', params: { max: options.maxRows } }]);
        const checked = readCells(handler, raw.row, cells);
        duplicates.check(checked);
        batch.push(checked);
        if (batch.length >= BATCH) await flush();
      }
      if (Date.now() - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = Date.now();
        await db.update(imports).set({ rowCount: rows, bytesRead: sheet.bytesRead, updatedAt: clock.now() }).where(eq(imports.id, importId));
      }
    }
    if (!columns) return await fail(context, [{ code: 'no_rows' }]);
    await flush();
  } catch (error) {
    if (error instanceof SheetFileError) return await fail(context, [{ code: error.code, params: error.params }]);
    throw error;
  }
  if (rows === 0) return await fail(context, [{ code: 'no_rows' }], columns);
  await db.update(imports).set({ bytesRead: sheet.totalBytes }).where(eq(imports.id, importId));
  const counted = await recount(db, importId, clock.now());
  return { status: counted.status as 'valid' | 'invalid', rows };
}

/** A stored row read again through the definition (the database's checks still to come). */
const recheck = (handler: ImportKindHandler, row: StoredRow) => readCells(handler, row.row, row.cells);

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
  const duplicates = new DuplicateTracker(handler);
  let written = 0;
  for await (const page of allRows(context.db, context.importId)) {
    const rows = page.map((row) => recheck(handler, row));
    for (const row of rows) duplicates.check(row);
    await handler.checkRows(context, rows);
    if (options.commit) {
      if (rows.some((row) => row.problems.length)) throw new CommitRefused();
      written += await handler.commit(context, rows);
    } else {
      const changed = rows.filter((row, index) => JSON.stringify(row.problems.length ? row.problems : null) !== JSON.stringify(page[index]!.errors));
      await updateRows(context.db, context.importId, changed);
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
  const duplicates = new DuplicateTracker(handler);
  for (const row of rows) duplicates.check(row);
  await handler.checkRows(context, rows);
  await updateRows(context.db, context.importId, rows);
  return rows;
}
