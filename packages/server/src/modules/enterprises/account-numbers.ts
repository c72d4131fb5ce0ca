import { formatAccountNumber } from '@wharf/domain/enterprises';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';

/** The next customer account number Wharf gives out (`WH00000001`, …), from a database sequence. */
export async function nextAccountNumber(tx: Executor): Promise<string> {
  const result = await tx.execute<{ value: string | number }>(sql`SELECT nextval('enterprise_account_seq') AS value`);
  const rows = (Array.isArray(result) ? result : (result as { rows: { value: string | number }[] }).rows) as { value: string | number }[];
  return formatAccountNumber(Number(rows[0]!.value));
}
