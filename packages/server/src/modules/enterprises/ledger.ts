import { Ledger, LedgerEntry, LedgerEntryRequest } from '@wharf/domain';
import { LedgerQuery, ledgerPeriod, StatementMonth } from '@wharf/domain/enterprises';
import { IMPORT_POLICY } from '@wharf/domain/imports';
import { checkAmount, CURRENCIES, type Currency, formatAmount } from '@wharf/domain/common';
import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Hono } from 'hono';
import { audit } from '../../audit.ts';
import type { Executor } from '../../db/database.ts';
import { enterprises, ledgerEntries } from '../../db/schema.ts';
import { listCursor } from '../../http/cursor.ts';
import type { AppEnv } from '../../http/env.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import { requireUser } from '../auth/sessions.ts';
import { requireOperator } from '../operators/require-operator.ts';
import { isUuid, requireMembership } from './membership.ts';
import { statementHeaders, statementWorkbook } from './statement-sheet.ts';
import { statementLines, statementSummary } from './statements.ts';

const LEDGER_CURSOR = listCursor('ledger', ['id']);


type EntryRow = typeof ledgerEntries.$inferSelect;
const present = (row: EntryRow): LedgerEntry => ({
  id: String(row.id),
  kind: row.kind as LedgerEntry['kind'],
  amount: formatAmount(row.amount, row.currency as Currency),
  currency: row.currency as Currency,
  note: row.note,
  at: row.at.toISOString(),
});

/** Top-ups minus fees, summed by the database in exact decimals. */
async function balanceOf(db: Executor, enterpriseId: string): Promise<string> {
  const [row] = await db
    .select({ balance: sql<string>`coalesce(sum(case when ${ledgerEntries.kind} = 'fee' then -${ledgerEntries.amount} else ${ledgerEntries.amount} end), 0)::text` })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.enterpriseId, enterpriseId));
  return row?.balance ?? '0';
}

/** PRODUCT §1.12 (seed 002 充值): a balance in the trading currency; operators record top-ups and fees. */
export function mountLedger(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/enterprises/:id/ledger',
      tag: 'Ledger',
      summary: 'Balance and entries, newest first',
      description: '`from`/`to` keep the entries of a period: days (UTC+8, `to` inclusive) or instants. The balance is always the whole ledger’s.',
      auth: 'user',
      query: LedgerQuery,
      responses: { 200: { description: 'The ledger', schema: Ledger } },
    },
    requireUser,
    requireMembership(),
    async (c, { query }) => {
      const { limit, cursor } = query;
      const { enterprise } = c.var.membership;
      const { db } = c.var.services;
      const before = LEDGER_CURSOR.decode(cursor)?.[0];
      const period = ledgerPeriod(query);
      const rows = await db
        .select()
        .from(ledgerEntries)
        .where(
          and(
            eq(ledgerEntries.enterpriseId, enterprise.id),
            before ? lt(ledgerEntries.id, before) : undefined,
            period.from ? gte(ledgerEntries.at, period.from) : undefined,
            period.before ? lt(ledgerEntries.at, period.before) : undefined,
          ),
        )
        .orderBy(desc(ledgerEntries.id))
        .limit(limit + 1);
      const currency = enterprise.tradingCurrency as Currency | null;
      const balance = await balanceOf(db, enterprise.id);
      const page = rows.slice(0, limit);
      return c.json({
        balance: currency ? formatAmount(balance, currency) : balance,
        currency,
        data: page.map(present),
        nextCursor: rows.length > limit ? LEDGER_CURSOR.encode([page.at(-1)!.id]) : null,
      });
    },
  );

  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/enterprises/:id/statements/:file{[0-9]+-[0-9]+\\.xlsx}',
      tag: 'Ledger',
      summary: 'The monthly statement (月结账单) as .xlsx: `statements/2026-11.xlsx`',
      description:
        'Opening balance, every entry of the month (UTC+8) with the order a fee was for and the balance after it, the month’s top-ups and fees, and the closing balance, in the trading currency; headers in the request’s language. Mailed to the billing email on the 1st of the next month.',
      auth: 'user',
      responses: { 200: { description: 'The workbook', contentType: IMPORT_POLICY.contentType }, 422: problem('Not a month: YYYY-MM') },
    },
    requireUser,
    requireMembership(),
    async (c) => {
      const { services, locale, membership } = c.var;
      const month = (c.req.param('file') ?? '').replace(/\.xlsx$/, '');
      if (!StatementMonth.safeParse(month).success) throw fieldProblem(locale, { path: 'month', code: 'invalid_format' });
      const summary = await statementSummary(services.db, membership.enterprise.id, month);
      if (!summary) throw new ProblemError({ type: 'not-found' });
      return c.body(statementWorkbook(summary, statementLines(services.db, summary), locale), 200, statementHeaders(locale, month));
    },
  );

  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/operator/enterprises/:id/ledger',
      tag: 'Operators',
      summary: 'Record a top-up or a fee; the first fee fixes the trading currency',
      auth: 'operator',
      body: LedgerEntryRequest,
      responses: {
        201: { description: 'Recorded', schema: LedgerEntry },
        404: problem('No such enterprise'),
        422: problem('Bad amount, or no trading currency chosen yet'),
      },
    },
    requireOperator('admin', 'warehouse', 'customs'),
    async (c, { body }) => {
      const { services, locale } = c.var;
      const id = c.req.param('id');
      if (!isUuid(id)) throw new ProblemError({ type: 'not-found' });
      const row = await services.db.transaction(async (tx) => {
        // The currency cannot change while an entry is being recorded in it.
        const [enterprise] = await tx.select().from(enterprises).where(eq(enterprises.id, id)).for('update');
        if (!enterprise) throw new ProblemError({ type: 'not-found' });
        const currency = enterprise.tradingCurrency as Currency | null;
        if (!currency) throw fieldProblem(locale, { path: 'amount', code: 'currency_not_set' });
        const refusal = checkAmount(body.amount, currency);
        if (refusal) throw fieldProblem(locale, { path: 'amount', code: refusal, params: { max: CURRENCIES[currency] } });
        const [entry] = await tx
          .insert(ledgerEntries)
          .values({ enterpriseId: id, kind: body.kind, amount: body.amount, currency, note: body.note, operatorId: c.var.operator.id, at: services.clock.now() })
          .returning();
        await audit(tx, services.clock, {
          actor: { kind: 'operator', id: c.var.operator.id },
          entity: 'enterprise',
          entityId: id,
          action: body.kind === 'fee' ? 'fee-charged' : 'topped-up',
          data: { amount: body.amount, currency, note: body.note },
        });
        return entry!;
      });
      return c.json(present(row), 201);
    },
  );
}
