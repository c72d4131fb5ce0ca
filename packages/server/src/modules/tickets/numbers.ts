import { formatTicketNumber } from '@wharf/domain/tickets';
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { counters } from '../../db/schema.ts';

/**
 * The next ticket number (OD000000001, …). The counter row stays locked until the creating transaction ends, so
 * tickets created at once get consecutive numbers, never the same one, and a rolled-back ticket leaves no gap.
 */
export async function nextTicketNumber(tx: Executor): Promise<string> {
  const [row] = await tx
    .update(counters)
    .set({ value: sql`${counters.value} + 1` })
    .where(eq(counters.name, 'ticket'))
    .returning({ value: counters.value });
  return formatTicketNumber(Number(row!.value));
}
