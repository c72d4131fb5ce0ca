import { http, type HttpHandler } from 'msw';
import { mockClient, startMockServer } from './server.ts';

/** Hands an intercepted request to the in-page app, as coming from the current mock client. */
export async function forwardToMockServer({ request }: { request: Request }): Promise<Response> {
  const server = await startMockServer();
  const headers = new Headers(request.headers);
  headers.set('x-forwarded-for', mockClient());
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return server.fetch(
    new Request(request.url, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : null,
      signal: request.signal,
    }),
  );
}

/**
 * msw handlers that answer every same-origin `/v1/*` and `/health` request with the real Wharf app
 * (`startMockServer()`). Give them to `setupWorker(...handlers)`; everything else passes through
 * (start the worker with `onUnhandledFrame: 'bypass'` so PGlite's own .wasm/.data fetches are not warned about).
 *
 * Cookies: a Response built in the page cannot carry `Set-Cookie`, so sessions must travel as bearer
 * tokens (`<wharf-provider session-token>`, or the token the SDK keeps after signing in), never cookies.
 */
export const handlers: HttpHandler[] = [http.all('/v1/*', forwardToMockServer), http.all('/health', forwardToMockServer)];
