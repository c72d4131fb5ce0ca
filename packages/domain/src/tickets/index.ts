// Tickets (PRODUCT §2): asking, accepting, records, replies, reopening, attachments, live events and webhooks.
export {
  AcceptRequest,
  Attachment,
  Author,
  CalendarDate,
  CreateTicketRequest,
  CreateWebhookRequest,
  CreatedWebhook,
  OperatorTicketQuery,
  RecordRequest,
  RecordResult,
  ReopenRequest,
  ReplyRequest,
  Ticket,
  TicketCategory,
  TicketNumber,
  TicketOptions,
  TicketQuery,
  TicketRecord,
  TicketStatus,
  TicketSummary,
  TicketSummaryItem,
  WHARF_EVENT_TYPES,
  Webhook,
  WebhookDelivery,
  WharfEvent,
} from './schemas.ts';
export type { TicketListItem, WharfEventType } from './schemas.ts';
export {
  ATTACHMENT_POLICY,
  ATTACHMENT_TYPES,
  AUTHOR_KINDS,
  CUSTOMER_TICKET_FILTERS,
  OPEN_TICKET_STATUSES,
  OPERATOR_TICKET_FILTERS,
  RECORD_RESULTS,
  TICKET_CATEGORIES,
  TICKET_POLICY,
  TICKET_RECORD_KINDS,
  TICKET_STATUSES,
  WEBHOOK_DELIVERY_STATUSES,
  canAccept,
  canAddRecord,
  canReopen,
  canReply,
  checkAttachment,
  extensionOf,
  formatTicketNumber,
  isOpenTicket,
  isPreviewable,
  isTicketNumber,
  reopenDeadline,
  statusAfterRecord,
} from './rules.ts';
export type { AttachmentCheck, AttachmentProblem, AuthorKind, OperatorTicketFilter, TicketRecordKind } from './rules.ts';
export { WEBHOOK_POLICY, isWebhookUrl } from './webhooks.ts';
export { TICKET_FIELD_CODES } from './messages/codes.ts';
export type { TicketFieldCode, TicketMailParams, TicketMessages } from './messages/codes.ts';
export { TICKET_CATALOGUE, ticketMessagesFor } from './messages/index.ts';
export { fieldMessage } from '../common/messages/registry.ts';
