import type { MailedCodePurpose, OperatorRole } from '@wharf/domain/auth';
import { bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { at } from './columns.ts';

// Accounts: users, their sessions and sign-in codes, operators, the outbox, the dev mailbox and the audit log.
// Mirrors migrations/0001_accounts.sql, the source of truth for the database; this file types the queries.

export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  email: text('email').notNull().unique(),
  /** Null for accounts an embed session created, until their owner sets a password through a reset. */
  passwordHash: text('password_hash'),
  name: text('name'),
  locale: text('locale').notNull().default('en'),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: at('locked_until'),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
});

export const sessions = pgTable('sessions', {
  id: uuid('id').primaryKey(),
  tokenHash: text('token_hash').notNull().unique(),
  userId: uuid('user_id').notNull(),
  createdAt: at('created_at').notNull(),
  expiresAt: at('expires_at').notNull(),
  lastUsedAt: at('last_used_at').notNull(),
  /** Set for embed sessions: the one enterprise the session may act in. */
  enterpriseId: uuid('enterprise_id'),
  /** Whether use extends the session (embed sessions never do). */
  slides: boolean('slides').notNull().default(true),
  /** The API key an embed session was minted with. */
  apiKeyId: uuid('api_key_id'),
});

export const emailCodes = pgTable('email_codes', {
  id: uuid('id').primaryKey(),
  email: text('email').notNull(),
  purpose: text('purpose').notNull().$type<MailedCodePurpose>(),
  codeHash: text('code_hash').notNull(),
  attempts: integer('attempts').notNull().default(0),
  createdAt: at('created_at').notNull(),
  expiresAt: at('expires_at').notNull(),
  consumedAt: at('consumed_at'),
});

export const loginFailures = pgTable(
  'login_failures',
  { id: bigserial('id', { mode: 'number' }).primaryKey(), clientKey: text('client_key').notNull(), at: at('at').notNull() },
  (t) => [index('login_failures_client_idx').on(t.clientKey, t.at)],
);

export const captchaSpent = pgTable('captcha_spent', {
  challengeId: text('challenge_id').primaryKey(),
  expiresAt: at('expires_at').notNull(),
});

export const operators = pgTable('operators', {
  id: uuid('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name'),
  roles: text('roles').array().notNull().$type<OperatorRole[]>(),
  tokenHash: text('token_hash').unique(),
  createdAt: at('created_at').notNull(),
});

export const outbox = pgTable('outbox', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  topic: text('topic').notNull(),
  payload: jsonb('payload').notNull(),
  attempts: integer('attempts').notNull().default(0),
  availableAt: at('available_at').notNull(),
  lastError: text('last_error'),
  createdAt: at('created_at').notNull(),
  deliveredAt: at('delivered_at'),
  /** Set when the topic's attempts ran out; such items are never tried again. */
  givenUpAt: at('given_up_at'),
});

export const mailbox = pgTable('mailbox', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  toEmail: text('to_email').notNull(),
  subject: text('subject').notNull(),
  body: text('body').notNull(),
  code: text('code'),
  createdAt: at('created_at').notNull(),
});

export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  actorKind: text('actor_kind').notNull(),
  actorId: text('actor_id'),
  entity: text('entity').notNull(),
  entityId: text('entity_id').notNull(),
  action: text('action').notNull(),
  data: jsonb('data'),
  at: at('at').notNull(),
});
