import assert from 'node:assert/strict';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { operatorToken } from '../../testing/enterprises.ts';
import { uniqueEmail } from '../../testing/fixtures/unique.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';
import { createTicket, ticketEnterprise, type TicketEnterprise } from '../../testing/tickets.ts';

/** A receiver on this machine that accepts connections and never answers. */
async function startHangingEndpoint() {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    connections: () => sockets.size,
    close: () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      return closed;
    },
  };
}

/** A receiver that answers 204 at once and says when it was hit. */
async function startQuickEndpoint() {
  const hits: number[] = [];
  const server = createHttpServer((request, response) => {
    request.resume();
    request.on('end', () => {
      hits.push(Date.now());
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    hits,
    close: () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      return closed;
    },
  };
}

async function waitFor<T>(what: string, read: () => Promise<T | undefined> | T | undefined, withinMs: number): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// ISSUE: one tenant's failing webhooks must not delay anyone's mail, nor another endpoint's webhooks.
describe('outbox lanes', () => {
  let server: TestServer;
  let agent: string;
  const hanging: Awaited<ReturnType<typeof startHangingEndpoint>>[] = [];
  let quick: Awaited<ReturnType<typeof startQuickEndpoint>>;
  // Set up before anything hangs (setting up reads mailed codes, which delivers everything due and waits for it).
  let customers: TicketEnterprise[];
  before(async () => {
    server = await startTestServer({ config: { webhooksAllowPrivate: true } });
    agent = await operatorToken(server, ['support']);
    customers = [await ticketEnterprise(server, agent), await ticketEnterprise(server, agent)];
    for (let i = 0; i < 3; i++) hanging.push(await startHangingEndpoint());
    quick = await startQuickEndpoint();
  });
  after(async () => {
    // Hung deliveries end when their connections do; then the server stops without waiting out their timeouts.
    for (const endpoint of hanging) await endpoint.close();
    await quick.close();
    await server.close();
  });

  test('three endpoints that accept and never answer: a registration code still arrives within a second', async () => {
    const customer = customers[0]!;
    for (const endpoint of hanging) {
      const added = await server.call('POST', `/v1/enterprises/${customer.enterprise.id}/webhooks`, { token: customer.token, body: { url: endpoint.url } });
      assert.equal(added.status, 201, JSON.stringify(added.body));
    }
    // Each ticket queues a webhook to every endpoint; their deliveries start at once and hang.
    for (let i = 0; i < 3; i++) await createTicket(server, customer.token);
    await waitFor('a hanging delivery', () => (hanging.some((endpoint) => endpoint.connections() > 0) ? true : undefined), 2000);

    const email = uniqueEmail('lane');
    const asked = Date.now();
    const sent = await server.call('POST', '/v1/auth/email-codes', { body: { email, purpose: 'register' } });
    assert.equal(sent.status, 202, JSON.stringify(sent.body));
    const code = await waitFor(
      'the registration code',
      async () => (await server.call('GET', `/v1/dev/mailbox?to=${encodeURIComponent(email)}`)).body?.data?.[0]?.code as string | undefined,
      1000,
    );
    assert.match(code, /^\d{6}$/);
    assert.ok(Date.now() - asked < 1000, `the code arrived ${Date.now() - asked} ms after it was asked for`);
  });

  test('an endpoint that hangs does not hold up another endpoint’s webhooks', async () => {
    const customer = customers[1]!;
    for (const url of [hanging[0]!.url, quick.url]) {
      const added = await server.call('POST', `/v1/enterprises/${customer.enterprise.id}/webhooks`, { token: customer.token, body: { url } });
      assert.equal(added.status, 201, JSON.stringify(added.body));
    }
    const before = quick.hits.length;
    const started = Date.now();
    for (let i = 0; i < 3; i++) await createTicket(server, customer.token);
    await waitFor('three deliveries to the quick endpoint', () => (quick.hits.length - before >= 3 ? true : undefined), 1500);
    assert.ok(Date.now() - started < 3000, `delivered ${Date.now() - started} ms after the first ticket`);
  });
});
