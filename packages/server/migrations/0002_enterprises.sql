-- Enterprises: customer accounts, their members, security PIN, ledger, API keys, embed sessions, allowed origins.

CREATE SEQUENCE enterprise_account_seq START 1;

CREATE TABLE enterprises (
  id uuid PRIMARY KEY,
  account_number text NOT NULL UNIQUE,
  name text NOT NULL,
  registration_number text UNIQUE,
  trading_currency text,
  billing_email text NOT NULL,
  contact jsonb,
  security_pin_hash text,
  password_reset_codes_to text NOT NULL DEFAULT 'member',
  allowed_origins text[] NOT NULL DEFAULT '{}',
  service_products text[] NOT NULL DEFAULT '{}',
  service_expires_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX enterprises_allowed_origins_idx ON enterprises USING gin (allowed_origins);

CREATE TABLE enterprise_members (
  enterprise_id uuid NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('admin', 'member', 'pending')),
  external_user_id text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (enterprise_id, user_id)
);
CREATE INDEX enterprise_members_user_idx ON enterprise_members (user_id);
CREATE UNIQUE INDEX enterprise_members_external_idx ON enterprise_members (enterprise_id, external_user_id)
  WHERE external_user_id IS NOT NULL;

-- Wrong security PINs per enterprise and user, to block PIN entry after too many.
CREATE TABLE pin_failures (
  id bigserial PRIMARY KEY,
  enterprise_id uuid NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
  user_id uuid NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX pin_failures_lookup_idx ON pin_failures (enterprise_id, user_id, at DESC);

CREATE TABLE ledger_entries (
  id bigserial PRIMARY KEY,
  enterprise_id uuid NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('top-up', 'fee')),
  amount numeric(18, 4) NOT NULL CHECK (amount > 0),
  currency text NOT NULL,
  note text NOT NULL DEFAULT '',
  operator_id uuid,
  at timestamptz NOT NULL
);
CREATE INDEX ledger_entries_enterprise_idx ON ledger_entries (enterprise_id, id DESC);

CREATE TABLE api_keys (
  id uuid PRIMARY KEY,
  enterprise_id uuid NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
  name text NOT NULL,
  prefix text NOT NULL,
  secret_hash text NOT NULL UNIQUE,
  created_by uuid,
  created_at timestamptz NOT NULL,
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_keys_enterprise_idx ON api_keys (enterprise_id, created_at DESC);

-- Accounts made by embed sessions have no password until their owner sets one through a reset.
ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL;

-- Embed sessions are bound to one enterprise and never slide past their short lifetime.
ALTER TABLE sessions ADD COLUMN enterprise_id uuid REFERENCES enterprises(id) ON DELETE CASCADE;
ALTER TABLE sessions ADD COLUMN slides boolean NOT NULL DEFAULT true;
-- The API key an embed session was minted with: revoking the key ends its sessions.
ALTER TABLE sessions ADD COLUMN api_key_id uuid REFERENCES api_keys(id) ON DELETE CASCADE;
CREATE INDEX sessions_api_key_idx ON sessions (api_key_id) WHERE api_key_id IS NOT NULL;
