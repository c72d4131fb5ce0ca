import type { Author, Ticket, TicketListItem, TicketRecord } from '@wharf/domain';
import { ATTACHMENT_POLICY, type RecordResult, reopenDeadline, TICKET_CATEGORIES, TICKET_POLICY, type TicketCategory } from '@wharf/domain/tickets';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { attachments, enterprises, operators, ticketRecords, tickets, users } from '../../db/schema.ts';
import { presentAttachment } from '../attachments/present.ts';
import type { EnterpriseRow } from '../enterprises/membership.ts';

export type TicketRow = typeof tickets.$inferSelect;

export function presentListItem(row: TicketRow): TicketListItem {
  return {
    number: row.number,
    status: row.status,
    title: row.title,
    category: row.category as TicketCategory,
    product: row.product,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

const nameOf = (person: { name: string | null; email: string } | undefined) => person?.name || person?.email || '';

/** Display names of the customers and agents who wrote a ticket's entries. */
async function authorsOf(db: Executor, userIds: string[], operatorIds: string[]) {
  const [people, agents] = await Promise.all([
    userIds.length ? db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, userIds)) : [],
    operatorIds.length
      ? db.select({ id: operators.id, name: operators.name, email: operators.email }).from(operators).where(inArray(operators.id, operatorIds))
      : [],
  ]);
  return {
    customer: (id: string): Author => ({ kind: 'customer', name: nameOf(people.find((person) => person.id === id)) }),
    agent: (id: string): Author => ({ kind: 'agent', name: nameOf(agents.find((agent) => agent.id === id)) }),
  };
}

/** A ticket with its whole history and files, as its enterprise (or, with `enterprise`, an agent) sees it. */
export async function presentTicket(db: Executor, row: TicketRow, options: { forOperator?: boolean } = {}): Promise<Ticket> {
  const [records, files, enterprise] = await Promise.all([
    db.select().from(ticketRecords).where(eq(ticketRecords.ticketId, row.id)).orderBy(asc(ticketRecords.at), asc(ticketRecords.id)),
    db.select().from(attachments).where(eq(attachments.ticketId, row.id)).orderBy(asc(attachments.createdAt)),
    options.forOperator
      ? db
          .select({ id: enterprises.id, name: enterprises.name, accountNumber: enterprises.accountNumber })
          .from(enterprises)
          .where(eq(enterprises.id, row.enterpriseId))
          .then((found) => found[0])
      : undefined,
  ]);
  const authors = await authorsOf(
    db,
    [row.createdBy, ...records.flatMap((record) => record.authorUserId ?? [])],
    records.flatMap((record) => record.authorOperatorId ?? []),
  );
  const presentRecord = (record: (typeof records)[number]): TicketRecord => ({
    id: record.id,
    kind: record.kind as TicketRecord['kind'],
    note: record.note,
    category: (record.category as TicketCategory | null) ?? null,
    result: (record.result as RecordResult | null) ?? null,
    expectedBy: record.expectedBy ?? null,
    attachments: files.filter((file) => file.recordId === record.id).map(presentAttachment),
    author: record.authorOperatorId ? authors.agent(record.authorOperatorId) : authors.customer(record.authorUserId!),
    at: record.at.toISOString(),
  });
  return {
    ...presentListItem(row),
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    description: row.description,
    createdBy: authors.customer(row.createdBy),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    expectedBy: row.expectedBy ?? null,
    reopenableUntil: row.status === 'completed' && row.completedAt ? reopenDeadline(row.completedAt).toISOString() : null,
    attachments: files.filter((file) => file.recordId === null).map(presentAttachment),
    records: records.map(presentRecord),
    ...(enterprise ? { enterprise } : {}),
    version: row.version,
  };
}

/** What the ask form offers the enterprise: its subscribed products, the categories, the attachment limits. */
export function presentTicketOptions(enterprise: EnterpriseRow) {
  return {
    products: enterprise.serviceProducts,
    categories: [...TICKET_CATEGORIES],
    attachments: { maxBytes: ATTACHMENT_POLICY.maxBytes, maxFiles: TICKET_POLICY.maxAttachments, extensions: [...ATTACHMENT_POLICY.extensions] },
  };
}

/** The dashboard: totals from the counts by category, the recently completed tickets, when the service ends. */
export function presentSummary(enterprise: EnterpriseRow, byCategory: { category: TicketCategory; open: number; completed: number }[], recentlyCompleted: readonly TicketRow[]) {
  return {
    open: byCategory.reduce((sum, row) => sum + row.open, 0),
    completed: byCategory.reduce((sum, row) => sum + row.completed, 0),
    byCategory,
    recentlyCompleted: recentlyCompleted.map(presentListItem),
    serviceExpiresAt: enterprise.serviceExpiresAt?.toISOString() ?? null,
  };
}
