import { CreateTicketRequest, listOf, ReopenRequest, ReplyRequest, Ticket, TicketOptions, TicketQuery, TicketSummary, TicketSummaryItem } from '@wharf/domain';
import { isTicketNumber, TICKET_POLICY } from '@wharf/domain/tickets';
import type { z } from 'zod';
import type { Context, Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { ProblemError } from '../../http/problem.ts';
import { problem, type RouteContext, type RouteRegistry } from '../../http/routes.ts';
import { requireUser } from '../auth/sessions.ts';
import { requireMembership, type MemberVars } from '../enterprises/membership.ts';
import { presentSummary, presentTicket, presentTicketOptions, presentListItem } from './present.ts';
import { findTicket, ticketCounts, ticketPage } from './queries.ts';
import { addCustomerEntry, askTicket } from './service.ts';

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
    (c) => c.json(presentTicketOptions(c.var.membership.enterprise)),
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
      const recent = await ticketPage(db, { enterpriseId: enterprise.id, status: 'completed', limit: TICKET_POLICY.recentlyCompleted });
      return c.json(presentSummary(enterprise, await ticketCounts(db, enterprise.id), recent.rows));
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
      const page = await ticketPage(c.var.services.db, { enterpriseId: c.var.membership.enterprise.id, ...query });
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
    async (c, { body }) => {
      const { services, locale } = c.var;
      const row = await askTicket(services, locale, { enterprise: c.var.membership.enterprise, userId: c.var.auth.user.id }, body);
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
    async (c) => {
      const row = await findTicket(c.var.services.db, ticketNumberOf(c), c.var.membership.enterprise.id);
      if (!row) throw new ProblemError({ type: 'not-found' });
      return c.json(await presentTicket(c.var.services.db, row));
    },
  );

  /** A customer's entry on their own open (or, reopening, recently completed) ticket. */
  const customerEntry = (kind: 'reply' | 'reopened') => async (c: RouteContext<MemberVars>, input: { body: z.output<typeof ReplyRequest> | z.output<typeof ReopenRequest> }) => {
    const { services, locale } = c.var;
    const entry = { number: ticketNumberOf(c), enterpriseId: c.var.membership.enterprise.id, userId: c.var.auth.user.id };
    const row = await addCustomerEntry(services, locale, kind, entry, input.body);
    return c.json(await presentTicket(services.db, row), 201);
  };

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
