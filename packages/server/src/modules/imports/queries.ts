import type { ImportKind } from '@wharf/domain/imports';
import { and, desc, eq, lt, or } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { imports, type ImportRecord } from '../../db/schema.ts';
import { listCursor } from '../../http/cursor.ts';

/** An upload of the enterprise's (locked, inside a transaction, when `forUpdate`); undefined for anyone else's. */
export async function findImport(db: Executor, enterpriseId: string, id: string, options: { forUpdate?: boolean } = {}): Promise<ImportRecord | undefined> {
  const query = db.select().from(imports).where(and(eq(imports.id, id), eq(imports.enterpriseId, enterpriseId))).limit(1);
  const [record] = await (options.forUpdate ? query.for('update') : query);
  return record;
}

/** An upload by id alone, as a check left it. */
export async function importById(db: Executor, id: string): Promise<ImportRecord | undefined> {
  const [record] = await db.select().from(imports).where(eq(imports.id, id));
  return record;
}

const IMPORT_CURSOR = listCursor('imports', ['time', 'uuid']);

/** A page of the enterprise's uploads, newest first; the cursor holds the last one's creation time and id. */
export async function importPage(db: Executor, enterpriseId: string, filter: { kind?: ImportKind; cursor?: string; limit: number }) {
  const key = IMPORT_CURSOR.decode(filter.cursor);
  const before = key
    ? or(lt(imports.createdAt, key[0]), and(eq(imports.createdAt, key[0]), lt(imports.id, key[1])))
    : undefined;
  const rows = await db
    .select()
    .from(imports)
    .where(and(eq(imports.enterpriseId, enterpriseId), filter.kind ? eq(imports.kind, filter.kind) : undefined, before))
    .orderBy(desc(imports.createdAt), desc(imports.id))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > filter.limit && last ? IMPORT_CURSOR.encode([last.createdAt, last.id]) : null };
}
