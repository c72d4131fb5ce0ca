import { orderNumber } from '@wharf/domain/orders';
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { counters } from '../../db/schema.ts';

/**
 * The next order number (SO0000000001, …). The counter row stays locked until the creating transaction ends, so
 * orders created at once get consecutive numbers, never the same one, and a rolled-back order leaves no gap.
 */
export async function nextOrderNumber(tx: Executor): Promise<string> {
  const [row] = await tx
    .update(counters)
    .set({ value: sql`${counters.value} + 1` })
    .where(eq(counters.name, 'order'))
    .returning({ value: counters.value });
  return orderNumber(Number(row!.value));
}
