-- Monthly statements (seed 000 月结账单): which month's statement has been mailed to which enterprise, so the
-- monthly mailing sends each one once however often it is checked and however many servers check.

CREATE TABLE statement_mailings (
  enterprise_id uuid NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
  month text NOT NULL CHECK (month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  mailed_to text NOT NULL,
  at timestamptz NOT NULL,
  PRIMARY KEY (enterprise_id, month)
);
-- The statement's entries of a month, in order.
CREATE INDEX ledger_entries_period_idx ON ledger_entries (enterprise_id, at, id);
