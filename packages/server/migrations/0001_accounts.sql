-- Accounts, sessions, emailed codes, sign-in protection, mail outbox and the audit log.

CREATE TABLE users (
  id uuid PRIMARY KEY,
  email text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  name text,
  locale text NOT NULL DEFAULT 'en',
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE sessions (
  id uuid PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  last_used_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE email_codes (
  id uuid PRIMARY KEY,
  email text NOT NULL,
  purpose text NOT NULL,
  code_hash text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  consumed_at timestamptz
);
CREATE INDEX email_codes_lookup_idx ON email_codes (email, purpose, created_at DESC);

-- Failed sign-ins per client (IP), to decide when a captcha is required.
CREATE TABLE login_failures (
  id bigserial PRIMARY KEY,
  client_key text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX login_failures_client_idx ON login_failures (client_key, at DESC);

-- Spent captcha challenges, so a solution is good once.
CREATE TABLE captcha_spent (
  challenge_id text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);

CREATE TABLE operators (
  id uuid PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text,
  roles text[] NOT NULL,
  token_hash text UNIQUE,
  created_at timestamptz NOT NULL
);

-- Work to do after a transaction commits (mail now; webhooks later), claimed with FOR UPDATE SKIP LOCKED.
CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  topic text NOT NULL,
  payload jsonb NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  available_at timestamptz NOT NULL,
  last_error text,
  created_at timestamptz NOT NULL,
  delivered_at timestamptz
);
CREATE INDEX outbox_due_idx ON outbox (available_at) WHERE delivered_at IS NULL;

-- Mail delivered while no SMTP server is configured (the dev mailbox).
CREATE TABLE mailbox (
  id bigserial PRIMARY KEY,
  to_email text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  code text,
  created_at timestamptz NOT NULL
);
CREATE INDEX mailbox_to_idx ON mailbox (to_email, id DESC);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  actor_kind text NOT NULL,
  actor_id text,
  entity text NOT NULL,
  entity_id text NOT NULL,
  action text NOT NULL,
  data jsonb,
  at timestamptz NOT NULL
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, id DESC);
