import type { Attachment, Ticket } from '@wharf/domain';
import type { RecordResult, TicketCategory } from '@wharf/domain/tickets';
import { subscribe as subscribeOver, TICKET_PRODUCTS, type SubscriptionOptions } from '@wharf/server/testing/fixtures';
import { enterpriseAdmin, type EnterpriseAdmin } from './seed-enterprises.ts';
import { callApi, expectStatus, type SeededUser, type UserOptions } from './seed.ts';
import { MOCK_OPERATOR_TOKEN } from './database.ts';

// Support-ticket set-ups for stories, through the HTTP API like everything in seed.ts: the customer's side
// with their session, the agents' side with the mock operator's token (it has the support role).

/** What a seeded enterprise subscribes to: the ask form offers these products. */
export { TICKET_PRODUCTS };

const DAY_MS = 86_400_000;

/** A calendar date (`YYYY-MM-DD`) `days` from today, in the browser's time zone (what a date input holds). */
export function calendarDate(days: number): string {
  const day = new Date(Date.now() + days * DAY_MS);
  return new Date(day.getTime() - day.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export interface TicketCustomer extends EnterpriseAdmin {
  serviceProducts: string[];
  serviceExpiresAt: string | null;
}

export type { SubscriptionOptions };

/** Sets what an enterprise subscribes to and until when, as the provider does (operator PATCH). */
export function subscribe(enterpriseId: string, options: SubscriptionOptions = {}) {
  return subscribeOver(callApi, MOCK_OPERATOR_TOKEN, enterpriseId, options);
}

/** The admin of an enterprise subscribed to ticket products with a service date: someone who can ask for help. */
export async function ticketCustomer(options: UserOptions & SubscriptionOptions & { name?: string } = {}): Promise<TicketCustomer> {
  const admin = await enterpriseAdmin(options);
  return { ...admin, ...(await subscribe(admin.enterprise.id, options)) };
}

/** Uploads a file, as a customer (their session token) or as the agent (`agent: true`); not attached to anything yet. */
export async function uploadedAttachment(file: File, as: { token: string } | { agent: true }): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  const agent = 'agent' in as;
  return expectStatus(
    await callApi('POST', agent ? '/v1/operator/attachments' : '/v1/attachments', { token: agent ? MOCK_OPERATOR_TOKEN : as.token, body: form }),
    201,
    `upload ${file.name}`,
  ).body;
}

export interface Question {
  contactName?: string;
  contactPhone?: string;
  product?: string;
  category?: TicketCategory;
  title?: string;
  description?: string;
  /** Uploaded first, then attached to the ticket. */
  files?: File[];
}

/** A ticket the customer asked (`POST /v1/tickets`), with files when given; answers the ticket. */
export async function askedTicket(customer: SeededUser, question: Question = {}): Promise<Ticket> {
  const { files = [], ...fields } = question;
  const attachments = await Promise.all(files.map((file) => uploadedAttachment(file, customer)));
  return expectStatus(
    await callApi('POST', '/v1/tickets', {
      token: customer.token,
      body: {
        contactName: 'Lai Sang Kong',
        contactPhone: '+852 2730 0273',
        product: TICKET_PRODUCTS[0],
        category: 'configuration',
        title: 'Voucher template missing',
        description: 'Receivables write-off has no voucher template, so no voucher can be generated.',
        ...fields,
        attachmentIds: attachments.map((attachment) => attachment.id),
      },
    }),
    201,
    'ask a ticket',
  ).body;
}

/** The agent accepts a new ticket with a note and the expected handling date (default three days on). */
export async function acceptTicket(number: string, options: { note?: string; expectedBy?: string } = {}): Promise<Ticket> {
  return expectStatus(
    await callApi('POST', `/v1/operator/tickets/${number}/accept`, {
      token: MOCK_OPERATOR_TOKEN,
      body: { note: options.note ?? 'We are looking into it and will call you if we need more.', expectedBy: options.expectedBy ?? calendarDate(3) },
    }),
    200,
    `accept ${number}`,
  ).body;
}

export interface AgentRecord {
  note?: string;
  category?: TicketCategory;
  /** `resolved` completes the ticket (default `partial`). */
  result?: RecordResult;
  files?: File[];
}

/** The agent adds a processing record to an accepted ticket, with files when given. */
export async function addTicketRecord(number: string, record: AgentRecord = {}): Promise<Ticket> {
  const attachments = await Promise.all((record.files ?? []).map((file) => uploadedAttachment(file, { agent: true })));
  return expectStatus(
    await callApi('POST', `/v1/operator/tickets/${number}/records`, {
      token: MOCK_OPERATOR_TOKEN,
      body: {
        category: record.category ?? 'configuration',
        note: record.note ?? 'Checked the voucher settings with the customer.',
        result: record.result ?? 'partial',
        attachmentIds: attachments.map((attachment) => attachment.id),
      },
    }),
    201,
    `add a record to ${number}`,
  ).body;
}

/** The agent resolves a ticket (accepting it first when it is new): it is completed, reopenable for 7 days. */
export async function resolveTicket(number: string, record: Omit<AgentRecord, 'result'> = {}): Promise<Ticket> {
  const current = expectStatus(await callApi('GET', `/v1/operator/tickets/${number}`, { token: MOCK_OPERATOR_TOKEN }), 200, `read ${number}`);
  if (current.body.status === 'submitted') await acceptTicket(number);
  return addTicketRecord(number, { note: 'The template is set up again; vouchers generate as before.', ...record, result: 'resolved' });
}

/** The customer adds information to their open ticket. */
export async function replyToTicket(customer: SeededUser, number: string, note: string, files: File[] = []): Promise<Ticket> {
  const attachments = await Promise.all(files.map((file) => uploadedAttachment(file, customer)));
  return expectStatus(
    await callApi('POST', `/v1/tickets/${number}/replies`, { token: customer.token, body: { note, attachmentIds: attachments.map((attachment) => attachment.id) } }),
    201,
    `reply to ${number}`,
  ).body;
}

export const ticketSeed = {
  ticketCustomer,
  subscribe,
  uploadedAttachment,
  askedTicket,
  acceptTicket,
  addTicketRecord,
  resolveTicket,
  replyToTicket,
  calendarDate,
};
