import { normalizeSingleLine } from '../common/text.ts';
// Support tickets (PRODUCT §2, seed 001): numbers, the lifecycle, and what may be attached.

export const TICKET_STATUSES = ['submitted', 'accepted', 'processing', 'completed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** `?status=open` lists these; `completed` the rest. */
export const OPEN_TICKET_STATUSES: readonly TicketStatus[] = ['submitted', 'accepted', 'processing'];

/** What a desk filters tickets by: `open` (any open status), or one status. */
export const OPERATOR_TICKET_FILTERS = ['open', ...TICKET_STATUSES] as const;
export type OperatorTicketFilter = (typeof OPERATOR_TICKET_FILTERS)[number];
/** What a customer filters their tickets by. */
export const CUSTOMER_TICKET_FILTERS = ['open', 'completed'] as const;
export type CustomerTicketFilter = (typeof CUSTOMER_TICKET_FILTERS)[number];

/** Who wrote a record: the customer, or an agent. */
export const AUTHOR_KINDS = ['customer', 'agent'] as const;
export type AuthorKind = (typeof AUTHOR_KINDS)[number];

/** How a webhook delivery ended. */
export const WEBHOOK_DELIVERY_STATUSES = ['delivered', 'failed'] as const;

/** What a question is about; agents tag each processing record with one too (seed 001: “【其他问题】”). */
export const TICKET_CATEGORIES = ['how-to', 'data', 'configuration', 'error', 'feature', 'other'] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

/** The outcome an agent gives a processing record; `resolved` completes the ticket. */
export const RECORD_RESULTS = ['resolved', 'partial', 'needs-info'] as const;
export type RecordResult = (typeof RECORD_RESULTS)[number];

/** The entries of a ticket's history, oldest first. */
export const TICKET_RECORD_KINDS = ['accepted', 'processed', 'reply', 'reopened'] as const;
export type TicketRecordKind = (typeof TICKET_RECORD_KINDS)[number];

export const TICKET_POLICY = {
  /** A completed ticket can be reopened for this long after completion. */
  reopenWindowDays: 7,
  maxAttachments: 10,
  titleMax: 200,
  descriptionMax: 10_000,
  noteMax: 5_000,
  /** The contact person's name and the product asked about. */
  contactNameMax: 100,
  productMax: 100,
  /** How many recently completed tickets the summary lists. */
  recentlyCompleted: 5,
} as const;

const TICKET_NUMBER = /^OD\d{9}$/;

/** `OD` and nine digits: the 1st ticket is OD000000001. */
export function formatTicketNumber(sequence: number): string {
  return `OD${String(sequence).padStart(9, '0')}`;
}

export function isTicketNumber(value: string): boolean {
  return TICKET_NUMBER.test(value);
}

export function isOpenTicket(status: TicketStatus): boolean {
  return status !== 'completed';
}

/** Only a new ticket can be accepted. */
export function canAccept(status: TicketStatus): boolean {
  return status === 'submitted';
}

/** Agents add processing records once they have accepted the ticket, until it is completed. */
export function canAddRecord(status: TicketStatus): boolean {
  return status === 'accepted' || status === 'processing';
}

/** Customers reply while the ticket is open. */
export function canReply(status: TicketStatus): boolean {
  return isOpenTicket(status);
}

export function statusAfterRecord(result: RecordResult): TicketStatus {
  return result === 'resolved' ? 'completed' : 'processing';
}

/** Until when a ticket completed at `completedAt` can be reopened. */
export function reopenDeadline(completedAt: Date): Date {
  return new Date(completedAt.getTime() + TICKET_POLICY.reopenWindowDays * 24 * 60 * 60 * 1000);
}

export function canReopen(status: TicketStatus, completedAt: Date | null, now: Date): boolean {
  return status === 'completed' && completedAt !== null && now.getTime() <= reopenDeadline(completedAt).getTime();
}

// ── attachments ──────────────────────────────────────────────────────────────────────────────────────────

/** What a file must start with to be what its name says; `text` means no NUL byte in the first kilobyte. */
type Signature = readonly (number | null)[] | 'text';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const GIF = [0x47, 0x49, 0x46, 0x38];
const WEBP = [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

interface AttachmentType {
  contentType: string;
  signature: Signature;
  /** Shown inline (an image the browser renders safely); everything else is a download. */
  preview: boolean;
}

/** The files a ticket takes, by extension. SVG and HTML are left out on purpose: they can carry scripts. */
export const ATTACHMENT_TYPES: Readonly<Record<string, AttachmentType>> = {
  png: { contentType: 'image/png', signature: PNG, preview: true },
  jpg: { contentType: 'image/jpeg', signature: JPEG, preview: true },
  jpeg: { contentType: 'image/jpeg', signature: JPEG, preview: true },
  gif: { contentType: 'image/gif', signature: GIF, preview: true },
  webp: { contentType: 'image/webp', signature: WEBP, preview: true },
  pdf: { contentType: 'application/pdf', signature: PDF, preview: false },
  txt: { contentType: 'text/plain', signature: 'text', preview: false },
  log: { contentType: 'text/plain', signature: 'text', preview: false },
  csv: { contentType: 'text/csv', signature: 'text', preview: false },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', signature: ZIP, preview: false },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', signature: ZIP, preview: false },
  xls: { contentType: 'application/vnd.ms-excel', signature: OLE, preview: false },
  doc: { contentType: 'application/msword', signature: OLE, preview: false },
  zip: { contentType: 'application/zip', signature: ZIP, preview: false },
};

export const ATTACHMENT_POLICY = {
  maxBytes: 10 * 1024 * 1024,
  /** How many leading bytes `checkAttachment` needs to see. */
  sniffBytes: 1024,
  extensions: Object.keys(ATTACHMENT_TYPES),
  /** The longest name an attachment keeps (a longer one is shortened before its extension). */
  nameMax: 200,
  /** An upload no ticket, reply or record named within this time (a form given up on) is removed. */
  abandonedAfterHours: 24,
} as const;

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * The name an attachment is kept under: on one line without direction overrides, no path separators, and at most
 * `ATTACHMENT_POLICY.nameMax` characters — shortened before its extension, which the type check reads.
 */
export function attachmentName(name: string): string {
  const plain = normalizeSingleLine(name).replace(/[/\\]/g, '_') || 'file';
  const max = ATTACHMENT_POLICY.nameMax;
  if (plain.length <= max) return plain;
  const dot = plain.lastIndexOf('.');
  const extension = dot > 0 && plain.length - dot <= 16 ? plain.slice(dot) : '';
  return plain.slice(0, max - extension.length) + extension;
}

function matches(signature: Signature, head: Uint8Array): boolean {
  if (signature === 'text') return !head.subarray(0, ATTACHMENT_POLICY.sniffBytes).includes(0);
  if (head.length < signature.length) return false;
  return signature.every((byte, index) => byte === null || head[index] === byte);
}

export type AttachmentProblem = 'attachment_type' | 'attachment_mismatch' | 'attachment_empty' | 'attachment_too_large';

export type AttachmentCheck =
  | { ok: true; contentType: string; preview: boolean }
  | { ok: false; code: AttachmentProblem };

/**
 * Decides from the file's name, size and first bytes (`head`, at least `sniffBytes` of them when the file is
 * that long) whether it may be attached, and as what. The declared content type is never trusted. Without
 * `head` (a browser checking before the upload) only the name and size are checked.
 */
export function checkAttachment(file: { name: string; size: number; head?: Uint8Array }): AttachmentCheck {
  const type = ATTACHMENT_TYPES[extensionOf(file.name)];
  if (!type) return { ok: false, code: 'attachment_type' };
  if (file.size === 0) return { ok: false, code: 'attachment_empty' };
  if (file.size > ATTACHMENT_POLICY.maxBytes) return { ok: false, code: 'attachment_too_large' };
  if (file.head && !matches(type.signature, file.head)) return { ok: false, code: 'attachment_mismatch' };
  return { ok: true, contentType: type.contentType, preview: type.preview };
}

export function isPreviewable(contentType: string): boolean {
  return Object.values(ATTACHMENT_TYPES).some((type) => type.preview && type.contentType === contentType);
}
