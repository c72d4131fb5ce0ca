import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * Stopping a Node HTTP server without cutting anyone off: stop accepting, let the requests being answered finish,
 * then end what never finishes by itself (event streams) and the idle keep-alive connections.
 */
export function drainable(server: Server) {
  const open = new Set<ServerResponse>();
  server.on('request', (_request: IncomingMessage, response: ServerResponse) => {
    open.add(response);
    response.on('close', () => open.delete(response));
  });
  // An event stream is never "finished": it is closed, not waited for. Hono's adapter passes the headers to
  // writeHead, which does not keep them for getHeader: read the head as sent.
  const isStream = (response: ServerResponse) =>
    /^content-type:\s*text\/event-stream/im.test(
      response.hasHeader('content-type') ? `content-type: ${response.getHeader('content-type')}` : ((response as { _header?: string | null })._header ?? ''),
    );

  return {
    /** Requests still being answered (event streams aside). */
    pending: () => [...open].filter((response) => !isStream(response)).length,
    /**
     * Stops accepting connections and waits (at most `timeoutMs`) for the answers under way; then closes every
     * connection left: event streams, idle keep-alives, and answers that overran the time.
     */
    async drain(timeoutMs: number) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline && [...open].some((response) => !isStream(response))) {
        server.closeIdleConnections();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      server.closeAllConnections();
      await closed;
    },
  };
}
