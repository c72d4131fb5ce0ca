// The SDK's tests call the real server over real HTTP: a test server (PGlite) listening on a free local port.
import { serve, type ServerType } from '@hono/node-server';
import { after, before } from 'node:test';
import { startTestServer, type TestServer } from '@wharf/server/testing';

export interface ServedBackend {
  /** The test server itself, for seeding through its helpers. */
  readonly backend: TestServer;
  /** Where the SDK reaches it, e.g. `http://127.0.0.1:40123`. */
  readonly baseUrl: string;
  /** Cuts every open connection, as a dropped network would. */
  dropConnections(): void;
}

/**
 * Serves a test server for the tests of this file (or suite): listening before them, closed after them. `setup`
 * runs once it listens, in the same hook (top-level `before` hooks of one file do not wait for each other).
 */
export function serveBackend(setup?: (served: ServedBackend) => Promise<void>): ServedBackend {
  let backend: TestServer | undefined;
  let http: ServerType | undefined;
  let baseUrl = '';
  const dropConnections = () => (http as unknown as { closeAllConnections(): void } | undefined)?.closeAllConnections();
  before(async () => {
    const started = await startTestServer();
    backend = started;
    baseUrl = await new Promise<string>((resolve) => {
      http = serve({ fetch: started.app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(`http://127.0.0.1:${info.port}`));
    });
    await setup?.(served);
  });
  after(async () => {
    dropConnections();
    http?.close();
    await backend?.close();
  });
  const served: ServedBackend = {
    get backend() {
      if (!backend) throw new Error('the backend is used before its tests started it');
      return backend;
    },
    get baseUrl() {
      return baseUrl;
    },
    dropConnections,
  };
  return served;
}
