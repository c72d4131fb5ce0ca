import { after, before } from 'node:test';
import { startTestServer, type TestServer } from './harness.ts';

/**
 * The test server of the suite this is called in: started before its tests and closed after them. Use it inside
 * tests and hooks (it starts in the first `before`, so hooks registered after this call already see it).
 */
export function useTestServer(options?: Parameters<typeof startTestServer>[0]): TestServer {
  let started: TestServer | undefined;
  before(async () => {
    started = await startTestServer(options);
  });
  after(async () => {
    await started?.close();
  });
  const server = () => {
    if (!started) throw new Error('the test server is used before its suite started it');
    return started;
  };
  return {
    get app() {
      return server().app;
    },
    get clock() {
      return server().clock;
    },
    get connection() {
      return server().connection;
    },
    call: (method, path, options) => server().call(method, path, options),
    restart: () => server().restart(),
    codeFor: (email) => server().codeFor(email),
    close: () => server().close(),
  };
}
