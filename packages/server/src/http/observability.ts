import { and, isNull, lte, sql } from 'drizzle-orm';
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { hashSecret } from '../crypto/random.ts';
import { outbox } from '../db/schema.ts';
import type { AppEnv } from './env.ts';
import type { Gauge, RequestMetrics } from './metrics.ts';
import type { RequestLogEntry } from './request-log.ts';

export type { RequestLogEntry };
import { ProblemError } from './problem.ts';

export const REQUEST_ID_HEADER = 'X-Request-Id';
/** A request id from the client or the proxy in front is kept when it is this plain; otherwise a new one is made. */
const GIVEN_ID = /^[\w.:@/+=-]{1,128}$/;


/** The pattern the request matched, written as /openapi.json writes it minus the braces (`/v1/products/:sku`). */
function routeOf(c: Context): string {
  // Middleware is registered for every method; the route that answered is the last with a method of its own.
  const route = matchedRoutes(c).findLast((matched) => matched.method !== 'ALL');
  return route ? route.path.replace(/:(\w+)\{[^}]*\}/g, ':$1') : 'unmatched';
}

/**
 * Gives every request an id (its `X-Request-Id`, or a new one), answered in `X-Request-Id` and in problem
 * documents; counts and times it by route pattern for /metrics; writes one log line when a request log is set.
 */
export function observeRequests(metrics: RequestMetrics, log: ((entry: RequestLogEntry) => void) | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const given = c.req.header(REQUEST_ID_HEADER);
    const requestId = given && GIVEN_ID.test(given) ? given : crypto.randomUUID();
    c.set('requestId', requestId);
    const started = performance.now();
    metrics.started();
    try {
      await next();
    } finally {
      const ms = performance.now() - started;
      const status = c.res.status;
      const route = routeOf(c);
      metrics.finished({ method: c.req.method, route, status, seconds: ms / 1000 });
      c.header(REQUEST_ID_HEADER, requestId);
      log?.({ time: new Date().toISOString(), requestId, method: c.req.method, route, path: c.req.path, status, ms: Math.round(ms * 10) / 10 });
    }
  };
}

/** The outbox's backlog per topic: items due and how long the oldest has waited. */
async function outboxGauges(c: Context<AppEnv>): Promise<Gauge[]> {
  const { db, clock } = c.var.services;
  const now = clock.now();
  const rows = await db
    .select({ topic: outbox.topic, due: sql<number>`count(*)::int`, oldest: sql<Date | string | null>`min(${outbox.availableAt})` })
    .from(outbox)
    .where(and(isNull(outbox.deliveredAt), isNull(outbox.givenUpAt), lte(outbox.availableAt, now)))
    .groupBy(outbox.topic);
  const lag = (oldest: Date | string | null) => (oldest ? Math.max(0, (now.getTime() - new Date(oldest).getTime()) / 1000) : 0);
  return [
    { name: 'wharf_outbox_due', help: 'Outbox items due for delivery now, by topic.', samples: rows.map((row) => ({ labels: { topic: row.topic }, value: row.due })) },
    { name: 'wharf_outbox_lag_seconds', help: 'How long the oldest due outbox item has waited, by topic.', samples: rows.map((row) => ({ labels: { topic: row.topic }, value: lag(row.oldest) })) },
  ];
}

function processGauges(): Gauge[] {
  const usage = (globalThis as { process?: { memoryUsage?: () => { rss: number; heapUsed: number } } }).process?.memoryUsage?.();
  if (!usage) return [];
  return [
    { name: 'wharf_process_resident_memory_bytes', help: 'Resident memory of this process.', samples: [{ value: usage.rss }] },
    { name: 'wharf_process_heap_used_bytes', help: 'JavaScript heap in use.', samples: [{ value: usage.heapUsed }] },
  ];
}

/**
 * `GET /metrics`, for a Prometheus scraper holding the metrics token (`WHARF_METRICS_TOKEN`) as a bearer token.
 * Without a token configured the route does not exist (404): what it shows is the provider's, not any user's.
 */
export function metricsRoute(metrics: RequestMetrics) {
  return async (c: Context<AppEnv>) => {
    const { config } = c.var.services;
    if (!config.metricsToken) throw new ProblemError({ type: 'not-found' });
    const presented = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? '';
    // Compared as hashes: equal length, so the time taken says nothing about the token.
    if ((await hashSecret(presented)) !== (await hashSecret(config.metricsToken))) throw new ProblemError({ type: 'unauthorized', headers: { 'www-authenticate': 'Bearer' } });
    const text = metrics.render([...(await outboxGauges(c)), ...processGauges()]);
    return c.text(text, 200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', 'cache-control': 'no-store' });
  };
}
