import { fileSize } from './size.ts';

/** What a ticket is made of and how its history reads, in the words of one locale. */
export interface TicketWords {
  number: string;
  status: string;
  title: string;
  product: string;
  category: string;
  description: string;
  contactName: string;
  contactPhone: string;
  createdAt: string;
  updatedAt: string;
  acceptedAt: string;
  completedAt: string;
  expectedBy: string;
  reopenableUntil: string;
  askedBy: string;
  enterprise: string;
  tabs: { details: string; records: string; attachments: string; other: string };
  tabsLabel: string;
  recordKinds: { accepted: string; processed: string; reply: string; reopened: string };
  agent: string;
  customer: string;
  result: string;
  noRecords: string;
  noAttachments: string;
  download: (name: string) => string;
  preview: (name: string) => string;
  size: (bytes: number) => string;
  loading: string;
  retry: string;
  /** The live region's words when a ticket changes under the user's eyes. */
  changed: (number: string, status: string) => string;
  more: string;
}

export const en: TicketWords = {
  number: 'Number',
  status: 'Status',
  title: 'Title',
  product: 'Product',
  category: 'Category',
  description: 'Description',
  contactName: 'Contact name',
  contactPhone: 'Contact phone',
  createdAt: 'Asked on',
  updatedAt: 'Last change',
  acceptedAt: 'Accepted on',
  completedAt: 'Completed on',
  expectedBy: 'Expected by',
  reopenableUntil: 'Can be reopened until',
  askedBy: 'Asked by',
  enterprise: 'Enterprise',
  tabs: { details: 'Details', records: 'Processing records', attachments: 'Attachments', other: 'Other information' },
  tabsLabel: 'Ticket sections',
  recordKinds: { accepted: 'Accepted', processed: 'Processed', reply: 'Reply', reopened: 'Reopened' },
  agent: 'Support',
  customer: 'Customer',
  result: 'Result',
  noRecords: 'Nothing has happened yet: the ticket waits for an agent to accept it.',
  noAttachments: 'No attachments.',
  download: (name) => `Download ${name}`,
  preview: (name) => `Preview of ${name}`,
  size: (bytes) => fileSize(bytes, ['bytes', 'KB', 'MB']),
  loading: 'Loading…',
  retry: 'Try again',
  changed: (number, status) => `Ticket ${number} is now ${status}.`,
  more: 'Show more',
};
