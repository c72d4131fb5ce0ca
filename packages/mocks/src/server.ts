import { OPERATOR_ROLES } from '@wharf/domain/auth';
import { applyMigrations, createApp, createOperator, createPbkdf2Hasher, openPglite, type Connection, type WharfApp } from '@wharf/server';
import { migrations } from './migrations.ts';

/** The real Wharf app, running in this page on an in-memory PGlite database. */
export interface MockServer {
  app: WharfApp;
  connection: Connection;
  /** Answers a request exactly as the real server would (`app.fetch`). */
  fetch(request: Request): Promise<Response>;
  /** Start-up cost in milliseconds: PGlite boot, migrations, and the whole start. */
  timings: { pglite: number; migrations: number; total: number };
}

let started: Promise<MockServer> | undefined;
let client = 'browser';

/** The bearer token of the mock's operator (every role). */
export const MOCK_OPERATOR_TOKEN = 'wop_mock_operator';

/**
 * Starts the mock server once per page and returns it (later calls get the same one). PGlite costs about
 * 4 s to boot, so call this early (the Storybook preview does) and share it; never start one per story.
 *
 * Differences from a production server, all deliberate: PBKDF2 at 10,000 iterations instead of argon2id
 * (Web Crypto only, and fast), a 10-bit captcha (solved in milliseconds), mail kept in the dev mailbox,
 * and `trustProxy` so the mock can say which client a request comes from (see `useMockClient`).
 */
export function startMockServer(): Promise<MockServer> {
  started ??= boot().catch((error: unknown) => {
    started = undefined;
    throw error;
  });
  return started;
}

async function boot(): Promise<MockServer> {
  const t0 = performance.now();
  const connection = await openPglite();
  const t1 = performance.now();
  await applyMigrations(connection, migrations);
  const t2 = performance.now();
  const app = createApp({
    db: connection.db,
    listen: connection.listen,
    hasher: createPbkdf2Hasher({ iterations: 10_000 }),
    config: { captchaDifficulty: 10, trustProxy: true },
  });
  // An operator with every role, for seeds that need the provider's side (opening customer accounts, ledger,
  // the support desk); named, as ticket records show the agent's name to the customer.
  await createOperator(connection.db, { email: 'operator@wharf.mock', name: 'Mandy Lau', roles: OPERATOR_ROLES, token: MOCK_OPERATOR_TOKEN, now: new Date() });
  const timings = { pglite: Math.round(t1 - t0), migrations: Math.round(t2 - t1), total: Math.round(performance.now() - t0) };
  console.info(`[wharf mocks] server ready in ${timings.total} ms (PGlite ${timings.pglite} ms, migrations ${timings.migrations} ms)`);
  return { app, connection, timings, fetch: async (request) => app.fetch(request) };
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
