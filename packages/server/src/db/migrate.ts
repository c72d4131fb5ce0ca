import type { Connection } from './database.ts';

export interface Migration {
  /** File name without extension, e.g. `0001_accounts`; applied in name order. */
  name: string;
  sql: string;
}

// Any constant will do; it only has to be the same for every Wharf process sharing a database.
const MIGRATION_LOCK = 727_001;

/**
 * Applies the migrations not yet applied, in order, in one transaction, under an advisory lock so that
 * several server processes starting together on one PostgreSQL never race. Returns the names applied.
 */
export async function applyMigrations(connection: Connection, migrations: readonly Migration[]): Promise<string[]> {
  const applied: string[] = [];
  await connection.scriptTransaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS wharf_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set((await tx.query<{ name: string }>('SELECT name FROM wharf_migrations')).map((row) => row.name));
    for (const migration of [...migrations].sort((a, b) => a.name.localeCompare(b.name))) {
      if (done.has(migration.name)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO wharf_migrations (name) VALUES ($1)', [migration.name]);
      applied.push(migration.name);
    }
  });
  return applied;
}
