import { and, asc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { importRows, imports, type StoredProblem } from '../../db/schema.ts';
import type { CheckedRow } from './kinds/index.ts';

// An upload's rows in the database: stored as they are checked, read back page by page to show, fix, check again
// and commit. Writes go a thousand rows to a statement, as one JSON parameter every driver passes alike.

const stored = (row: CheckedRow) => ({ row: row.row, key: row.key ?? null, cells: row.cells, errors: row.problems.length ? row.problems : null });

/** Adds checked rows to an upload. */
export async function insertRows(db: Executor, importId: string, rows: readonly CheckedRow[]): Promise<void> {
  if (!rows.length) return;
  await db.execute(sql`
    INSERT INTO import_rows (import_id, row, key, cells, errors)
    SELECT ${importId}::uuid, r.row, r.key, r.cells, r.errors
    FROM jsonb_to_recordset(${JSON.stringify(rows.map(stored))}::jsonb) AS r(row integer, key text, cells jsonb, errors jsonb)`);
}

/** Writes rows checked again (their cells, key and problems). */
export async function updateRows(db: Executor, importId: string, rows: readonly CheckedRow[]): Promise<void> {
  if (!rows.length) return;
  await db.execute(sql`
    UPDATE import_rows AS t SET key = r.key, cells = r.cells, errors = r.errors
    FROM jsonb_to_recordset(${JSON.stringify(rows.map(stored))}::jsonb) AS r(row integer, key text, cells jsonb, errors jsonb)
    WHERE t.import_id = ${importId}::uuid AND t.row = r.row`);
}

export type StoredRow = typeof importRows.$inferSelect;

/** Rows after `after` in sheet order (all, or only those with problems). */
export async function readRows(db: Executor, importId: string, page: { after?: number; limit: number; invalid?: boolean; forUpdate?: boolean }): Promise<StoredRow[]> {
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
  return page.forUpdate ? query.for('update') : query;
}

/** Every row of an upload, a thousand at a time, in sheet order. */
export async function* allRows(db: Executor, importId: string, options: { forUpdate?: boolean } = {}): AsyncGenerator<StoredRow[]> {
  let after: number | undefined;
  for (;;) {
    const page = await readRows(db, importId, { after, limit: 1000, forUpdate: options.forUpdate });
    if (!page.length) return;
    yield page;
    after = page.at(-1)!.row;
  }
}

/** The rows sharing a key (a SKU), in sheet order: what a duplicate is checked against. */
export async function rowsWithKey(db: Executor, importId: string, key: string): Promise<StoredRow[]> {
  return db.select().from(importRows).where(and(eq(importRows.importId, importId), eq(importRows.key, key))).orderBy(asc(importRows.row));
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
    const page = await readRows(db, importId, { after, limit: 200, invalid: true });
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
