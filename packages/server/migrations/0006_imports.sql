-- Batch uploads (PRODUCT §3.6–3.7): an uploaded sheet, checked row by row; its rows stay here so they can be shown
-- with their problems, fixed in place and checked again, until the import is committed (all or nothing) or expires.

CREATE TABLE imports (
  id uuid PRIMARY KEY,
  enterprise_id uuid NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('products', 'declarations', 'orders')),
  status text NOT NULL CHECK (status IN ('checking', 'valid', 'invalid', 'committed', 'failed')),
  file_name text NOT NULL,
  size bigint NOT NULL,
  -- Declaration-element uploads: the HS code the sheet is for.
  hs_code text,
  -- The uploaded sheet's columns Wharf reads: [{ key, column, header }].
  columns jsonb NOT NULL DEFAULT '[]',
  -- Problems with the file itself (its header, its size): [{ key?, code, params? }] on row 1 or none.
  file_errors jsonb NOT NULL DEFAULT '[]',
  row_count integer NOT NULL DEFAULT 0,
  invalid_rows integer NOT NULL DEFAULT 0,
  error_count integer NOT NULL DEFAULT 0,
  -- Progress while checking: how much of the sheet part has been read.
  bytes_read bigint NOT NULL DEFAULT 0,
  total_bytes bigint NOT NULL DEFAULT 0,
  created integer,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  committed_at timestamptz,
  expires_at timestamptz NOT NULL
);
CREATE INDEX imports_by_enterprise ON imports (enterprise_id, created_at DESC, id DESC);
CREATE INDEX imports_expiry ON imports (expires_at);

-- One row of the sheet: its cells by column key, what must be unique in the file (the SKU, upper case), and its
-- problems ([{ key, code, params? }], null when it has none).
CREATE TABLE import_rows (
  import_id uuid NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
  row integer NOT NULL,
  key text,
  cells jsonb NOT NULL,
  errors jsonb,
  PRIMARY KEY (import_id, row)
);
-- No index on `key`: it is asked for only when a row is fixed (its duplicates), within one upload's rows, and
-- keeping one would cost every upload more than all its fixes.
CREATE INDEX import_rows_invalid ON import_rows (import_id, row) WHERE errors IS NOT NULL;
