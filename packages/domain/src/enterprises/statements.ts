// The ledger's periods (PRODUCT §1.12, seed 000 月结账单): entries filtered by day, and the monthly statement. Days
// and months are China Standard Time (UTC+8), where the warehouses and their customers are: November's statement
// runs from 1 November 00:00 to 1 December 00:00 there.
import { z } from 'zod';
import { Pagination } from './schemas.ts';

/** Hours the ledger's calendar is ahead of UTC. */
export const LEDGER_UTC_OFFSET_HOURS = 8;
const OFFSET_MS = LEDGER_UTC_OFFSET_HOURS * 3_600_000;

/** A calendar month, `YYYY-MM`. */
export const StatementMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .meta({ description: 'A calendar month, YYYY-MM (UTC+8)', examples: ['2026-11'] });

const DayOrInstant = z.union([z.iso.date(), z.iso.datetime({ offset: true })]).meta({
  description: 'A day (YYYY-MM-DD, UTC+8: `from` from its first instant, `to` through its last) or an instant',
  examples: ['2026-11-01'],
});

/** `GET /v1/enterprises/:id/ledger`: a page of entries, newest first, within `from`–`to` when given. */
export const LedgerQuery = Pagination.extend({ from: DayOrInstant.optional(), to: DayOrInstant.optional() });
export type LedgerQuery = z.input<typeof LedgerQuery>;

const dayStart = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - OFFSET_MS);

/** The instants a ledger query covers: from `from` (inclusive) to `before` (exclusive); either may be open. */
export function ledgerPeriod(query: { from?: string | undefined; to?: string | undefined }): { from?: Date; before?: Date } {
  const period: { from?: Date; before?: Date } = {};
  if (query.from) period.from = query.from.length === 10 ? dayStart(query.from) : new Date(query.from);
  if (query.to) period.before = query.to.length === 10 ? new Date(dayStart(query.to).getTime() + 86_400_000) : new Date(new Date(query.to).getTime() + 1);
  return period;
}

/** The instants month `YYYY-MM` covers: from its first (inclusive) to the next month's first (exclusive). */
export function monthPeriod(month: string): { from: Date; before: Date } {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return { from: new Date(Date.UTC(year, number - 1, 1) - OFFSET_MS), before: new Date(Date.UTC(year, number, 1) - OFFSET_MS) };
}

/** The month an instant falls in, `YYYY-MM`. */
export function monthOf(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 7);
}

/** The month before `month`. */
export function previousMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, number - 2, 1)).toISOString().slice(0, 7);
}

/** The last day of month `YYYY-MM`, `YYYY-MM-DD`. */
export function lastDayOf(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
}
