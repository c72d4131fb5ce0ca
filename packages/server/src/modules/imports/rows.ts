import { and, asc, eq, gt, isNotNull, param, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { importRows, imports, type StoredProblem } from '../../db/schema.ts';
import type { SheetDefinition } from '@wharf/domain/imports';
import type { CheckedRow } from './kinds/index.ts';

// An upload's rows in the database: stored as they are checked, read back page by page to show, fix, check again
// and commit. Writes go a thousand rows to a statement, as one JSON parameter every driver passes alike. A row's
// cells are stored as an array in the sheet definition's column order (no key repeated on every row: the
// upload's write is most of its cost); everything outside this file sees them by column key.

/** A sheet definition's columns, in the order a stored row keeps its cells. */
export type RowLayout = Pick<SheetDefinition, 'columns'>;

function encode(layout: RowLayout, cells: Readonly<Record<string, string>>): (string | null)[] {
  const values = layout.columns.map((column) => cells[column.key] ?? null);
  while (values.length && values.at(-1) === null) values.pop();
  return values;
}

function decode(layout: RowLayout, values: unknown): Record<string, string> {
  const cells: Record<string, string> = {};
  (values as (string | null)[]).forEach((value, index) => {
    const key = layout.columns[index]?.key;
    if (key && value !== null) cells[key] = value;
  });
  return cells;
}

const stored = (layout: RowLayout, row: CheckedRow) => ({ row: row.row, key: row.key ?? null, cells: encode(layout, row.cells), errors: row.problems.length ? row.problems : null });

/** Adds checked rows to an upload: four arrays, one row of the table per position (the fastest way in). */
export async function insertRows(db: Executor, importId: string, layout: RowLayout, rows: readonly CheckedRow[]): Promise<void> {
  if (!rows.length) return;
  const numbers: number[] = [];
  const keys: (string | null)[] = [];
  const cells: string[] = [];
  const errors: (string | null)[] = [];
  for (const row of rows) {
    numbers.push(row.row);
    keys.push(row.key ?? null);
    cells.push(JSON.stringify(encode(layout, row.cells)));
    errors.push(row.problems.length ? JSON.stringify(row.problems) : null);
  }
  await db.execute(sql`
    INSERT INTO import_rows (import_id, row, key, cells, errors)
    SELECT ${importId}::uuid, r.row, r.key, r.cells::jsonb, r.errors::jsonb
    FROM unnest(${param(numbers)}::int[], ${param(keys)}::text[], ${param(cells)}::text[], ${param(errors)}::text[]) AS r(row, key, cells, errors)`);
}

/** Writes rows checked again (their cells, key and problems). */
export async function updateRows(db: Executor, importId: string, layout: RowLayout, rows: readonly CheckedRow[]): Promise<void> {
  if (!rows.length) return;
  await db.execute(sql`
    UPDATE import_rows AS t SET key = r.key, cells = r.cells, errors = r.errors
    FROM jsonb_to_recordset(${JSON.stringify(rows.map((row) => stored(layout, row)))}::jsonb) AS r(row integer, key text, cells jsonb, errors jsonb)
    WHERE t.import_id = ${importId}::uuid AND t.row = r.row`);
}

/** A stored row with its cells by column key. */
export type StoredRow = Omit<typeof importRows.$inferSelect, 'cells'> & { cells: Record<string, string> };

/** Rows after `after` in sheet order (all, or only those with problems). */
export async function readRows(db: Executor, importId: string, layout: RowLayout, page: { after?: number; limit: number; invalid?: boolean; forUpdate?: boolean }): Promise<StoredRow[]> {
  const query = db
    .select()
    .from(importRows)
    .where(
      and(
        eq(importRows.importId, importId),
        page.after === undefined ? undefined : gt(importRows.row, page.after),
        page.invalid ? isNotNull(importRows.errors) : undefined,
      ),
    )
    .orderBy(asc(importRows.row))
    .limit(page.limit);
  const rows = await (page.forUpdate ? query.for('update') : query);
  return rows.map((row) => ({ ...row, cells: decode(layout, row.cells) }));
}

/** Every row of an upload, a thousand at a time, in sheet order. */
export async function* allRows(db: Executor, importId: string, layout: RowLayout, options: { forUpdate?: boolean } = {}): AsyncGenerator<StoredRow[]> {
  let after: number | undefined;
  for (;;) {
    const page = await readRows(db, importId, layout, { after, limit: 1000, forUpdate: options.forUpdate });
    if (!page.length) return;
    yield page;
    after = page.at(-1)!.row;
  }
}

/** The rows sharing a key (a SKU), in sheet order: what a duplicate is checked against. */
export async function rowsWithKey(db: Executor, importId: string, layout: RowLayout, key: string): Promise<StoredRow[]> {
  const rows = await db.select().from(importRows).where(and(eq(importRows.importId, importId), eq(importRows.key, key))).orderBy(asc(importRows.row));
  return rows.map((row) => ({ ...row, cells: decode(layout, row.cells) }));
}

/** Counts an upload's rows, rows with problems and problems, and records them with the status they mean. */
export async function recount(db: Executor, importId: string, now: Date) {
  const [counts] = await db
    .select({
      rows: sql<number>`count(*)::int`,
      invalidRows: sql<number>`(count(*) FILTER (WHERE ${importRows.errors} IS NOT NULL))::int`,
      errors: sql<number>`coalesce(sum(jsonb_array_length(${importRows.errors})), 0)::int`,
    })
    .from(importRows)
    .where(eq(importRows.importId, importId));
  const { rows, invalidRows, errors } = counts!;
  const [updated] = await db
    .update(imports)
    .set({ rowCount: rows, invalidRows, errorCount: errors, status: errors > 0 || rows === 0 ? 'invalid' : 'valid', updatedAt: now })
    .where(eq(imports.id, importId))
    .returning();
  return updated!;
}

/** The rows with problems, in row order, until they hold `limit` problems: what an upload's summary lists. */
export async function firstProblems(db: Executor, importId: string, limit: number): Promise<{ row: number; problems: StoredProblem[] }[]> {
  const found: { row: number; problems: StoredProblem[] }[] = [];
  let count = 0;
  let after: number | undefined;
  while (count < limit) {
    const page = await db
      .select({ row: importRows.row, errors: importRows.errors })
      .from(importRows)
      .where(and(eq(importRows.importId, importId), after === undefined ? undefined : gt(importRows.row, after), isNotNull(importRows.errors)))
      .orderBy(asc(importRows.row))
      .limit(200);
    if (!page.length) break;
    for (const row of page) {
      if (count >= limit) break;
      found.push({ row: row.row, problems: row.errors ?? [] });
      count += row.errors?.length ?? 0;
    }
    after = page.at(-1)!.row;
  }
  return found;
}
