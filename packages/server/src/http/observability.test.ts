// Operations: request ids (X-Request-Id, problem documents), JSON request log lines, and /metrics.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertProblem, createEnterprise, startTestServer, type TestServer } from '@wharf/server/testing';
import { createApp } from '../app.ts';
import { applyMigrations } from '../db/migrate.ts';
import { readMigrations } from '../db/migrations-dir.ts';
import { openPglite } from '../db/pglite.ts';
import type { RequestLogEntry } from './observability.ts';

const METRICS_TOKEN = 'metrics-token-for-tests';
let server: TestServer;

before(async () => {
  server = await startTestServer({ config: { metricsToken: METRICS_TOKEN } });
});
after(() => server.close());

describe('request ids', () => {
  test('every answer carries a new X-Request-Id; a problem document quotes it', async () => {
    const first = await server.call('GET', '/v1/products/NOPE');
    const second = await server.call('GET', '/v1/products/NOPE');
    const id = first.headers.get('x-request-id');
    assert.match(id ?? '', /^[0-9a-f-]{36}$/);
    assert.notEqual(second.headers.get('x-request-id'), id);
    assertProblem(first, 401);
    assert.equal(first.body.requestId, id);
    const missing = await server.call('GET', '/v1/nowhere');
    assertProblem(missing, 404);
    assert.equal(missing.body.requestId, missing.headers.get('x-request-id'));
    assert.ok((await server.call('GET', '/health')).headers.get('x-request-id'));
  });

  test("the caller's (or the proxy's) X-Request-Id is kept when it is plain, replaced when it is not", async () => {
    const kept = await server.call('POST', '/v1/auth/login', { body: {}, headers: { 'x-request-id': 'edge-7f3a:42' } });
    assert.equal(kept.headers.get('x-request-id'), 'edge-7f3a:42');
    assert.equal(kept.body.requestId, 'edge-7f3a:42');
    const replaced = await server.call('GET', '/health', { headers: { 'x-request-id': 'x'.repeat(200) } });
    assert.match(replaced.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
  });
});

describe('the request log', () => {
  test('one entry per request: method, route pattern, path, status, ms and request id; none unless asked for', async () => {
    const connection = await openPglite();
    try {
      await applyMigrations(connection, await readMigrations());
      const lines: RequestLogEntry[] = [];
      const app = createApp({ db: connection.db, requestLog: (entry) => lines.push(entry), log: () => {} });
      const answer = await app.request('/v1/products/ABC-1', { headers: { 'x-request-id': 'trace-1' } });
      await app.request('/health');
      assert.equal(lines.length, 2);
      assert.deepEqual({ ...lines[0], time: undefined, ms: undefined }, { time: undefined, ms: undefined, requestId: 'trace-1', method: 'GET', route: '/v1/products/:sku', path: '/v1/products/ABC-1', status: answer.status });
      assert.equal(typeof lines[0]!.ms, 'number');
      assert.ok(!Number.isNaN(Date.parse(lines[0]!.time)));
      assert.equal(lines[1]!.route, '/health');
      assert.doesNotThrow(() => JSON.parse(JSON.stringify(lines[0])));
    } finally {
      await connection.close();
    }
  });
});

describe('/metrics', () => {
  const scrape = (token?: string) => server.call('GET', '/metrics', token ? { token } : {});

  test('only for the metrics token: 401 without or with another; 404 when no token is configured', async () => {
    assertProblem(await scrape(), 401);
    assertProblem(await scrape('not-it'), 401);
    const user = await createEnterprise(server);
    assertProblem(await scrape(user.token), 401);
    const plain = await startTestServer();
    try {
      assertProblem(await plain.call('GET', '/metrics', { token: METRICS_TOKEN }), 404);
    } finally {
      await plain.close();
    }
  });

  test('request counts and latency histograms by route pattern and status, and the outbox backlog per topic', async () => {
    await server.call('GET', '/v1/products/NOPE');
    await server.call('POST', '/v1/auth/login', { body: {} });
    // An item queued and not delivered: tests run no outbox worker, and nothing here mails (which would kick one).
    await server.app.services.outbox.deliverDue();
    await server.app.services.outbox.enqueue(server.connection.db, 'metrics-probe', {});
    server.clock.advance(5);
    const answer = await scrape(METRICS_TOKEN);
    assert.equal(answer.status, 200);
    assert.match(answer.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    const text = answer.body as string;
    assert.match(text, /^# TYPE wharf_http_requests_total counter$/m);
    assert.match(text, /^wharf_http_requests_total\{method="GET",route="\/v1\/products\/:sku",status="401"\} [1-9]\d*$/m);
    assert.match(text, /^wharf_http_request_duration_seconds_bucket\{method="GET",route="\/v1\/products\/:sku",status="401",le="\+Inf"\} [1-9]\d*$/m);
    assert.match(text, /^wharf_http_request_duration_seconds_count\{method="POST",route="\/v1\/auth\/login",status="422"\} [1-9]\d*$/m);
    assert.match(text, /^wharf_http_requests_total\{method="GET",route="unmatched",status="404"\} \d+$/m);
    assert.match(text, /^wharf_outbox_due\{topic="metrics-probe"\} 1$/m);
    assert.match(text, /^wharf_outbox_lag_seconds\{topic="metrics-probe"\} ([5-9]|\d\d)(\.\d+)?$/m);
    assert.match(text, /^wharf_process_resident_memory_bytes \d+$/m);
    // Paths never become labels: a SKU is no series of its own.
    assert.doesNotMatch(text, /NOPE/);
  });
});
