import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema.ts';

/** Drizzle on either driver: PGlite (embedded) or PostgreSQL. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** Something queries can run on: the database or an open transaction. */
export type Executor = Pick<Database, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;

export interface ScriptRunner {
  exec(script: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface Connection {
  kind: 'pglite' | 'postgres';
  db: Database;
  /** Runs raw SQL scripts (several statements each) in one transaction: how migrations are applied. */
  scriptTransaction(run: (tx: ScriptRunner) => Promise<void>): Promise<void>;
  /**
   * LISTEN on a channel: `onPayload` gets each NOTIFY's payload (NOTIFYs inside a transaction arrive when it
   * commits). On PostgreSQL every process sharing the database hears them; on PGlite, this process. Returns UNLISTEN.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
