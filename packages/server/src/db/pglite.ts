import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import type { Connection, Database } from './database.ts';
import * as schema from './schema.ts';

/**
 * What PGlite's PostgreSQL is told at start, next to its own defaults. Its shared buffers live in the WebAssembly
 * memory, which never shrinks: PostgreSQL's default of 128 MB is most of what an idle server would hold, for a
 * cache that PGlite — one process, data files in the host's page cache — gains little from.
 */
const START_PARAMS = ['-c', 'shared_buffers=16MB'];

/**
 * Embedded PostgreSQL: a data directory on disk, or memory when none is given; `loadDataDir` starts it from a dump
 * of another one's data directory (`dumpDataDir()`), e.g. a database migrated ahead of time. Browser-safe.
 */
export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<Connection> {
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    startParams: [...PGlite.defaultStartParams, ...START_PARAMS],
  });
  const db = drizzle({ client, schema }) as unknown as Database;
  return {
    kind: 'pglite',
    db,
    async scriptTransaction(run) {
      await client.transaction(async (tx) => {
        await run({
          exec: async (script) => void (await tx.exec(script)),
          query: async <Row>(sql: string, params: unknown[] = []) => (await tx.query<Row>(sql, params)).rows,
        });
      });
    },
    listen: (channel, onPayload) => client.listen(channel, onPayload),
    close: () => client.close(),
  };
}
