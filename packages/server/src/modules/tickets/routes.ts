import {
  CreateTicketRequest,
  listOf,
  Problem,
  ReopenRequest,
  ReplyRequest,
  Ticket,
  TicketOptions,
  TicketQuery,
  TicketSummary,
  TicketSummaryItem,
} from '@wharf/domain';
import { ATTACHMENT_POLICY, canReopen, canReply, isTicketNumber, OPEN_TICKET_STATUSES, TICKET_CATEGORIES, TICKET_POLICY } from '@wharf/domain/tickets';
import { and, count, desc, eq, gt, inArray, lt, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Context, Hono } from 'hono';
import { audit } from '../../audit.ts';
import { ticketRecords, tickets } from '../../db/schema.ts';
import { decodeKeyCursor, encodeKeyCursor } from '../../http/cursor.ts';
import type { AppEnv } from '../../http/env.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import { problem, type RouteContext, type RouteRegistry } from '../../http/routes.ts';
import { claimAttachments } from '../attachments/claim.ts';
import { requireUser } from '../auth/sessions.ts';
import { requireMembership, type MemberVars } from '../enterprises/membership.ts';
import { nextTicketNumber } from './numbers.ts';
import { ticketCreated, ticketReplied } from './notifications.ts';
import { findTicket, presentListItem, presentTicket, type TicketRow } from './present.ts';

const tag = 'Tickets';
/** One ticket: `options` and `summary` beside it are never a number, so the routes answer the same in any order. */
const TICKET = '/v1/tickets/:number{(?!options$|summary$)[^/]+}';
const member = [requireUser, requireMembership()] as const;

/** The ticket named in the path, in the caller's enterprise; 404 for a malformed number or anyone else's. */
export function ticketNumberOf(c: Context<AppEnv>): string {
  const number = c.req.param('number') ?? '';
  if (!isTicketNumber(number)) throw new ProblemError({ type: 'not-found' });
  return number;
}

/**
 * A page of tickets, newest first: open ones by number (creation order), completed ones by completion. The
 * cursor holds the last row's sort key, so pages stay fast however many tickets there are.
 */
export async function ticketPage(c: Context<AppEnv>, filter: { enterpriseId?: string; status?: string; limit: number; cursor?: string; oldestFirst?: boolean }) {
  const { db } = c.var.services;
  const completed = filter.status === 'completed';
  const statuses = filter.status === 'open' ? [...OPEN_TICKET_STATUSES] : filter.status && !completed ? [filter.status] : undefined;
  const key = decodeKeyCursor(filter.cursor, 2);
  const after = key
    ? completed
      ? or(lt(tickets.completedAt, new Date(Number(key[0]))), and(eq(tickets.completedAt, new Date(Number(key[0]))), lt(tickets.number, String(key[1]))))
      : filter.oldestFirst
        ? gt(tickets.number, String(key[1]))
        : lt(tickets.number, String(key[1]))
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
    nextCursor: rows.length > filter.limit && last ? encodeKeyCursor([last.completedAt?.getTime() ?? 0, last.number]) : null,
  };
}

