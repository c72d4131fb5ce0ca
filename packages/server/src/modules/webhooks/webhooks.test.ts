import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { WHARF_EVENT_TYPES } from '@wharf/domain/tickets';
import { Webhook } from 'standardwebhooks';
import { assertProblem } from '../../testing/accounts.ts';
import { operatorToken } from '../../testing/enterprises.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';
import { createTicket, ticketEnterprise } from '../../testing/tickets.ts';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver on this machine: records every request and answers with the next of `statuses` (then 204). */
async function startReceiver() {
  const received: Received[] = [];
  const statuses: number[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(statuses.shift() ?? 204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/wharf-hooks`,
    received,
    /** The next answers, in order (for example `[503, 503]` to fail twice). */
    failWith: (...codes: number[]) => statuses.push(...codes),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const headersOf = (hit: Received) => ({
  'webhook-id': String(hit.headers['webhook-id']),
  'webhook-timestamp': String(hit.headers['webhook-timestamp']),
  'webhook-signature': String(hit.headers['webhook-signature']),
});

// PRODUCT §2.5: signed webhooks per enterprise, retried with backoff, never lost, and a log the admin reads.
describe('webhooks', () => {
  let server: TestServer;
  let agent: string;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  before(async () => {
    // The receiver is on this machine, which only a development setting lets webhooks reach.
    server = await startTestServer({ config: { webhooksAllowPrivate: true } });
    agent = await operatorToken(server, ['support']);
    receiver = await startReceiver();
  });
  after(async () => {
    await receiver.close();
    await server.close();
  });

  const addEndpoint = async (token: string, enterpriseId: string, body: Record<string, unknown>) =>
    server.call('POST', `/v1/enterprises/${enterpriseId}/webhooks`, { token, body });

  test('an admin adds an endpoint; its secret is shown once; the address must be https', async () => {
    const customer = await ticketEnterprise(server, agent);
    const created = await addEndpoint(customer.token, customer.enterprise.id, { url: receiver.url, description: 'ERP inbox' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.match(created.body.secret, /^whsec_[A-Za-z0-9+/]+=*$/);
    assert.deepEqual(created.body.events, [...WHARF_EVENT_TYPES], 'every event, tickets and orders, by default');

    const listed = await server.call('GET', `/v1/enterprises/${customer.enterprise.id}/webhooks`, { token: customer.token });
    assert.deepEqual(listed.body.data.map((w: { id: string }) => w.id), [created.body.id]);
    assert.equal(JSON.stringify(listed.body).includes(created.body.secret), false, 'the secret is never readable again');

    for (const url of ['http://erp.example.com/hooks', 'ftp://erp.example.com/', 'https://user:pw@erp.example.com/', 'not a url']) {
      assertProblem(await addEndpoint(customer.token, customer.enterprise.id, { url }), 422, [{ path: 'url', code: 'webhook_url' }]);
    }
    assertProblem(await addEndpoint(customer.token, customer.enterprise.id, { url: receiver.url, events: ['ticket.exploded'] }), 422);

    const removed = await server.call('DELETE', `/v1/enterprises/${customer.enterprise.id}/webhooks/${created.body.id}`, { token: customer.token });
    assert.equal(removed.status, 204);
    const after = await server.call('GET', `/v1/enterprises/${customer.enterprise.id}/webhooks`, { token: customer.token });
    assert.deepEqual(after.body.data, []);
  });

  test('a ticket step reaches the endpoint signed as Standard Webhooks; a receiver verifies it with the secret', async () => {
    const customer = await ticketEnterprise(server, agent);
    const { body: endpoint } = await addEndpoint(customer.token, customer.enterprise.id, { url: receiver.url });
    const before = receiver.received.length;
    const { number } = await createTicket(server, customer.token);
    await server.app.services.outbox.deliverDue();

    const hits = receiver.received.slice(before);
    assert.equal(hits.length, 1);
    const hit = hits[0]!;
    assert.equal(hit.headers['content-type'], 'application/json');
    const verified = new Webhook(endpoint.secret).verify(hit.body, headersOf(hit)) as { type: string; enterpriseId: string; data: { number: string } };
    assert.equal(verified.type, 'ticket.created');
    assert.equal(verified.enterpriseId, customer.enterprise.id);
    assert.equal(verified.data.number, number);

    // A tampered body, or another endpoint's secret, does not verify.
    assert.throws(() => new Webhook(endpoint.secret).verify(hit.body.replace(number, 'OD000000000'), headersOf(hit)));
    const { body: other } = await addEndpoint(customer.token, customer.enterprise.id, { url: receiver.url });
    assert.throws(() => new Webhook(other.secret).verify(hit.body, headersOf(hit)));
  });

  test('a failing endpoint is retried with backoff, across a restart, with the same webhook-id; the admin reads every attempt', async () => {
    const customer = await ticketEnterprise(server, agent);
    const { body: endpoint } = await addEndpoint(customer.token, customer.enterprise.id, { url: receiver.url, events: ['ticket.accepted'] });
    const { number } = await createTicket(server, customer.token);
    receiver.failWith(503, 500);
    const before = receiver.received.length;
    await server.call('POST', `/v1/operator/tickets/${number}/accept`, { token: agent, body: { note: 'On it', expectedBy: '2099-01-01' } });
    await server.app.services.outbox.deliverDue();
    assert.equal(receiver.received.length - before, 1, 'only ticket.accepted is wanted, and it was tried once');

    // The process stops here; a new one on the same database finds the delivery and keeps trying.
    await server.restart();
    assert.equal(await server.app.services.outbox.deliverDue(), 0, 'not due before its backoff');
    server.clock.advance(3);
    await server.app.services.outbox.deliverDue();
    server.clock.advance(5);
    await server.app.services.outbox.deliverDue();
    server.clock.advance(3600);
    await server.app.services.outbox.deliverDue();

    const hits = receiver.received.slice(before);
    assert.equal(hits.length, 3, 'two failures, then delivered, then nothing more');
    assert.equal(new Set(hits.map((hit) => hit.headers['webhook-id'])).size, 1);
    const signer = new Webhook(endpoint.secret);
    for (const hit of hits) {
      const { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signature } = headersOf(hit);
      assert.equal(signature, signer.sign(id, new Date(Number(timestamp) * 1000), hit.body), 'every attempt signed afresh');
    }

    const log = await server.call('GET', `/v1/enterprises/${customer.enterprise.id}/webhooks/${endpoint.id}/deliveries`, { token: customer.token });
    assert.deepEqual(
      log.body.data.map((d: { attempt: number; status: string; responseStatus: number }) => [d.attempt, d.status, d.responseStatus]),
      [
        [3, 'delivered', 204],
        [2, 'failed', 500],
        [1, 'failed', 503],
      ],
    );
    const [delivered, second, first] = log.body.data;
    assert.equal(delivered.nextAttemptAt, null);
    assert.equal(first.error, 'HTTP 503');
    assert.equal(Date.parse(first.nextAttemptAt) - Date.parse(first.at), 2000 + first.durationMs, 'the first retry 2 s later');
    assert.ok(Date.parse(second.nextAttemptAt) - Date.parse(second.at) >= 4000, 'then 4 s');
  });

  test('an endpoint that cannot be reached is logged with the error, not lost', async () => {
    const customer = await ticketEnterprise(server, agent);
    const { body: endpoint } = await addEndpoint(customer.token, customer.enterprise.id, { url: 'http://127.0.0.1:9/closed' });
    await createTicket(server, customer.token);
    await server.app.services.outbox.deliverDue();
    const log = await server.call('GET', `/v1/enterprises/${customer.enterprise.id}/webhooks/${endpoint.id}/deliveries`, { token: customer.token });
    assert.equal(log.body.data.length, 1);
    assert.equal(log.body.data[0].status, 'failed');
    assert.equal(log.body.data[0].responseStatus, null);
    assert.match(log.body.data[0].error, /\w+/);
    assert.ok(log.body.data[0].nextAttemptAt);
  });

  test('only an enterprise’s admin manages its endpoints; another enterprise’s do not exist', async () => {
    const mine = await ticketEnterprise(server, agent);
    const theirs = await ticketEnterprise(server, agent);
    const { body: endpoint } = await addEndpoint(theirs.token, theirs.enterprise.id, { url: receiver.url });
    assertProblem(await server.call('GET', `/v1/enterprises/${theirs.enterprise.id}/webhooks`, { token: mine.token }), 404);
    assertProblem(await server.call('GET', `/v1/enterprises/${mine.enterprise.id}/webhooks/${endpoint.id}/deliveries`, { token: mine.token }), 404);
    assertProblem(await server.call('DELETE', `/v1/enterprises/${mine.enterprise.id}/webhooks/${endpoint.id}`, { token: mine.token }), 404);
    assertProblem(await server.call('GET', `/v1/enterprises/${mine.enterprise.id}/webhooks`), 401);
  });
});
