-- Idempotency-Key on creating POSTs (API.md): the first answer to a caller's key, replayed to a repeat of the same
-- request for a day. A row with no status is a request still running under that key (locked_at: since when).

CREATE TABLE idempotency_keys (
  -- Whose key: `user:<id>`, `embed:<session id>`, `operator:<id>`, or `credential:<hash>` (an API key).
  scope text NOT NULL,
  key text NOT NULL,
  -- SHA-256 of the method, path, query and body the key was first used with.
  fingerprint text NOT NULL,
  status integer,
  headers jsonb,
  body text,
  locked_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_keys_by_expiry ON idempotency_keys (expires_at);
