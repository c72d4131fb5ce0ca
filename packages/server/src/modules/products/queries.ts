import type { ProductQuery } from '@wharf/domain';
import { skuKey } from '@wharf/domain/products';
import { and, desc, eq, gte, ilike, inArray, lt, lte, ne, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { productComponents, products } from '../../db/schema.ts';
import { listCursor } from '../../http/cursor.ts';
import { LIST_COLUMNS } from './present.ts';

/** Day bounds: `createdFrom=2026-05-01` means from its first instant, `createdTo=2026-05-31` through its last. */
function createdBounds(query: { createdFrom?: string | undefined; createdTo?: string | undefined }) {
  const from = query.createdFrom ? new Date(query.createdFrom.length === 10 ? `${query.createdFrom}T00:00:00Z` : query.createdFrom) : undefined;
  const to = query.createdTo ? (query.createdTo.length === 10 ? new Date(Date.parse(`${query.createdTo}T00:00:00Z`) + 86_400_000) : new Date(query.createdTo)) : undefined;
  return { from, to, toExclusive: query.createdTo?.length === 10 };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * SKUs starting with `prefix` (any case), as a byte-wise range of the SKU index (`COLLATE "C"`, whatever the
 * database's collation): the planner's statistics then say how few rows it holds, where a LIKE with a parameter
 * hides it and the list would be walked newest first instead.
 */
function skuPrefix(prefix: string) {
  const from = skuKey(prefix);
  // The next code point after the last (a whole character, past the surrogates): never a NUL or half a pair.
  const last = String.fromCodePoint(from.codePointAt(from.length - 1 - Number(/[\udc00-\udfff]$/.test(from)))!);
  const next = last.codePointAt(0)! + 1;
  const to = from.slice(0, -last.length) + String.fromCodePoint(next >= 0xd800 && next <= 0xdfff ? 0xe000 : Math.min(next, 0x10ffff));
  // upper() folds as skuKey does.
  const sku = sql`(upper(${products.sku}) COLLATE "C")`;
  return sql`${sku} >= ${from} AND ${sku} < ${to}`;
}

/** Names with a text this common are found faster by walking the list in order than through the grams index. */
const COMMON_NAME_TEXT = 1000;

/**
 * "Name contains": a rare text is found through the grams index (migrations/0005_products.sql), Chinese included;
 * a common one (面霜 in a sixth of a million names) by walking the newest-first index and checking each name, which
 * finds a page's worth within a few hundred rows. One cheap probe of the grams index tells which it is.
 */
async function nameCondition(db: Executor, enterpriseId: string, name: string) {
  const contains = ilike(products.name, `%${escapeLike(name)}%`);
  const grams = sql`text_grams(${products.name}) @> text_grams(${name})`;
  const probe = await db
    .select({ found: sql<number>`count(*)::int` })
    .from(
      db
        .select({ one: sql`1` })
        .from(products)
        .where(and(eq(products.enterpriseId, enterpriseId), ne(products.status, 'deleted'), grams))
        .limit(COMMON_NAME_TEXT)
        .as('matches'),
    );
  return (probe[0]?.found ?? 0) >= COMMON_NAME_TEXT ? contains : and(grams, contains);
}

const PRODUCT_CURSOR = listCursor('products', ['time', 'uuid']);

/** A page of the enterprise's products (rows, for the presenter), newest first, filtered as `GET /v1/products` was asked. */
export async function listProducts(db: Executor, enterpriseId: string, query: z.output<typeof ProductQuery>) {
  const { from, to, toExclusive } = createdBounds(query);
  const key = PRODUCT_CURSOR.decode(query.cursor);
  const after = key
    ? or(lt(products.createdAt, key[0]), and(eq(products.createdAt, key[0]), lt(products.id, key[1])))
    : undefined;
  const rows = await db
    .select(LIST_COLUMNS)
    .from(products)
    .where(
      and(
        eq(products.enterpriseId, enterpriseId),
        query.status ? eq(products.status, query.status) : ne(products.status, 'deleted'),
        query.type ? eq(products.type, query.type) : undefined,
        query.category ? eq(products.category, query.category) : undefined,
        // A prefix as a range of the SKU index: the planner sees how few rows it holds, whatever the driver.
        query.sku ? skuPrefix(query.sku) : undefined,
        query.name ? await nameCondition(db, enterpriseId, query.name) : undefined,
        from ? gte(products.createdAt, from) : undefined,
        to ? (toExclusive ? lt(products.createdAt, to) : lte(products.createdAt, to)) : undefined,
        after,
      ),
    )
    .orderBy(desc(products.createdAt), desc(products.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: rows.length > query.limit && last ? PRODUCT_CURSOR.encode([last.createdAt, last.id]) : null,
  };
}

/** The enterprise's live product with this SKU (compared as `skuKey` folds, which SQL's upper() mirrors), optionally locked for a change. */
export async function findProduct(db: Executor, enterpriseId: string, sku: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select()
    .from(products)
    .where(and(eq(products.enterpriseId, enterpriseId), sql`upper(${products.sku}) = upper(${sku})`, ne(products.status, 'deleted')))
    .limit(1);
  const [row] = await (options.forUpdate ? query.for('update') : query);
  return row;
}

/** Live combos that use any of these products (to refuse deleting a component). */
export async function combosUsing(db: Executor, productIds: readonly string[]) {
  if (!productIds.length) return [];
  return db
    .select({ sku: products.sku })
    .from(productComponents)
    .innerJoin(products, eq(products.id, productComponents.comboId))
    .where(and(inArray(productComponents.componentId, [...productIds]), ne(products.status, 'deleted')));
}
