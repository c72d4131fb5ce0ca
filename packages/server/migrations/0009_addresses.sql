-- The address book (API.md "Orders and addresses"): an enterprise's saved senders and recipients, checked as an
-- order's recipient is, with at most one default per kind; address books move between accounts by upload.

CREATE TABLE addresses (
  id uuid PRIMARY KEY,
  enterprise_id uuid NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('sender', 'recipient')),
  label text,
  is_default boolean NOT NULL DEFAULT false,
  name text NOT NULL,
  phone text NOT NULL,
  province text NOT NULL,
  city text NOT NULL,
  district text NOT NULL,
  street text NOT NULL,
  postcode text,
  id_number text,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
-- The list: newest first, per kind or all.
CREATE INDEX addresses_enterprise_idx ON addresses (enterprise_id, created_at DESC, id DESC);
CREATE INDEX addresses_kind_idx ON addresses (enterprise_id, kind, created_at DESC, id DESC);
-- One default sender and one default recipient per enterprise.
CREATE UNIQUE INDEX addresses_default_idx ON addresses (enterprise_id, kind) WHERE is_default;

-- Address books are uploaded through the batch-upload engine too.
ALTER TABLE imports DROP CONSTRAINT imports_kind_check;
ALTER TABLE imports ADD CONSTRAINT imports_kind_check CHECK (kind IN ('products', 'declarations', 'orders', 'addresses'));
