import type { RecordResult, TicketCategory, TicketRecordKind, TicketStatus, WEBHOOK_DELIVERY_STATUSES } from '@wharf/domain/tickets';
import { bigint, bigserial, date, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { at } from './columns.ts';

// Support tickets with their records, attachments, the enterprise events and webhooks.
// Mirrors migrations/0003_tickets.sql, the source of truth for the database; this file types the queries.

export const counters = pgTable('counters', {
  name: text('name').primaryKey(),
  value: bigint('value', { mode: 'number' }).notNull(),
});

export const tickets = pgTable('tickets', {
  id: uuid('id').primaryKey(),
  number: text('number').notNull().unique(),
  enterpriseId: uuid('enterprise_id').notNull(),
  createdBy: uuid('created_by').notNull(),
  contactName: text('contact_name').notNull(),
  contactPhone: text('contact_phone').notNull(),
  product: text('product').notNull(),
  category: text('category').notNull().$type<TicketCategory>(),
  title: text('title').notNull(),
  description: text('description').notNull(),
  status: text('status').notNull().$type<TicketStatus>(),
  acceptedBy: uuid('accepted_by'),
  acceptedAt: at('accepted_at'),
  expectedBy: date('expected_by', { mode: 'string' }),
  completedAt: at('completed_at'),
  version: integer('version').notNull().default(1),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
});

export const ticketRecords = pgTable('ticket_records', {
  id: uuid('id').primaryKey(),
  ticketId: uuid('ticket_id').notNull(),
  kind: text('kind').notNull().$type<TicketRecordKind>(),
  note: text('note').notNull(),
  category: text('category').$type<TicketCategory>(),
  result: text('result').$type<RecordResult>(),
  expectedBy: date('expected_by', { mode: 'string' }),
  authorUserId: uuid('author_user_id'),
  authorOperatorId: uuid('author_operator_id'),
  at: at('at').notNull(),
});

export const attachments = pgTable('attachments', {
  id: uuid('id').primaryKey(),
  enterpriseId: uuid('enterprise_id'),
  uploadedByUser: uuid('uploaded_by_user'),
  uploadedByOperator: uuid('uploaded_by_operator'),
  ticketId: uuid('ticket_id'),
  recordId: uuid('record_id'),
  name: text('name').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  blobKey: text('blob_key').notNull(),
  createdAt: at('created_at').notNull(),
});

export const events = pgTable('events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  enterpriseId: uuid('enterprise_id').notNull(),
  type: text('type').notNull(),
  data: jsonb('data').notNull(),
  at: at('at').notNull(),
});

export const webhookEndpoints = pgTable('webhook_endpoints', {
  id: uuid('id').primaryKey(),
  enterpriseId: uuid('enterprise_id').notNull(),
  url: text('url').notNull(),
  description: text('description').notNull().default(''),
  events: text('events').array().notNull(),
  secret: text('secret').notNull(),
  createdBy: uuid('created_by'),
  createdAt: at('created_at').notNull(),
  deletedAt: at('deleted_at'),
});

export const webhookDeliveries = pgTable('webhook_deliveries', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  endpointId: uuid('endpoint_id').notNull(),
  messageId: text('message_id').notNull(),
  eventType: text('event_type').notNull(),
  attempt: integer('attempt').notNull(),
  status: text('status').notNull().$type<(typeof WEBHOOK_DELIVERY_STATUSES)[number]>(),
  responseStatus: integer('response_status'),
  error: text('error'),
  durationMs: integer('duration_ms').notNull(),
  at: at('at').notNull(),
  nextAttemptAt: at('next_attempt_at'),
});
