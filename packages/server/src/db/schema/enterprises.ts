import type { LedgerKind, MemberRole } from '@wharf/domain/enterprises';
import { bigserial, integer, jsonb, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { at } from './columns.ts';

// Enterprises: their members, security PIN, ledger and API keys.
// Mirrors migrations/0002_enterprises.sql, the source of truth for the database; this file types the queries.

export const enterprises = pgTable('enterprises', {
  id: uuid('id').primaryKey(),
  accountNumber: text('account_number').notNull().unique(),
  name: text('name').notNull(),
  registrationNumber: text('registration_number').unique(),
  tradingCurrency: text('trading_currency'),
  billingEmail: text('billing_email').notNull(),
  contact: jsonb('contact').$type<{ name?: string; phone?: string; email?: string; address?: string }>(),
  securityPinHash: text('security_pin_hash'),
  passwordResetCodesTo: text('password_reset_codes_to').notNull().default('member'),
  allowedOrigins: text('allowed_origins').array().notNull().default([]),
  serviceProducts: text('service_products').array().notNull().default([]),
  serviceExpiresAt: at('service_expires_at'),
  version: integer('version').notNull().default(1),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
});

export const enterpriseMembers = pgTable(
  'enterprise_members',
  {
    enterpriseId: uuid('enterprise_id').notNull(),
    userId: uuid('user_id').notNull(),
    role: text('role').notNull().$type<MemberRole>(),
    externalUserId: text('external_user_id'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.userId] })],
);

export const pinFailures = pgTable('pin_failures', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  enterpriseId: uuid('enterprise_id').notNull(),
  userId: uuid('user_id').notNull(),
  at: at('at').notNull(),
});

export const ledgerEntries = pgTable('ledger_entries', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  enterpriseId: uuid('enterprise_id').notNull(),
  kind: text('kind').notNull().$type<LedgerKind>(),
  amount: numeric('amount', { precision: 18, scale: 4 }).notNull(),
  currency: text('currency').notNull(),
  note: text('note').notNull().default(''),
  operatorId: uuid('operator_id'),
  at: at('at').notNull(),
});

export const apiKeys = pgTable('api_keys', {
  id: uuid('id').primaryKey(),
  enterpriseId: uuid('enterprise_id').notNull(),
  name: text('name').notNull(),
  prefix: text('prefix').notNull(),
  secretHash: text('secret_hash').notNull().unique(),
  createdBy: uuid('created_by'),
  createdAt: at('created_at').notNull(),
  lastUsedAt: at('last_used_at'),
  revokedAt: at('revoked_at'),
});
