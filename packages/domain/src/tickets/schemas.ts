import { multiLineText, singleLineText } from '../common/text.ts';
import { z } from 'zod';
import { AUTHOR_KINDS, CUSTOMER_TICKET_FILTERS, RECORD_RESULTS, TICKET_CATEGORIES, TICKET_POLICY, TICKET_RECORD_KINDS, TICKET_STATUSES, WEBHOOK_DELIVERY_STATUSES } from './rules.ts';
import { isWebhookUrl } from './webhooks.ts';
import { fieldIssue, Id, Timestamp, withinDateRange } from '../common/schemas.ts';
import { Pagination, Phone } from '../enterprises/schemas.ts';
import { ORDER_STATUSES } from '../orders/rules.ts';
import { ORDER_WEBHOOK_EVENTS } from '../orders/webhooks.ts';

const text = singleLineText;

export const TicketNumber = z.string().meta({ examples: ['OD000000001'] });
export const TicketStatus = z.enum(TICKET_STATUSES);
export type TicketStatus = z.infer<typeof TicketStatus>;
export const TicketCategory = z.enum(TICKET_CATEGORIES);
export type TicketCategory = z.infer<typeof TicketCategory>;
export const RecordResult = z.enum(RECORD_RESULTS);
export type RecordResult = z.infer<typeof RecordResult>;

/** A calendar date (the expected handling date): `YYYY-MM-DD`. */
export const CalendarDate = withinDateRange(z.iso.date()).meta({ examples: ['2026-11-30'] });

const AttachmentIds = z
  .array(z.uuid())
  .max(TICKET_POLICY.maxAttachments)
  .refine((ids) => new Set(ids).size === ids.length, fieldIssue('duplicate'))
  .meta({ description: 'Ids from `POST /v1/attachments`, not yet attached to anything' });

export const Attachment = z
  .object({
    id: Id,
    name: z.string(),
    size: z.number().int(),
    contentType: z.string(),
    preview: z.boolean().meta({ description: 'An image served inline; everything else downloads' }),
    createdAt: Timestamp,
  })
  .meta({ id: 'Attachment' });
export type Attachment = z.infer<typeof Attachment>;

export const Author = z
  .object({
    kind: z.enum(AUTHOR_KINDS),
    name: z.string().meta({ description: 'A display name, or the email when no name is known' }),
  })
  .meta({ id: 'TicketAuthor' });
export type Author = z.infer<typeof Author>;

export const TicketRecord = z
  .object({
    id: Id,
    kind: z.enum(TICKET_RECORD_KINDS),
    note: z.string(),
    category: TicketCategory.nullable().meta({ description: 'The agent’s tag on a processing record' }),
    result: RecordResult.nullable(),
    expectedBy: CalendarDate.nullable().meta({ description: 'On acceptance: when the agent expects to have handled it' }),
    attachments: z.array(Attachment),
    author: Author,
    at: Timestamp,
  })
  .meta({ id: 'TicketRecord' });
export type TicketRecord = z.infer<typeof TicketRecord>;