/** PRODUCT §2: customers ask, follow, reply and reopen. */
export function mountTicketRoutes(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/tickets/options',
      tag,
      summary: 'What the ask form offers: subscribed products, categories, attachment limits',
      auth: 'user',
      responses: { 200: { description: 'The choices', schema: TicketOptions } },
    },
    ...member,
    (c) =>
      c.json({
        products: c.var.membership.enterprise.serviceProducts,
        categories: [...TICKET_CATEGORIES],
        attachments: { maxBytes: ATTACHMENT_POLICY.maxBytes, maxFiles: TICKET_POLICY.maxAttachments, extensions: [...ATTACHMENT_POLICY.extensions] },
      }),
  );

  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/tickets/summary',
      tag,
      summary: 'The dashboard: counts, counts by category, recently completed, service expiry',
      auth: 'user',
      responses: { 200: { description: 'The summary', schema: TicketSummary } },
    },
    ...member,
    async (c) => {
      const { db } = c.var.services;
      const enterprise = c.var.membership.enterprise;
      const done = sql<boolean>`${tickets.status} = 'completed'`;
      const counts = await db
        .select({ category: tickets.category, completed: done, n: count() })
        .from(tickets)
        .where(eq(tickets.enterpriseId, enterprise.id))
        .groupBy(tickets.category, done);
      const byCategory = TICKET_CATEGORIES.map((category) => ({
        category,
        open: Number(counts.find((row) => row.category === category && !row.completed)?.n ?? 0),
        completed: Number(counts.find((row) => row.category === category && row.completed)?.n ?? 0),
      })).filter((row) => row.open + row.completed > 0);
      const recent = await ticketPage(c, { enterpriseId: enterprise.id, status: 'completed', limit: TICKET_POLICY.recentlyCompleted });
      return c.json({
        open: byCategory.reduce((sum, row) => sum + row.open, 0),
        completed: byCategory.reduce((sum, row) => sum + row.completed, 0),
        byCategory,
        recentlyCompleted: recent.rows.map(presentListItem),
        serviceExpiresAt: enterprise.serviceExpiresAt?.toISOString() ?? null,
      });
    },
  );

  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/tickets',
      tag,
      summary: 'The enterprise’s tickets, newest first',
      description: '`status=open` (submitted, accepted, processing) or `completed` (by completion, newest first).',
      auth: 'user',
      query: TicketQuery,
      responses: { 200: { description: 'A page', schema: listOf(TicketSummaryItem) } },
    },
    ...member,
    async (c, { query }) => {
      const page = await ticketPage(c, { enterpriseId: c.var.membership.enterprise.id, ...query });
      return c.json({ data: page.rows.map(presentListItem), nextCursor: page.nextCursor });
    },
  );

  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/tickets',
      tag,
      summary: 'Ask: a new ticket (OD + 9 digits, sequential)',
      description: 'Agents are told by mail; the enterprise’s webhooks and live stream get `ticket.created`.',
      auth: 'user',
      body: CreateTicketRequest,
      responses: {
        201: { description: 'The ticket', schema: Ticket },
        422: problem('A field breaks a rule (e.g. a product the enterprise does not subscribe to)'),
      },
    },
    ...member,
    async (c, input) => {
      const { services, locale } = c.var;
      const body = input.body;
      const enterprise = c.var.membership.enterprise;
      const userId = c.var.auth.user.id;
      if (!enterprise.serviceProducts.includes(body.product)) {
        throw fieldProblem(locale, { path: 'product', code: 'product_not_subscribed', params: { options: enterprise.serviceProducts } });
      }
      const row = await services.db.transaction(async (tx) => {
        const now = services.clock.now();
        const [created] = await tx
          .insert(tickets)
          .values({
            id: crypto.randomUUID(),
            number: await nextTicketNumber(tx),
            enterpriseId: enterprise.id,
            createdBy: userId,
            contactName: body.contactName,
            contactPhone: body.contactPhone,
            product: body.product,
            category: body.category,
            title: body.title,
            description: body.description,
            status: 'submitted',
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        await claimAttachments(tx, locale, body.attachmentIds, { userId, enterpriseId: enterprise.id }, { ticketId: created!.id, enterpriseId: enterprise.id });
        await ticketCreated(tx, services, created!);
        await audit(tx, services.clock, { actor: { kind: 'user', id: userId }, entity: 'ticket', entityId: created!.id, action: 'created', data: { number: created!.number } });
        return created!;
      });
      services.outbox.kick();
      return c.json(await presentTicket(services.db, row), 201, { location: `/v1/tickets/${row.number}` });
    },
  );

  routes.add(
    app,
    {
      method: 'get',
      path: TICKET,
      tag,
      summary: 'A ticket with its processing records, replies and attachments',
      auth: 'user',
      responses: { 200: { description: 'The ticket', schema: Ticket }, 404: problem('Not found, or not yours') },
    },
    ...member,
    async (c, input) => {
      const row = await findTicket(c.var.services.db, ticketNumberOf(c), c.var.membership.enterprise.id);
      if (!row) throw new ProblemError({ type: 'not-found' });
      return c.json(await presentTicket(c.var.services.db, row));
    },
  );

  /** A customer's entry on their own open (or, reopening, recently completed) ticket. */
  const customerEntry = (kind: 'reply' | 'reopened') => async (c: RouteContext<MemberVars>, input: { body: z.output<typeof ReplyRequest> | z.output<typeof ReopenRequest> }) => {
    const { services, locale } = c.var;
    const body = kind === 'reply' ? (input.body as z.output<typeof ReplyRequest>) : { ...input.body, attachmentIds: undefined };
    const enterpriseId = c.var.membership.enterprise.id;
    const userId = c.var.auth.user.id;
    const number = ticketNumberOf(c);
    const row = await services.db.transaction(async (tx) => {
      const ticket = await findTicket(tx, number, enterpriseId, { forUpdate: true });
      if (!ticket) throw new ProblemError({ type: 'not-found' });
      const now = services.clock.now();
      refuseUnlessAllowed(c, ticket, kind, now);
      const recordId = crypto.randomUUID();
      await tx.insert(ticketRecords).values({ id: recordId, ticketId: ticket.id, kind, note: body.note, authorUserId: userId, at: now });
      await claimAttachments(tx, locale, body.attachmentIds, { userId, enterpriseId }, { ticketId: ticket.id, enterpriseId, recordId });
      const [updated] = await tx
        .update(tickets)
        .set({
          updatedAt: now,
          version: sql`${tickets.version} + 1`,
          ...(kind === 'reopened' ? { status: 'processing', completedAt: null } : {}),
        })
        .where(eq(tickets.id, ticket.id))
        .returning();
      await ticketReplied(tx, services, updated!, body.note, kind === 'reply' ? 'ticket.replied' : 'ticket.reopened');
      await audit(tx, services.clock, { actor: { kind: 'user', id: userId }, entity: 'ticket', entityId: ticket.id, action: kind === 'reply' ? 'replied' : 'reopened' });
      return updated!;
    });
    services.outbox.kick();
    return c.json(await presentTicket(services.db, row), 201);
  };

  function refuseUnlessAllowed(c: Context<AppEnv>, ticket: TicketRow, kind: 'reply' | 'reopened', now: Date) {
    const { locale } = c.var;
    const status = ticket.status as (typeof OPEN_TICKET_STATUSES)[number] | 'completed';
    if (kind === 'reply' && !canReply(status)) throw fieldProblem(locale, { type: 'conflict', path: 'status', code: 'ticket_not_open' });
    if (kind === 'reopened' && status !== 'completed') throw fieldProblem(locale, { type: 'conflict', path: 'status', code: 'ticket_not_completed' });
    if (kind === 'reopened' && !canReopen(status, ticket.completedAt, now)) {
      throw fieldProblem(locale, {
        type: 'conflict',
        path: 'status',
        code: 'reopen_window_passed',
        params: { max: TICKET_POLICY.reopenWindowDays, until: ticket.completedAt!.toISOString().slice(0, 10) },
      });
    }
  }

  routes.add(
    app,
    {
      method: 'post',
      path: `${TICKET}/replies`,
      tag,
      summary: 'Reply on an open ticket (with attachments)',
      auth: 'user',
      body: ReplyRequest,
      responses: { 201: { description: 'The ticket with the reply', schema: Ticket }, 409: problem('The ticket is completed: reopen it first') },
    },
    ...member,
    customerEntry('reply'),
  );

  routes.add(
    app,
    {
      method: 'post',
      path: `${TICKET}/reopen`,
      tag,
      summary: `Reopen a completed ticket (within ${TICKET_POLICY.reopenWindowDays} days), saying why`,
      auth: 'user',
      body: ReopenRequest,
      responses: { 201: { description: 'The ticket, back in progress', schema: Ticket }, 409: problem('Not completed, or completed too long ago') },
    },
    ...member,
    customerEntry('reopened'),
  );
}
