import { bigint, bigserial, boolean, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Mirrors migrations/*.sql, which are the source of truth for the database; this file types the queries.
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

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
  purpose: text('purpose').notNull(),
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
  roles: text('roles').array().notNull(),
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
    role: text('role').notNull(),
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
  kind: text('kind').notNull(),
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
  category: text('category').notNull(),
  title: text('title').notNull(),
  description: text('description').notNull(),
  status: text('status').notNull(),
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
  kind: text('kind').notNull(),
  note: text('note').notNull(),
  category: text('category'),
  result: text('result'),
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
  status: text('status').notNull(),
  responseStatus: integer('response_status'),
  error: text('error'),
  durationMs: integer('duration_ms').notNull(),
  at: at('at').notNull(),
  nextAttemptAt: at('next_attempt_at'),
});

export const products = pgTable('products', {
  id: uuid('id').primaryKey(),
  enterpriseId: uuid('enterprise_id').notNull(),
  type: text('type').notNull().$type<'normal' | 'combo'>(),
  sku: text('sku').notNull(),
  name: text('name').notNull(),
  category: text('category'),
  brand: text('brand'),
  model: text('model'),
  unit: text('unit'),
  originCountry: text('origin_country'),
  barcode: text('barcode'),
  grossWeight: numeric('gross_weight', { precision: 12, scale: 3, mode: 'number' }),
  netWeight: numeric('net_weight', { precision: 12, scale: 3, mode: 'number' }),
  purchasePrice: numeric('purchase_price', { precision: 14, scale: 2 }),
  salePrice: numeric('sale_price', { precision: 14, scale: 2 }),
  currency: text('currency').notNull(),
  hsCode: text('hs_code'),
  declarationElements: jsonb('declaration_elements').notNull().$type<Record<string, string>>().default({}),
  declaredSpecification: text('declared_specification'),
  status: text('status').notNull().$type<'draft' | 'filing' | 'filed' | 'rejected' | 'deleted'>(),
  rejectionReason: text('rejection_reason'),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by'),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
  deletedAt: at('deleted_at'),
});

export const productComponents = pgTable(
  'product_components',
  {
    comboId: uuid('combo_id').notNull(),
    componentId: uuid('component_id').notNull(),
    quantity: integer('quantity').notNull(),
    position: integer('position').notNull(),
  },
  (table) => [primaryKey({ columns: [table.comboId, table.componentId] })],
);

export const inventory = pgTable(
  'inventory',
  {
    productId: uuid('product_id').notNull(),
    warehouse: text('warehouse').notNull(),
    onHand: integer('on_hand').notNull().default(0),
    reserved: integer('reserved').notNull().default(0),
    updatedAt: at('updated_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.productId, table.warehouse] })],
);

/** A problem recorded against an upload, its file or one of its rows: the column key, the code, its parameters. */
export type StoredProblem = { key?: string; code: string; params?: Record<string, unknown> };

export const imports = pgTable('imports', {
  id: uuid('id').primaryKey(),
  enterpriseId: uuid('enterprise_id').notNull(),
  kind: text('kind').notNull().$type<'products' | 'declarations'>(),
  status: text('status').notNull().$type<'checking' | 'valid' | 'invalid' | 'committed' | 'failed'>(),
  fileName: text('file_name').notNull(),
  size: bigint('size', { mode: 'number' }).notNull(),
  hsCode: text('hs_code'),
  columns: jsonb('columns').notNull().$type<{ key: string; column: string; header: string }[]>().default([]),
  fileErrors: jsonb('file_errors').notNull().$type<StoredProblem[]>().default([]),
  rowCount: integer('row_count').notNull().default(0),
  invalidRows: integer('invalid_rows').notNull().default(0),
  errorCount: integer('error_count').notNull().default(0),
  bytesRead: bigint('bytes_read', { mode: 'number' }).notNull().default(0),
  totalBytes: bigint('total_bytes', { mode: 'number' }).notNull().default(0),
  created: integer('created'),
  createdBy: uuid('created_by').notNull(),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
  committedAt: at('committed_at'),
  expiresAt: at('expires_at').notNull(),
});
export type ImportRecord = typeof imports.$inferSelect;

export const importRows = pgTable(
  'import_rows',
  {
    importId: uuid('import_id').notNull(),
    row: integer('row').notNull(),
    key: text('key'),
    /** In the sheet definition's column order (modules/imports/rows.ts). */
    cells: jsonb('cells').notNull().$type<(string | null)[]>(),
    errors: jsonb('errors').$type<StoredProblem[]>(),
  },
  (table) => [primaryKey({ columns: [table.importId, table.row] })],
);
