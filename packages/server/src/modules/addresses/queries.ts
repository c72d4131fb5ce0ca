import type { AddressKind, AddressQuery } from '@wharf/domain/addresses';
import { and, count, desc, eq, gt, ilike, inArray, lt, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { addresses, type AddressRow } from '../../db/schema.ts';
import { listCursor } from '../../http/cursor.ts';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** Part of the name, label, phone or address (an address book holds at most ten thousand: a scan of one is cheap). */
function matching(text: string) {
  const pattern = `%${escapeLike(text)}%`;
  const address = sql`${addresses.province} || ${addresses.city} || ${addresses.district} || ${addresses.street}`;
  return or(ilike(addresses.name, pattern), ilike(addresses.label, pattern), ilike(addresses.phone, pattern), sql`${address} ILIKE ${pattern}`);
}

const ADDRESS_CURSOR = listCursor('addresses', ['time', 'uuid']);

/** A page of the enterprise's address book, newest first, as `GET /v1/addresses` was asked. */
export async function listAddresses(db: Executor, enterpriseId: string, query: z.output<typeof AddressQuery>) {
  const key = ADDRESS_CURSOR.decode(query.cursor);
  const after = key
    ? or(lt(addresses.createdAt, key[0]), and(eq(addresses.createdAt, key[0]), lt(addresses.id, key[1])))
    : undefined;
  const rows = await db
    .select()
    .from(addresses)
    .where(and(eq(addresses.enterpriseId, enterpriseId), query.kind ? eq(addresses.kind, query.kind) : undefined, query.q ? matching(query.q) : undefined, after))
    .orderBy(desc(addresses.createdAt), desc(addresses.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > query.limit && last ? ADDRESS_CURSOR.encode([last.createdAt, last.id]) : null };
}

/** Every entry of the book, oldest first, a thousand at a time (the export). */
export async function* allAddresses(db: Executor, enterpriseId: string): AsyncGenerator<AddressRow[]> {
  let after: AddressRow | undefined;
  for (;;) {
    const rows = await db
      .select()
      .from(addresses)
      .where(
        and(
          eq(addresses.enterpriseId, enterpriseId),
          after ? or(gt(addresses.createdAt, after.createdAt), and(eq(addresses.createdAt, after.createdAt), gt(addresses.id, after.id))) : undefined,
        ),
      )
      .orderBy(addresses.createdAt, addresses.id)
      .limit(1000);
    if (!rows.length) return;
    yield rows;
    after = rows.at(-1);
  }
}

export async function findAddress(db: Executor, enterpriseId: string, id: string, options: { forUpdate?: boolean } = {}): Promise<AddressRow | undefined> {
  const query = db.select().from(addresses).where(and(eq(addresses.enterpriseId, enterpriseId), eq(addresses.id, id)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function countAddresses(db: Executor, enterpriseId: string): Promise<number> {
  const [row] = await db.select({ count: count() }).from(addresses).where(eq(addresses.enterpriseId, enterpriseId));
  return row?.count ?? 0;
}

/**
 * Entries of `kind` known by `names` — their label, or else their name, exactly as saved — for a batch order that
 * names its recipient instead of writing it out. A name several entries share finds the newest.
 */
export async function addressesNamed(db: Executor, enterpriseId: string, kind: AddressKind, names: readonly string[]): Promise<Map<string, AddressRow>> {
  if (!names.length) return new Map();
  const rows = await db
    .select()
    .from(addresses)
    .where(and(eq(addresses.enterpriseId, enterpriseId), eq(addresses.kind, kind), or(inArray(addresses.label, [...names]), inArray(addresses.name, [...names]))))
    .orderBy(addresses.createdAt, addresses.id);
  const byLabel = new Map<string, AddressRow>();
  const byName = new Map<string, AddressRow>();
  for (const row of rows) {
    if (row.label) byLabel.set(row.label, row);
    byName.set(row.name, row);
  }
  const found = new Map<string, AddressRow>();
  for (const name of names) {
    const row = byLabel.get(name) ?? byName.get(name);
    if (row) found.set(name, row);
  }
  return found;
}
