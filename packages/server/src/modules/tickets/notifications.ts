import { DEFAULT_LOCALE, isLocale, type Locale, type WharfEventType } from '@wharf/domain';
import type { TicketMailParams } from '@wharf/domain/messages';
import { type RecordResult, TICKET_POLICY, type TicketCategory } from '@wharf/domain/tickets';
import { arrayOverlaps, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { enterprises, operators, users } from '../../db/schema.ts';
import { publishEvent } from '../../events/publish.ts';
import type { Services } from '../../services.ts';
import type { TicketRow } from './present.ts';

// Who hears of a ticket's steps (PRODUCT §2.5): the open widget live, the customer by mail when it is accepted,
// worked on and completed; agents by mail when one arrives or its customer writes again. Webhooks carry every step.
// Everything here runs inside the step's transaction, so nothing is announced for a step that did not happen.

const localeOf = (value: string | null | undefined): Locale => (value && isLocale(value) ? value : DEFAULT_LOCALE);

/** What a step says about the ticket in a recipient's language. */
async function mailParams(tx: Executor, services: Services, ticket: TicketRow, locale: Locale, extra: Partial<TicketMailParams> = {}) {
  const [enterprise] = await tx.select({ name: enterprises.name }).from(enterprises).where(eq(enterprises.id, ticket.enterpriseId)).limit(1);
  const labels = services.messages(locale).tickets.labels;
  const publicUrl = services.config.publicUrl?.replace(/\/$/, '');
  return {
    number: ticket.number,
    title: ticket.title,
    enterprise: enterprise?.name ?? '',
    category: labels.categories[ticket.category as TicketCategory],
    ...(publicUrl ? { link: `${publicUrl}/?ticket=${ticket.number}` } : {}),
    ...extra,
  } satisfies TicketMailParams;
}

async function announce(tx: Executor, services: Services, ticket: TicketRow, type: WharfEventType) {
  await publishEvent(tx, services, {
    enterpriseId: ticket.enterpriseId,
    type,
    data: { number: ticket.number, status: ticket.status as 'submitted', title: ticket.title },
  });
}

async function mailCustomer(
  tx: Executor,
  services: Services,
  ticket: TicketRow,
  write: (mail: ReturnType<Services['messages']>['tickets']['mail'], params: TicketMailParams, labels: ReturnType<Services['messages']>['tickets']['labels']) => { subject: string; text: string },
) {
  const [customer] = await tx.select({ email: users.email, locale: users.locale }).from(users).where(eq(users.id, ticket.createdBy)).limit(1);
  if (!customer) return;
  const locale = localeOf(customer.locale);
  const { mail, labels } = services.messages(locale).tickets;
  await services.outbox.enqueue(tx, 'mail', { to: customer.email, ...write(mail, await mailParams(tx, services, ticket, locale), labels) });
}

/** Support agents (and provider admins), or the one agent who took the ticket. */
async function mailAgents(tx: Executor, services: Services, ticket: TicketRow, write: (mail: ReturnType<Services['messages']>['tickets']['mail'], params: TicketMailParams) => { subject: string; text: string }) {
  const agents = ticket.acceptedBy
    ? await tx.select({ email: operators.email }).from(operators).where(eq(operators.id, ticket.acceptedBy))
    : await tx.select({ email: operators.email }).from(operators).where(arrayOverlaps(operators.roles, ['support', 'admin']));
  if (agents.length === 0) return;
  const { mail } = services.messages(DEFAULT_LOCALE).tickets;
  const params = await mailParams(tx, services, ticket, DEFAULT_LOCALE);
  for (const agent of agents) await services.outbox.enqueue(tx, 'mail', { to: agent.email, ...write(mail, params) });
}

export async function ticketCreated(tx: Executor, services: Services, ticket: TicketRow) {
  await announce(tx, services, ticket, 'ticket.created');
  await mailAgents(tx, services, ticket, (mail, params) => ({
    subject: mail.createdSubject(params),
    text: mail.createdBody({ ...params, contact: `${ticket.contactName}, ${ticket.contactPhone}`, description: ticket.description }),
  }));
}

export async function ticketAccepted(tx: Executor, services: Services, ticket: TicketRow, note: string) {
  await announce(tx, services, ticket, 'ticket.accepted');
  await mailCustomer(tx, services, ticket, (mail, params) => {
    const accepted = { ...params, note, expectedBy: ticket.expectedBy ?? undefined };
    return { subject: mail.acceptedSubject(accepted), text: mail.acceptedBody(accepted) };
  });
}

export async function ticketRecorded(tx: Executor, services: Services, ticket: TicketRow, record: { note: string; category: TicketCategory; result: RecordResult }) {
  const completed = ticket.status === 'completed';
  await announce(tx, services, ticket, completed ? 'ticket.completed' : 'ticket.record_added');
  await mailCustomer(tx, services, ticket, (mail, params, labels) => {
    const worked = { ...params, note: record.note, category: labels.categories[record.category], result: labels.results[record.result] };
    return completed
      ? { subject: mail.completedSubject(worked), text: mail.completedBody({ ...worked, days: TICKET_POLICY.reopenWindowDays }) }
      : { subject: mail.recordSubject(worked), text: mail.recordBody(worked) };
  });
}

export async function ticketReplied(tx: Executor, services: Services, ticket: TicketRow, note: string, type: 'ticket.replied' | 'ticket.reopened') {
  await announce(tx, services, ticket, type);
  // Before an agent accepts it, the reply waits in the queue with the ticket; after, the agent hears of it.
  if (!ticket.acceptedBy) return;
  await mailAgents(tx, services, ticket, (mail, params) => ({ subject: mail.repliedSubject({ ...params, note }), text: mail.repliedBody({ ...params, note }) }));
}
