import { pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { at } from './columns.ts';

// Monthly statements mailed. Mirrors migrations/0010_statements.sql, the source of truth for the database.

export const statementMailings = pgTable(
  'statement_mailings',
  {
    enterpriseId: uuid('enterprise_id').notNull(),
    month: text('month').notNull(),
    mailedTo: text('mailed_to').notNull(),
    at: at('at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.enterpriseId, table.month] })],
);
