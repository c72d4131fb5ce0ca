import { AcceptRequest, listOf, OperatorTicketQuery, RecordRequest, Ticket, TicketSummaryItem } from '@wharf/domain';
import { canAccept, canAddRecord, statusAfterRecord, type TicketStatus } from '@wharf/domain/tickets';
import { eq, sql } from 'drizzle-orm';
import type { Hono } from 'hono';
import { audit } from '../../audit.ts';
import { ticketRecords, tickets } from '../../db/schema.ts';
import type { AppEnv } from '../../http/env.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import { claimAttachments } from '../attachments/claim.ts';
import { requireOperator } from '../operators/require-operator.ts';
import { ticketAccepted, ticketRecorded } from './notifications.ts';
import { enterprisesOf, findTicket, presentListItem, presentTicket } from './present.ts';
import { ticketNumberOf, ticketPage } from './routes.ts';

const tag = 'Agent desk';
const DAY_MS = 24 * 60 * 60 * 1000;

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
      const page = await ticketPage(c, { ...query, status, oldestFirst: status !== 'completed' });
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
    async (c, input) => {
      const { services, locale } = c.var;
      const body = input.body;
      const operatorId = c.var.operator.id;
      const now = services.clock.now();
      // A date in the past is refused; "today" is taken a day early so that agents west of UTC can still pick theirs.
      if (Date.parse(`${body.expectedBy}T00:00:00Z`) < now.getTime() - 2 * DAY_MS) {
        throw fieldProblem(locale, { path: 'expectedBy', code: 'expected_by_past' });
      }
      const number = ticketNumberOf(c);
      const row = await services.db.transaction(async (tx) => {
        const ticket = await findTicket(tx, number, undefined, { forUpdate: true });
        if (!ticket) throw new ProblemError({ type: 'not-found' });
        if (!canAccept(ticket.status as TicketStatus)) throw fieldProblem(locale, { type: 'conflict', path: 'status', code: 'ticket_already_accepted' });
        await tx.insert(ticketRecords).values({
          id: crypto.randomUUID(),
          ticketId: ticket.id,
          kind: 'accepted',
          note: body.note,
          expectedBy: body.expectedBy,
          authorOperatorId: operatorId,
          at: now,
        });
        const [updated] = await tx
          .update(tickets)
          .set({ status: 'accepted', acceptedBy: operatorId, acceptedAt: now, expectedBy: body.expectedBy, updatedAt: now, version: sql`${tickets.version} + 1` })
          .where(eq(tickets.id, ticket.id))
          .returning();
        await ticketAccepted(tx, services, updated!, body.note);
        await audit(tx, services.clock, { actor: { kind: 'operator', id: operatorId }, entity: 'ticket', entityId: ticket.id, action: 'accepted' });
        return updated!;
      });
      services.outbox.kick();
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
    async (c, input) => {
      const { services, locale } = c.var;
      const body = input.body;
      const operatorId = c.var.operator.id;
      const number = ticketNumberOf(c);
      const row = await services.db.transaction(async (tx) => {
        const ticket = await findTicket(tx, number, undefined, { forUpdate: true });
        if (!ticket) throw new ProblemError({ type: 'not-found' });
        const status = ticket.status as TicketStatus;
        if (!canAddRecord(status)) {
          throw fieldProblem(locale, { type: 'conflict', path: 'status', code: status === 'submitted' ? 'ticket_not_accepted' : 'ticket_not_open' });
        }
        const now = services.clock.now();
        const recordId = crypto.randomUUID();
        await tx.insert(ticketRecords).values({
          id: recordId,
          ticketId: ticket.id,
          kind: 'processed',
          note: body.note,
          category: body.category,
          result: body.result,
          authorOperatorId: operatorId,
          at: now,
        });
        await claimAttachments(tx, locale, body.attachmentIds, { operatorId }, { ticketId: ticket.id, enterpriseId: ticket.enterpriseId, recordId });
        const next = statusAfterRecord(body.result);
        const [updated] = await tx
          .update(tickets)
          .set({ status: next, completedAt: next === 'completed' ? now : null, updatedAt: now, version: sql`${tickets.version} + 1` })
          .where(eq(tickets.id, ticket.id))
          .returning();
        await ticketRecorded(tx, services, updated!, body);
        await audit(tx, services.clock, {
          actor: { kind: 'operator', id: operatorId },
          entity: 'ticket',
          entityId: ticket.id,
          action: next === 'completed' ? 'completed' : 'processed',
          data: { result: body.result },
        });
        return updated!;
      });
      services.outbox.kick();
      return c.json(await presentTicket(services.db, row, { forOperator: true }), 201);
    },
  );
}
