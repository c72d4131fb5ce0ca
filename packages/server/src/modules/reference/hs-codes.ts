import type { HsCode } from '@wharf/domain';
import { elementsFromNames } from '@wharf/domain/reference';
import { and, asc, eq, ilike, like, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { hsCodes, type HsCodeRow } from '../../db/schema/reference.ts';

/** A catalogue row as the API and the domain rules see it: elements described (required, coded choices). */
export function presentHsCode(row: HsCodeRow): HsCode {
  return {
    code: row.code,
    name: row.name,
    unit: row.unit,
    secondUnit: row.secondUnit,
    supervision: row.supervision,
    elements: elementsFromNames(row.elements),
  };
}

/** One code of the catalogue, or undefined. What product checks call before `checkDeclarationElements`. */
export async function findHsCode(db: Executor, code: string): Promise<HsCode | undefined> {
  const [row] = await db.select().from(hsCodes).where(eq(hsCodes.code, code)).limit(1);
  return row ? presentHsCode(row) : undefined;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * Searches the catalogue. Digits (with the dots and spaces people write codes with, `3304.99`) match the start of
 * the code, in code order; anything else matches part of the name, earliest and then shortest match first, so
 * “化妆品” lists the names that are about it before those that merely mention it. No text: the first codes.
 * Both searches are index scans (migrations/0004_reference.sql).
 */
export async function searchHsCodes(db: Executor, query: { q?: string | undefined; limit: number }): Promise<HsCode[]> {
  const text = query.q?.trim() ?? '';
  const digits = text.replace(/[\s.]/g, '');
  const base = db.select().from(hsCodes);
  let rows: HsCodeRow[];
  if (text === '') {
    rows = await base.orderBy(asc(hsCodes.code)).limit(query.limit);
  } else if (/^\d+$/.test(digits)) {
    rows = await base.where(like(hsCodes.code, `${digits}%`)).orderBy(asc(hsCodes.code)).limit(query.limit);
  } else {
    rows = await base
      .where(and(sql`text_grams(${hsCodes.name}) @> text_grams(${text})`, ilike(hsCodes.name, `%${escapeLike(text)}%`)))
      .orderBy(sql`strpos(lower(${hsCodes.name}), lower(${text}))`, sql`length(${hsCodes.name})`, asc(hsCodes.code))
      .limit(query.limit);
  }
  return rows.map(presentHsCode);
}