export const TicketSummaryItem = z
  .object({
    number: TicketNumber,
    status: TicketStatus,
    title: z.string(),
    category: TicketCategory,
    product: z.string(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    completedAt: Timestamp.nullable(),
    enterprise: z.object({ id: Id, name: z.string(), accountNumber: z.string() }).optional().meta({ description: 'In operator answers: who asked' }),
  })
  .meta({ id: 'TicketListItem' });
export type TicketListItem = z.infer<typeof TicketSummaryItem>;

export const Ticket = TicketSummaryItem.extend({
  contactName: z.string(),
  contactPhone: z.string(),
  description: z.string(),
  createdBy: Author,
  acceptedAt: Timestamp.nullable(),
  expectedBy: CalendarDate.nullable(),
  reopenableUntil: Timestamp.nullable().meta({ description: 'For a completed ticket: until when it can be reopened' }),
  attachments: z.array(Attachment).meta({ description: 'Attached when it was asked; replies carry their own' }),
  records: z.array(TicketRecord),
  version: z.number().int(),
}).meta({ id: 'Ticket' });
export type Ticket = z.infer<typeof Ticket>;

export const CreateTicketRequest = z.object({
  contactName: text(TICKET_POLICY.contactNameMax),
  contactPhone: Phone,
  product: text(TICKET_POLICY.productMax),
  category: TicketCategory,
  title: text(TICKET_POLICY.titleMax),
  description: multiLineText(TICKET_POLICY.descriptionMax),
  attachmentIds: AttachmentIds.optional(),
});
export type CreateTicketRequest = z.input<typeof CreateTicketRequest>;

export const ReplyRequest = z.object({ note: multiLineText(TICKET_POLICY.noteMax), attachmentIds: AttachmentIds.optional() });
export type ReplyRequest = z.input<typeof ReplyRequest>;

export const ReopenRequest = z.object({ note: multiLineText(TICKET_POLICY.noteMax) });
export type ReopenRequest = z.input<typeof ReopenRequest>;

export const AcceptRequest = z.object({ note: multiLineText(TICKET_POLICY.noteMax), expectedBy: CalendarDate });
export type AcceptRequest = z.input<typeof AcceptRequest>;

export const RecordRequest = z.object({
  category: TicketCategory,
  note: multiLineText(TICKET_POLICY.noteMax),
  result: RecordResult,
  attachmentIds: AttachmentIds.optional(),
});
export type RecordRequest = z.input<typeof RecordRequest>;

export const TicketQuery = Pagination.extend({
  status: z.enum(CUSTOMER_TICKET_FILTERS).optional().meta({ description: '`open`: submitted, accepted or processing' }),
});
export type TicketQuery = z.input<typeof TicketQuery>;

export const OperatorTicketQuery = TicketQuery.extend({
  status: z.enum(['open', 'completed', ...TICKET_STATUSES]).optional().meta({ description: '`open`, `completed` or one status' }),
  enterpriseId: z.uuid().optional(),
});
export type OperatorTicketQuery = z.input<typeof OperatorTicketQuery>;

export const TicketSummary = z
  .object({
    open: z.number().int(),
    completed: z.number().int(),
    byCategory: z.array(z.object({ category: TicketCategory, open: z.number().int(), completed: z.number().int() })),
    recentlyCompleted: z.array(TicketSummaryItem),
    serviceExpiresAt: Timestamp.nullable(),
  })
  .meta({ id: 'TicketSummary' });
export type TicketSummary = z.infer<typeof TicketSummary>;

export const TicketOptions = z
  .object({
    products: z.array(z.string()).meta({ description: 'What the enterprise subscribes to (set by operators)' }),
    categories: z.array(TicketCategory),
    attachments: z.object({ maxBytes: z.number().int(), maxFiles: z.number().int(), extensions: z.array(z.string()) }),
  })
  .meta({ id: 'TicketOptions' });
export type TicketOptions = z.infer<typeof TicketOptions>;

/** What `GET /v1/events` streams, one per server-sent event (`event:` is the type, `id:` resumes). */
export const TICKET_EVENT_TYPES = ['ticket.created', 'ticket.accepted', 'ticket.record_added', 'ticket.replied', 'ticket.completed', 'ticket.reopened'] as const;
export const WHARF_EVENT_TYPES = [...TICKET_EVENT_TYPES, ...ORDER_WEBHOOK_EVENTS] as const;
export type WharfEventType = (typeof WHARF_EVENT_TYPES)[number];

const EventFields = { id: z.string(), enterpriseId: Id, at: Timestamp };

export const TicketEvent = z.object({
  ...EventFields,
  type: z.enum(TICKET_EVENT_TYPES),
  data: z.object({ number: TicketNumber, status: TicketStatus, title: z.string() }),
});
export type TicketEvent = z.infer<typeof TicketEvent>;

export const OrderEvent = z.object({
  ...EventFields,
  type: z.enum(ORDER_WEBHOOK_EVENTS),
  data: z.object({
    number: z.string(),
    reference: z.string(),
    mode: z.string(),
    status: z.enum(ORDER_STATUSES),
    previousStatus: z.enum(ORDER_STATUSES).nullable(),
    carrier: z.string().nullish(),
    trackingNumber: z.string().nullish(),
    note: z.string().nullish(),
  }),
});
export type OrderEvent = z.infer<typeof OrderEvent>;

export const WharfEvent = z.union([TicketEvent, OrderEvent]).meta({ id: 'WharfEvent', description: 'Also the body of a webhook delivery' });
export type WharfEvent = z.infer<typeof WharfEvent>;

/** Whether an event is about a ticket (its data is the ticket's). */
export function isTicketEvent(event: WharfEvent): event is TicketEvent {
  return (TICKET_EVENT_TYPES as readonly string[]).includes(event.type);
}

// ── webhooks ─────────────────────────────────────────────────────────────────────────────────────────────

export const CreateWebhookRequest = z.object({
  url: z
    .string()
    .trim()
    .max(2000)
    .superRefine((value, ctx) => {
      if (!isWebhookUrl(value)) ctx.addIssue(fieldIssue('webhook_url'));
    })
    .meta({ examples: ['https://erp.example.com/wharf-hooks'] }),
  description: z.string().trim().max(200).optional(),
  events: z.array(z.enum(WHARF_EVENT_TYPES)).min(1).optional().meta({ description: 'Default: every event' }),
});
export type CreateWebhookRequest = z.input<typeof CreateWebhookRequest>;

export const Webhook = z
  .object({
    id: Id,
    url: z.string(),
    description: z.string(),
    events: z.array(z.enum(WHARF_EVENT_TYPES)),
    createdAt: Timestamp,
  })
  .meta({ id: 'Webhook' });
export type Webhook = z.infer<typeof Webhook>;

export const CreatedWebhook = Webhook.extend({
  secret: z.string().meta({ description: 'Standard Webhooks signing secret (`whsec_…`); shown once' }),
}).meta({ id: 'CreatedWebhook' });
export type CreatedWebhook = z.infer<typeof CreatedWebhook>;

export const WebhookDelivery = z
  .object({
    id: z.string(),
    messageId: z.string().meta({ description: 'The `webhook-id` header: the same on every retry' }),
    type: z.enum(WHARF_EVENT_TYPES),
    attempt: z.number().int(),
    status: z.enum(WEBHOOK_DELIVERY_STATUSES),
    responseStatus: z.number().int().nullable(),
    error: z.string().nullable(),
    durationMs: z.number().int(),
    at: Timestamp,
    nextAttemptAt: Timestamp.nullable().meta({ description: 'When a failed delivery is tried again; null when it will not be' }),
  })
  .meta({ id: 'WebhookDelivery' });
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;
