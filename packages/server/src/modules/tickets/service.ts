import type { AcceptRequest, CreateTicketRequest, Locale, RecordRequest, ReopenRequest, ReplyRequest } from '@wharf/domain';
import { canAccept, canAddRecord, canReopen, canReply, statusAfterRecord, TICKET_POLICY } from '@wharf/domain/tickets';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../audit.ts';
import { ticketRecords, tickets } from '../../db/schema.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import type { Services } from '../../services.ts';
import { claimAttachments } from '../attachments/claim.ts';
import type { EnterpriseRow } from '../enterprises/membership.ts';
import { ticketAccepted, ticketCreated, ticketRecorded, ticketReplied } from './notifications.ts';
import type { TicketRow } from './present.ts';
import { findTicket } from './queries.ts';
import { nextTicketNumber } from './numbers.ts';

// What a ticket's steps do (PRODUCT §2): each in one transaction, its mail and events queued with it and sent
// once it commits.

const DAY_MS = 24 * 60 * 60 * 1000;

/** A customer asks: a new ticket numbered in sequence, for a product the enterprise subscribes to. */
export async function askTicket(services: Services, locale: Locale, asker: { enterprise: EnterpriseRow; userId: string }, body: z.output<typeof CreateTicketRequest>) {
  const { enterprise, userId } = asker;
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
  return row;
}

function refuseUnlessAllowed(locale: Locale, ticket: TicketRow, kind: 'reply' | 'reopened', now: Date) {
  const status = ticket.status;
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

/** A customer's entry on their own open ticket (a reply) or recently completed one (reopening it), with their files. */
export async function addCustomerEntry(
  services: Services,
  locale: Locale,
  kind: 'reply' | 'reopened',
  entry: { number: string; enterpriseId: string; userId: string },
  body: z.output<typeof ReplyRequest> | z.output<typeof ReopenRequest>,
) {
  const { number, enterpriseId, userId } = entry;
  const attachmentIds = kind === 'reply' ? (body as z.output<typeof ReplyRequest>).attachmentIds : undefined;
  const row = await services.db.transaction(async (tx) => {
    const ticket = await findTicket(tx, number, enterpriseId, { forUpdate: true });
    if (!ticket) throw new ProblemError({ type: 'not-found' });
    const now = services.clock.now();
    refuseUnlessAllowed(locale, ticket, kind, now);
    const recordId = crypto.randomUUID();
    await tx.insert(ticketRecords).values({ id: recordId, ticketId: ticket.id, kind, note: body.note, authorUserId: userId, at: now });
    await claimAttachments(tx, locale, attachmentIds, { userId, enterpriseId }, { ticketId: ticket.id, enterpriseId, recordId });
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
  return row;
}

/** An agent accepts a new ticket, saying by when it will be handled (not a date in the past). */
export async function acceptTicket(services: Services, locale: Locale, operatorId: string, number: string, body: z.output<typeof AcceptRequest>) {
  const now = services.clock.now();
  // A date in the past is refused; "today" is taken a day early so that agents west of UTC can still pick theirs.
  if (Date.parse(`${body.expectedBy}T00:00:00Z`) < now.getTime() - 2 * DAY_MS) {
    throw fieldProblem(locale, { path: 'expectedBy', code: 'expected_by_past' });
  }
  const row = await services.db.transaction(async (tx) => {
    const ticket = await findTicket(tx, number, undefined, { forUpdate: true });
    if (!ticket) throw new ProblemError({ type: 'not-found' });
    if (!canAccept(ticket.status)) throw fieldProblem(locale, { type: 'conflict', path: 'status', code: 'ticket_already_accepted' });
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
  return row;
}

/** An agent adds a processing record to an accepted ticket; `resolved` completes it. */
export async function recordOnTicket(services: Services, locale: Locale, operatorId: string, number: string, body: z.output<typeof RecordRequest>) {
  const row = await services.db.transaction(async (tx) => {
    const ticket = await findTicket(tx, number, undefined, { forUpdate: true });
    if (!ticket) throw new ProblemError({ type: 'not-found' });
    const status = ticket.status;
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
  return row;
}
