import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Connection, Database } from './database.ts';
import * as schema from './schema.ts';

/** A real PostgreSQL server, for deployments at scale (DATABASE_URL). Node only. */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Connection> {
  const client = postgres(url, { max: options.max ?? 10, onnotice: () => {} });
  const db = drizzle({ client, schema }) as unknown as Database;
  return {
    kind: 'postgres',
    db,
    async scriptTransaction(run) {
      await client.begin(async (tx) => {
        await run({
          exec: async (script) => void (await tx.unsafe(script).simple()),
          query: async <Row>(sql: string, params: unknown[] = []) =>
            (await tx.unsafe(sql, params as postgres.ParameterOrJSON<never>[])) as unknown as Row[],
        });
      });
    },
    async listen(channel, onPayload) {
      const { unlisten } = await client.listen(channel, onPayload);
      return unlisten;
    },
    close: () => client.end({ timeout: 5 }),
  };
}
