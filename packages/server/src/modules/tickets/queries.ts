import { OPEN_TICKET_STATUSES, TICKET_CATEGORIES, type OperatorTicketFilter } from '@wharf/domain/tickets';
import { and, count, desc, eq, gt, inArray, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { enterprises, tickets } from '../../db/schema.ts';
import { listCursor } from '../../http/cursor.ts';
import type { TicketRow } from './present.ts';

/** Tickets by completion time (epoch for those not completed) and number. */
const TICKET_CURSOR = listCursor('tickets', ['time', 'text']);

/**
 * A page of tickets, newest first: open ones by number (creation order), completed ones by completion. The
 * cursor holds the last row's sort key, so pages stay fast however many tickets there are.
 */
export async function ticketPage(db: Executor, filter: { enterpriseId?: string; status?: OperatorTicketFilter; limit: number; cursor?: string; oldestFirst?: boolean }) {
  const completed = filter.status === 'completed';
  const statuses = filter.status === 'open' ? [...OPEN_TICKET_STATUSES] : filter.status && !completed ? [filter.status] : undefined;
  const key = TICKET_CURSOR.decode(filter.cursor);
  const after = key
    ? completed
      ? or(lt(tickets.completedAt, key[0]), and(eq(tickets.completedAt, key[0]), lt(tickets.number, key[1])))
      : filter.oldestFirst
        ? gt(tickets.number, key[1])
        : lt(tickets.number, key[1])
    : undefined;
  const rows = await db
    .select()
    .from(tickets)
    .where(
      and(
        filter.enterpriseId ? eq(tickets.enterpriseId, filter.enterpriseId) : undefined,
        completed ? eq(tickets.status, 'completed') : statuses ? inArray(tickets.status, statuses) : undefined,
        after,
      ),
    )
    .orderBy(...(completed ? [desc(tickets.completedAt), desc(tickets.number)] : filter.oldestFirst ? [tickets.number] : [desc(tickets.number)]))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: rows.length > filter.limit && last ? TICKET_CURSOR.encode([last.completedAt ?? new Date(0), last.number]) : null,
  };
}

/** An enterprise's open and completed tickets per category, for the categories it has any in. */
export async function ticketCounts(db: Executor, enterpriseId: string) {
  const done = sql<boolean>`${tickets.status} = 'completed'`;
  const counts = await db
    .select({ category: tickets.category, completed: done, n: count() })
    .from(tickets)
    .where(eq(tickets.enterpriseId, enterpriseId))
    .groupBy(tickets.category, done);
  return TICKET_CATEGORIES.map((category) => ({
    category,
    open: Number(counts.find((row) => row.category === category && !row.completed)?.n ?? 0),
    completed: Number(counts.find((row) => row.category === category && row.completed)?.n ?? 0),
  })).filter((row) => row.open + row.completed > 0);
}

/** The ticket with this number in this enterprise (or in any, for agents); locked for update inside a transaction. */
export async function findTicket(db: Executor, number: string, enterpriseId: string | undefined, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select()
    .from(tickets)
    .where(and(eq(tickets.number, number), enterpriseId ? eq(tickets.enterpriseId, enterpriseId) : undefined))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Which enterprise asked, for agents' lists: id → { id, name, accountNumber }. */
export async function enterprisesOf(db: Executor, rows: readonly TicketRow[]) {
  const ids = [...new Set(rows.map((row) => row.enterpriseId))];
  const found = ids.length
    ? await db.select({ id: enterprises.id, name: enterprises.name, accountNumber: enterprises.accountNumber }).from(enterprises).where(inArray(enterprises.id, ids))
    : [];
  return new Map(found.map((enterprise) => [enterprise.id, enterprise]));
}
