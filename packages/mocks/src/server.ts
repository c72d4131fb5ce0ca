import { createApp, createPbkdf2Hasher, openPglite, type Connection, type WharfApp } from '@wharf/server';
import { prepareMockDatabase } from './database.ts';
import { migrations } from './migrations.ts';

/** The real Wharf app, running in this page on an in-memory PGlite database. */
export interface MockServer {
  app: WharfApp;
  connection: Connection;
  /** Answers a request exactly as the real server would (`app.fetch`). */
  fetch(request: Request): Promise<Response>;
  /** Start-up cost in milliseconds: fetching the snapshot (0 without one), PGlite boot, migrations, and the whole start. */
  timings: { snapshot: number; pglite: number; migrations: number; total: number };
}

let started: Promise<MockServer> | undefined;
let client = 'browser';

/**
 * Starts the mock server once per page and returns it (later calls get the same one). Migrating a fresh PGlite
 * costs seconds, so give it `snapshot`, the URL of a dump of a prepared database (scripts/build-mock-snapshot.ts;
 * the Storybook preview does), and call this early and share it; never start one per story.
 *
 * Differences from a production server, all deliberate: PBKDF2 at 10,000 iterations instead of argon2id
 * (Web Crypto only, and fast), a 10-bit captcha (solved in milliseconds), mail kept in the dev mailbox,
 * and `trustProxy` so the mock can say which client a request comes from (see `useMockClient`).
 */
export function startMockServer(options: { snapshot?: string } = {}): Promise<MockServer> {
  started ??= boot(options.snapshot).catch((error: unknown) => {
    started = undefined;
    throw error;
  });
  return started;
}

async function boot(snapshotUrl?: string): Promise<MockServer> {
  const t0 = performance.now();
  const snapshot = snapshotUrl ? await fetchSnapshot(snapshotUrl) : undefined;
  const t1 = performance.now();
  const connection = await openPglite(snapshot ? { loadDataDir: snapshot } : {});
  const t2 = performance.now();
  if (!snapshot) await prepareMockDatabase(connection, migrations);
  const t3 = performance.now();
  const app = createApp({
    db: connection.db,
    listen: connection.listen,
    hasher: createPbkdf2Hasher({ iterations: 10_000 }),
    config: { captchaDifficulty: 10, trustProxy: true },
  });
  const timings = { snapshot: Math.round(t1 - t0), pglite: Math.round(t2 - t1), migrations: Math.round(t3 - t2), total: Math.round(performance.now() - t0) };
  console.info(
    `[wharf mocks] server ready in ${timings.total} ms (${snapshot ? `snapshot ${timings.snapshot} ms, ` : ''}PGlite ${timings.pglite} ms, migrations ${snapshot ? 'none: from the snapshot' : `${timings.migrations} ms`})`,
  );
  return { app, connection, timings, fetch: async (request) => app.fetch(request) };
}

/** The prepared database's dump, or nothing (then the page migrates its own) when it cannot be had. */
async function fetchSnapshot(url: string): Promise<Blob | undefined> {
  const response = await fetch(url).catch(() => undefined);
  if (response?.ok) return response.blob();
  console.warn(`[wharf mocks] no database snapshot at ${url} (${response ? response.status : 'unreachable'}): migrating in the page instead`);
  return undefined;
}

/**
 * Names the client that the page's own requests count as for per-client throttles (failed sign-ins before a
 * captcha is asked). The Storybook preview sets the story id, so one story's failures never leak into
 * another's; seed helpers use a fresh client per call unless they say otherwise.
 */
export function useMockClient(key: string): void {
  client = key;
}

/** The client the page's requests currently count as (see `useMockClient`). */
export function mockClient(): string {
  return client;
}
