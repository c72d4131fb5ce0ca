import { readSheetInWorker } from '../modules/imports/xlsx/worker-source.ts';
import { createApp, type WharfApp } from '../app.ts';
import type { WharfConfig } from '../config.ts';
import type { Clock } from '../clock.ts';
import { createNodeHasher } from '../crypto/node-hasher.ts';
import { readMultipartStreaming } from '../http/multipart-node.ts';
import type { Connection } from '../db/database.ts';
import { applyMigrations } from '../db/migrate.ts';
import { readMigrations } from '../db/migrations-dir.ts';
import { openPglite } from '../db/pglite.ts';
import { openPostgres } from '../db/postgres.ts';
import { mailedCode } from './fixtures/seeding.ts';
import { createWebhookFetch, type Resolve } from '../modules/webhooks/node-fetch.ts';

/** A clock tests can move forward. */
export class TestClock implements Clock {
  #offset = 0;
  now() {
    return new Date(Date.now() + this.#offset);
  }
  advance(seconds: number) {
    this.#offset += seconds * 1000;
  }
}

let sequence = 0;
export function uniqueClient() {
  return `198.51.100.${Math.floor(Math.random() * 250)}-${Date.now().toString(36)}${(sequence++).toString(36)}`;
}

export interface TestServer {
  app: WharfApp;
  clock: TestClock;
  connection: Connection;
  /** `app.request` with JSON in and out, a client address and an optional bearer token. */
  call(method: string, path: string, options?: CallOptions): Promise<TestResponse>;
  /** Stops this app (its outbox and event hub) and starts a new one on the same database, as a redeploy would. */
  restart(): Promise<void>;
  /** The newest code mailed to an address (delivers due mail first). */
  codeFor(email: string): Promise<string>;
  close(): Promise<void>;
}
export interface CallOptions {
  body?: unknown;
  token?: string;
  client?: string;
  headers?: Record<string, string>;
  raw?: BodyInit;
}
export interface TestResponse {
  status: number;
  headers: Headers;
  body: any;
}

/**
 * PostgreSQL in a schema of its own, dropped on close. Test files run in parallel and each moves its own clock,
 * so on shared tables one file's clean-ups (expired captcha solutions, old sign-in failures) would delete another
 * file's rows; a schema per server isolates them as PGlite's database per server does.
 */
async function openPostgresSchema(databaseUrl: string): Promise<Connection> {
  const schema = `wharf_test_${crypto.randomUUID().replaceAll('-', '')}`;
  const url = new URL(databaseUrl);
  // Every pooled connection starts with this search_path (postgres.js passes unknown URL parameters to the server).
  url.searchParams.set('search_path', schema);
  const connection = await openPostgres(url.toString(), { max: 4 });
  await connection.scriptTransaction((tx) => tx.exec(`CREATE SCHEMA ${schema}`));
  return {
    ...connection,
    async close() {
      await connection.scriptTransaction((tx) => tx.exec(`DROP SCHEMA ${schema} CASCADE`));
      await connection.close();
    },
  };
}

/**
 * The real app on a real database: PGlite in memory, or PostgreSQL when DATABASE_URL is set (the
 * compatibility run). One per test file; tests isolate themselves with unique emails and clients.
 */
export async function startTestServer(options: { config?: Partial<WharfConfig>; resolveHost?: Resolve } = {}): Promise<TestServer> {
  const connection = process.env.DATABASE_URL ? await openPostgresSchema(process.env.DATABASE_URL) : await openPglite();
  await applyMigrations(connection, await readMigrations());
  const clock = new TestClock();
  const boot = () =>
    createApp({
      db: connection.db,
      listen: connection.listen,
      clock,
      hasher: createNodeHasher(),
      multipart: readMultipartStreaming,
      readSheet: readSheetInWorker,
      // Webhooks leave as they do in production: through Node's guarded sender (tests may answer its DNS).
      fetch: createWebhookFetch({ allowPrivate: options.config?.webhooksAllowPrivate ?? false, ...(options.resolveHost ? { resolve: options.resolveHost } : {}) }),
      config: { trustProxy: true, captchaDifficulty: 6, bodyLimitBytes: 64 * 1024, ...options.config },
      // A 500 is always a bug: say what it was, next to the test that met it.
      log: (message, error) => {
        if (!message.startsWith('unexpected error')) return;
        // Short: a failed query's error carries the whole statement and its parameters.
        const cause = (error as { cause?: { message?: string } } | undefined)?.cause?.message;
        const text = `${(error as Error | undefined)?.stack ?? String(error)}`.slice(0, 1500);
        console.error(`[wharf test server] ${message}: ${cause ? `${cause} — ` : ''}${text}`);
      },
    });
  let app = boot();
  const defaultClient = uniqueClient();

  async function call(method: string, path: string, options: CallOptions = {}): Promise<TestResponse> {
    const headers: Record<string, string> = { 'x-forwarded-for': options.client ?? defaultClient, ...options.headers };
    if (options.body !== undefined) headers['content-type'] ??= 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await app.request(path, {
      method,
      headers,
      body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {}
    return { status: response.status, headers: response.headers, body };
  }

  return {
    get app() {
      return app;
    },
    clock,
    connection,
    call,
    async restart() {
      await Promise.allSettled(app.services.background);
      await app.services.outbox.stop();
      await app.services.events.stop();
      await app.services.sessionCache.stop();
      app = boot();
    },
    async codeFor(email) {
      await app.services.outbox.deliverDue();
      return mailedCode(call, email);
    },
    async close() {
      await Promise.allSettled(app.services.background);
      await app.services.outbox.stop();
      await app.services.events.stop();
      await app.services.sessionCache.stop();
      await connection.close();
    },
  };
}
