import { type Currency, formatAmount } from '@wharf/domain/common';
import { monthPeriod } from '@wharf/domain/enterprises';
import { and, asc, eq, gt, gte, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { enterprises, ledgerEntries, orders } from '../../db/schema.ts';

// A month's statement (seed 000 月结账单) read from the ledger: the opening balance, every entry of the month in
// order with the order a fee was for and the balance after it, the month's totals and the closing balance — all
// summed by the database in exact decimals, in the enterprise's trading currency.

export interface StatementSummary {
  enterprise: { id: string; name: string; accountNumber: string; billingEmail: string };
  month: string;
  /** None until the enterprise's first entry fixed one; such a statement is all zeros. */
  currency: Currency | null;
  opening: string;
  topUps: string;
  fees: string;
  closing: string;
  /** Entries in the month. */
  entries: number;
}

export interface StatementLine {
  id: number;
  at: Date;
  kind: 'top-up' | 'fee';
  amount: string;
  note: string;
  orderNumber: string | null;
  balance: string;
}

const signed = sql`CASE WHEN ${ledgerEntries.kind} = 'fee' THEN -${ledgerEntries.amount} ELSE ${ledgerEntries.amount} END`;

const shown = (value: string, currency: Currency | null) => (currency ? formatAmount(value, currency) : value);

/** The month's figures for one enterprise; undefined when there is no such enterprise. */
export async function statementSummary(db: Executor, enterpriseId: string, month: string): Promise<StatementSummary | undefined> {
  const [enterprise] = await db
    .select({ id: enterprises.id, name: enterprises.name, accountNumber: enterprises.accountNumber, billingEmail: enterprises.billingEmail, currency: enterprises.tradingCurrency })
    .from(enterprises)
    .where(eq(enterprises.id, enterpriseId));
  if (!enterprise) return undefined;
  const { from, before } = monthPeriod(month);
  const inMonth = sql`${ledgerEntries.at} >= ${from.toISOString()}::timestamptz AND ${ledgerEntries.at} < ${before.toISOString()}::timestamptz`;
  const [row] = await db
    .select({
      opening: sql<string>`coalesce(sum(${signed}) FILTER (WHERE ${ledgerEntries.at} < ${from.toISOString()}::timestamptz), 0)::text`,
      topUps: sql<string>`coalesce(sum(${ledgerEntries.amount}) FILTER (WHERE ${ledgerEntries.kind} = 'top-up' AND ${inMonth}), 0)::text`,
      fees: sql<string>`coalesce(sum(${ledgerEntries.amount}) FILTER (WHERE ${ledgerEntries.kind} = 'fee' AND ${inMonth}), 0)::text`,
      closing: sql<string>`coalesce(sum(${signed}) FILTER (WHERE ${ledgerEntries.at} < ${before.toISOString()}::timestamptz), 0)::text`,
      entries: sql<number>`(count(*) FILTER (WHERE ${inMonth}))::int`,
    })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.enterpriseId, enterpriseId), lt(ledgerEntries.at, before)));
  const currency = enterprise.currency as Currency | null;
  return {
    enterprise: { id: enterprise.id, name: enterprise.name, accountNumber: enterprise.accountNumber, billingEmail: enterprise.billingEmail },
    month,
    currency,
    opening: shown(row?.opening ?? '0', currency),
    topUps: shown(row?.topUps ?? '0', currency),
    fees: shown(row?.fees ?? '0', currency),
    closing: shown(row?.closing ?? '0', currency),
    entries: row?.entries ?? 0,
  };
}

/** How many lines are read at once: a month of a busy enterprise's fees is written without being held whole. */
const BATCH = 2000;

/**
 * The month's entries in order, a batch at a time, each with the order it was the fee for and the balance after it
 * (the previous batch's last balance carried into the next as a decimal, never as a float).
 */
export async function* statementLines(db: Executor, summary: StatementSummary): AsyncGenerator<StatementLine[]> {
  const { from, before } = monthPeriod(summary.month);
  let balance = summary.opening;
  let after: { at: Date; id: number } | undefined;
  for (;;) {
    const rows = await db
      .select({
        id: ledgerEntries.id,
        at: ledgerEntries.at,
        kind: ledgerEntries.kind,
        amount: sql<string>`${ledgerEntries.amount}::text`,
        note: ledgerEntries.note,
        orderNumber: orders.number,
        balance: sql<string>`(${balance}::numeric + sum(${signed}) OVER (ORDER BY ${ledgerEntries.at}, ${ledgerEntries.id}))::text`,
      })
      .from(ledgerEntries)
      .leftJoin(orders, eq(orders.feeEntryId, ledgerEntries.id))
      .where(
        and(
          eq(ledgerEntries.enterpriseId, summary.enterprise.id),
          gte(ledgerEntries.at, from),
          lt(ledgerEntries.at, before),
          after ? or(gt(ledgerEntries.at, after.at), and(eq(ledgerEntries.at, after.at), gt(ledgerEntries.id, after.id))) : undefined,
        ),
      )
      .orderBy(asc(ledgerEntries.at), asc(ledgerEntries.id))
      .limit(BATCH);
    if (!rows.length) return;
    yield rows.map((row) => ({
      ...row,
      kind: row.kind as StatementLine['kind'],
      amount: shown(row.amount, summary.currency),
      balance: shown(row.balance, summary.currency),
    }));
    const last = rows.at(-1)!;
    balance = last.balance;
    after = { at: last.at, id: last.id };
    if (rows.length < BATCH) return;
  }
}
