import type { MessageParams } from '../../common/messages/params.ts';

/** Refusals about tickets, attachments and webhooks (PRODUCT §2); their messages live in tickets/messages/. */
export const TICKET_FIELD_CODES = [
  'duplicate',
  'product_not_subscribed',
  'ticket_not_open',
  'ticket_already_accepted',
  'ticket_not_accepted',
  'ticket_not_completed',
  'reopen_window_passed',
  'expected_by_past',
  'attachment_type',
  'attachment_mismatch',
  'attachment_empty',
  'attachment_too_large',
  'attachment_unknown',
  'webhook_url',
  'too_many_webhooks',
  'webhook_address',
] as const;
export type TicketFieldCode = (typeof TICKET_FIELD_CODES)[number];
/** Everything a ticket mail says about the ticket. */
export interface TicketMailParams {
  number: string;
  title: string;
  enterprise: string;
  note?: string;
  category?: string;
  result?: string;
  expectedBy?: string;
  /** Where the recipient opens the ticket, when the server knows its public address. */
  link?: string;
}

/** Messages about tickets, kept apart so that other elements do not carry them. */
export interface TicketMessages {
  field: Record<TicketFieldCode, (p: MessageParams) => string>;
  labels: {
    statuses: Record<'submitted' | 'accepted' | 'processing' | 'completed', string>;
    categories: Record<'how-to' | 'data' | 'configuration' | 'error' | 'feature' | 'other', string>;
    results: Record<'resolved' | 'partial' | 'needs-info', string>;
  };
  mail: {
    createdSubject: (p: TicketMailParams) => string;
    createdBody: (p: TicketMailParams & { contact: string; description: string }) => string;
    acceptedSubject: (p: TicketMailParams) => string;
    acceptedBody: (p: TicketMailParams) => string;
    recordSubject: (p: TicketMailParams) => string;
    recordBody: (p: TicketMailParams) => string;
    completedSubject: (p: TicketMailParams) => string;
    completedBody: (p: TicketMailParams & { days: number }) => string;
    repliedSubject: (p: TicketMailParams) => string;
    repliedBody: (p: TicketMailParams) => string;
  };
}

