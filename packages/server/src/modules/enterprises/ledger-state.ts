import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { ledgerEntries } from '../../db/schema.ts';

/** Seed 002: the trading currency is fixed as soon as any fee exists. */
export async function hasFees(db: Executor, enterpriseId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: ledgerEntries.id })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.enterpriseId, enterpriseId), eq(ledgerEntries.kind, 'fee')))
    .limit(1);
  return !!row;
}
