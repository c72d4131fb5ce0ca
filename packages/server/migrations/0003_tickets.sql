-- Support tickets (PRODUCT §2): tickets and their history, attachments in the blob store, the enterprise
-- event log behind GET /v1/events, and webhook endpoints with their delivery log.

-- Gapless numbers: the counter row is locked by the creating transaction and rolls back with it.
CREATE TABLE counters (
  name text PRIMARY KEY,
  value bigint NOT NULL
);
INSERT INTO counters (name, value) VALUES ('ticket', 0);

CREATE TABLE tickets (
  id uuid PRIMARY KEY,
  number text NOT NULL UNIQUE,
  enterprise_id uuid NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
  created_by uuid NOT NULL REFERENCES users(id),
  contact_name text NOT NULL,
  contact_phone text NOT NULL,
  product text NOT NULL,
  category text NOT NULL,
  title text NOT NULL,
  description text NOT NULL,
  status text NOT NULL CHECK (status IN ('submitted', 'accepted', 'processing', 'completed')),
  accepted_by uuid REFERENCES operators(id),
  accepted_at timestamptz,
  expected_by date,
  completed_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX tickets_enterprise_open_idx ON tickets (enterprise_id, created_at DESC, id DESC) WHERE status <> 'completed';
CREATE INDEX tickets_enterprise_completed_idx ON tickets (enterprise_id, completed_at DESC, id DESC) WHERE status = 'completed';
CREATE INDEX tickets_queue_idx ON tickets (status, created_at, id);

CREATE TABLE ticket_records (
  id uuid PRIMARY KEY,
  ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('accepted', 'processed', 'reply', 'reopened')),
  note text NOT NULL,
  category text,
  result text CHECK (result IN ('resolved', 'partial', 'needs-info')),
  expected_by date,
  author_user_id uuid REFERENCES users(id),
  author_operator_id uuid REFERENCES operators(id),
  at timestamptz NOT NULL,
  CHECK ((author_user_id IS NULL) <> (author_operator_id IS NULL))
);
CREATE INDEX ticket_records_ticket_idx ON ticket_records (ticket_id, at);

-- Uploaded files. Unattached ones belong to whoever uploaded them until a ticket, reply or record takes them.
CREATE TABLE attachments (
  id uuid PRIMARY KEY,
  enterprise_id uuid REFERENCES enterprises(id) ON DELETE CASCADE,
  uploaded_by_user uuid REFERENCES users(id),
  uploaded_by_operator uuid REFERENCES operators(id),
  ticket_id uuid REFERENCES tickets(id) ON DELETE CASCADE,
  record_id uuid REFERENCES ticket_records(id) ON DELETE CASCADE,
  name text NOT NULL,
  content_type text NOT NULL,
  size integer NOT NULL,
  sha256 text NOT NULL,
  blob_key text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX attachments_ticket_idx ON attachments (ticket_id) WHERE ticket_id IS NOT NULL;

-- What happened in each enterprise, for live updates (GET /v1/events resumes from Last-Event-ID) and webhooks.
CREATE TABLE events (
  id bigserial PRIMARY KEY,
  enterprise_id uuid NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
  type text NOT NULL,
  data jsonb NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX events_enterprise_idx ON events (enterprise_id, id);

CREATE TABLE webhook_endpoints (
  id uuid PRIMARY KEY,
  enterprise_id uuid NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
  url text NOT NULL,
  description text NOT NULL DEFAULT '',
  events text[] NOT NULL,
  secret text NOT NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL,
  deleted_at timestamptz
);
CREATE INDEX webhook_endpoints_enterprise_idx ON webhook_endpoints (enterprise_id) WHERE deleted_at IS NULL;

-- One row per attempt; `message_id` (the webhook-id header) stays the same across retries of one event.
CREATE TABLE webhook_deliveries (
  id bigserial PRIMARY KEY,
  endpoint_id uuid NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
  message_id text NOT NULL,
  event_type text NOT NULL,
  attempt integer NOT NULL,
  status text NOT NULL CHECK (status IN ('delivered', 'failed')),
  response_status integer,
  error text,
  duration_ms integer NOT NULL,
  at timestamptz NOT NULL,
  next_attempt_at timestamptz
);
CREATE INDEX webhook_deliveries_endpoint_idx ON webhook_deliveries (endpoint_id, id DESC);

-- Outbox items whose topic allows a limited number of attempts (webhooks) are given up, not retried for ever.
ALTER TABLE outbox ADD COLUMN given_up_at timestamptz;
