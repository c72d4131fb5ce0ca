import { AcceptRequest, listOf, OperatorTicketQuery, RecordRequest, Ticket, TicketSummaryItem } from '@wharf/domain';
import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { ProblemError } from '../../http/problem.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import { requireOperator } from '../operators/require-operator.ts';
import { presentListItem, presentTicket } from './present.ts';
import { enterprisesOf, findTicket, ticketPage } from './queries.ts';
import { ticketNumberOf } from './routes.ts';
import { acceptTicket, recordOnTicket } from './service.ts';

const tag = 'Agent desk';

/** PRODUCT §2.6: the agents' queue — accept, add processing records, complete. */
export function mountTicketDesk(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/operator/tickets',
      tag,
      summary: 'Every enterprise’s tickets: the open queue oldest first, completed newest first',
      auth: 'operator',
      query: OperatorTicketQuery,
      responses: { 200: { description: 'A page', schema: listOf(TicketSummaryItem) } },
    },
    requireOperator('support'),
    async (c, { query }) => {
      const status = query.status ?? 'open';
      const page = await ticketPage(c.var.services.db, { ...query, status, oldestFirst: status !== 'completed' });
      const enterprises = await enterprisesOf(c.var.services.db, page.rows);
      return c.json({ data: page.rows.map((row) => ({ ...presentListItem(row), enterprise: enterprises.get(row.enterpriseId) })), nextCursor: page.nextCursor });
    },
  );

  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/operator/tickets/:number',
      tag,
      summary: 'A ticket, with the enterprise that asked',
      auth: 'operator',
      responses: { 200: { description: 'The ticket', schema: Ticket }, 404: problem('No such ticket') },
    },
    requireOperator('support'),
    async (c) => {
      const row = await findTicket(c.var.services.db, ticketNumberOf(c), undefined);
      if (!row) throw new ProblemError({ type: 'not-found' });
      return c.json(await presentTicket(c.var.services.db, row, { forOperator: true }));
    },
  );

  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/operator/tickets/:number/accept',
      tag,
      summary: 'Accept a new ticket with a note and the expected handling date',
      description: 'The customer is told by mail and live; webhooks get `ticket.accepted`.',
      auth: 'operator',
      body: AcceptRequest,
      responses: { 200: { description: 'The ticket, accepted', schema: Ticket }, 409: problem('Already accepted') },
    },
    requireOperator('support'),
    async (c, { body }) => {
      const { services, locale } = c.var;
      const row = await acceptTicket(services, locale, c.var.operator.id, ticketNumberOf(c), body);
      return c.json(await presentTicket(services.db, row, { forOperator: true }));
    },
  );

  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/operator/tickets/:number/records',
      tag,
      summary: 'Add a processing record; `resolved` completes the ticket',
      auth: 'operator',
      body: RecordRequest,
      responses: { 201: { description: 'The ticket with the record', schema: Ticket }, 409: problem('Not accepted yet, or already completed') },
    },
    requireOperator('support'),
    async (c, { body }) => {
      const { services, locale } = c.var;
      const row = await recordOnTicket(services, locale, c.var.operator.id, ticketNumberOf(c), body);
      return c.json(await presentTicket(services.db, row, { forOperator: true }), 201);
    },
  );
}
