import type { Context, Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AppEnv } from '../../http/env.ts';
import type { RouteRegistry } from '../../http/routes.ts';
import { requireUser } from '../auth/sessions.ts';
import { requireMembership } from '../enterprises/membership.ts';
import { requireOperator } from '../operators/require-operator.ts';
import { sessionAlive } from './queries.ts';

const tag = 'Events';
/** A comment line this often keeps proxies from closing an idle stream, and re-checks the session. */
const HEARTBEAT_MS = 25_000;
/** How long a client waits before reconnecting (the SSE `retry:` field). */
const RETRY_MS = 3_000;

/**
 * Streams events as Server-Sent Events: each with `id:` (resume with `Last-Event-ID`), `event:` (the type) and
 * `data:` (the event as JSON). Without `Last-Event-ID` a stream starts with what happens next. A user's stream
 * ends when their session does; the client reconnects with a fresh token.
 */
async function eventStream(c: Context<AppEnv>, scope: { enterpriseId?: string; sessionId?: string }) {
  const { services } = c.var;
  const resumeFrom = Number(c.req.header('last-event-id') ?? c.req.query('after') ?? Number.NaN);
  // Fixed before the headers go out: a client that sees the stream open has missed nothing after that moment.
  const startAfter = Number.isSafeInteger(resumeFrom) && resumeFrom >= 0 ? resumeFrom : await services.events.latestId();
  return streamSSE(c, async (stream) => {
    let lastId = startAfter;
    let sending = Promise.resolve();
    let closed = false;
    const send = () => {
      sending = sending.then(async () => {
        while (!closed) {
          const batch = await services.events.since(lastId, scope.enterpriseId);
          for (const event of batch) {
            await stream.writeSSE({ id: event.id, event: event.type, data: JSON.stringify(event) });
            lastId = Number(event.id);
          }
          if (batch.length === 0) return;
        }
      });
      return sending;
    };
    let wakeHeartbeat = () => {};
    const unsubscribe = services.events.subscribe(
      (enterpriseId) => {
        if (!scope.enterpriseId || enterpriseId === '*' || enterpriseId === scope.enterpriseId) void send().catch(() => stream.abort());
      },
      // The server is stopping: end the stream (the client reconnects, with Last-Event-ID, to another process).
      () => {
        closed = true;
        wakeHeartbeat();
      },
    );
    stream.onAbort(() => {
      closed = true;
      unsubscribe();
      wakeHeartbeat();
    });
    // The starting point as the stream's first id: a client dropped before any event resumes from here.
    await stream.write(`retry: ${RETRY_MS}\nid: ${startAfter}\n\n`);
    await send(); // whatever happened since Last-Event-ID
    while (!closed && !stream.aborted) {
      // Like stream.sleep, but a closed stream stops waiting at once (no timer outlives the client).
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, HEARTBEAT_MS);
        wakeHeartbeat = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      if (closed || stream.aborted) break;
      if (scope.sessionId && !(await sessionAlive(services.db, scope.sessionId, services.clock.now()))) break;
      await stream.write(': heartbeat\n\n');
    }
    closed = true;
    unsubscribe();
  });
}

/** PRODUCT §2.5: live updates in the open widget (and the agents' desk), without polling. */
export function mountEvents(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/events',
      tag,
      summary: 'Live events of the caller’s enterprise (text/event-stream)',
      description: 'Ticket steps as they happen. Send `Last-Event-ID` to resume after a disconnection; the SDK’s `events.subscribe()` does.',
      auth: 'user',
      responses: { 200: { description: 'An endless stream of events', contentType: 'text/event-stream' } },
    },
    requireUser,
    requireMembership(),
    (c) => eventStream(c, { enterpriseId: c.var.membership.enterprise.id, sessionId: c.var.auth.sessionId }),
  );

  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/operator/events',
      tag,
      summary: 'Live events of every enterprise, for the agents’ desk (text/event-stream)',
      auth: 'operator',
      responses: { 200: { description: 'An endless stream of events', contentType: 'text/event-stream' } },
    },
    requireOperator('support'),
    (c) => eventStream(c, {}),
  );
}
