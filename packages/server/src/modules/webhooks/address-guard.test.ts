import assert from 'node:assert/strict';
import { createServer as createTcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { assertProblem } from '../../testing/accounts.ts';
import { operatorToken } from '../../testing/enterprises.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';
import { createTicket, ticketEnterprise } from '../../testing/tickets.ts';

/** Every way of writing an address on this machine or a private network that an endpoint was tried with. */
const REFUSED = [
  'https://169.254.169.254/latest/meta-data/',
  'http://127.0.0.1:8080/hooks',
  'http://localhost:8080/hooks',
  'https://api.localhost/hooks',
  'https://0x7f.1/hooks',
  'https://2130706433/hooks',
  'https://017700000001/hooks',
  'https://127.1/hooks',
  'https://[::1]/hooks',
  'https://[::ffff:127.0.0.1]/hooks',
  'https://[::ffff:a9fe:a9fe]/hooks',
  'https://10.0.0.5/hooks',
  'https://172.16.3.4/hooks',
  'https://192.168.1.20/hooks',
  'https://100.64.0.1/hooks',
  'https://[fe80::1]/hooks',
  'https://[fd00::5]/hooks',
  'https://224.0.0.251/hooks',
  'https://[ff02::1]/hooks',
  'https://0.0.0.0/hooks',
  'https://[::]/hooks',
];

/** A TCP listener on 127.0.0.1 that only counts who connects (nothing should). */
async function startListener() {
  const sockets: Socket[] = [];
  let connections = 0;
  const server = createTcpServer((socket) => {
    connections++;
    sockets.push(socket);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    connections: () => connections,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// ISSUE: webhooks must not reach this machine or its network: refused when added, and at send time after DNS.
describe('webhook address guard', () => {
  let server: TestServer;
  let agent: string;
  let listener: Awaited<ReturnType<typeof startListener>>;
  const resolved: string[] = [];
  before(async () => {
    listener = await startListener();
    server = await startTestServer({
      // A public-looking name that resolves to this machine (as DNS rebinding would make it); no other name resolves.
      resolveHost: async (hostname) => {
        resolved.push(hostname);
        if (hostname === 'hooks.example.com') return [{ address: '127.0.0.1', family: 4 }];
        if (hostname === 'hooks6.example.com') return [{ address: '::ffff:127.0.0.1', family: 6 }];
        throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
      },
    });
    agent = await operatorToken(server, ['support']);
  });
  after(async () => {
    await server.close();
    await listener.close();
  });

  const addEndpoint = (admin: { token: string; enterprise: { id: string } }, url: string) =>
    server.call('POST', `/v1/enterprises/${admin.enterprise.id}/webhooks`, { token: admin.token, body: { url } });

  test('loopback, private, link-local, shared, multicast and unspecified addresses, however written, are refused when added', async () => {
    const customer = await ticketEnterprise(server, agent);
    for (const url of REFUSED) assertProblem(await addEndpoint(customer, url), 422, [{ path: 'url', code: 'webhook_address' }]);
    const refused = await addEndpoint(customer, REFUSED[0]!);
    assert.match(refused.body.errors[0].message, /private network or this machine/);
    const zh = await server.call('POST', `/v1/enterprises/${customer.enterprise.id}/webhooks`, {
      token: customer.token,
      body: { url: REFUSED[0] },
      headers: { 'accept-language': 'zh-CN' },
    });
    assert.match(zh.body.errors[0].message, /内网或本机/);
    const listed = await server.call('GET', `/v1/enterprises/${customer.enterprise.id}/webhooks`, { token: customer.token });
    assert.deepEqual(listed.body.data, [], 'none of them was added');
    assert.equal((await addEndpoint(customer, 'https://erp.example.com/wharf-hooks')).status, 201, 'a public name is fine');
  });

  test('a name that resolves to this machine at send time: nothing is sent, and the log says why', async () => {
    const customer = await ticketEnterprise(server, agent);
    const endpoints = [];
    for (const host of ['hooks.example.com', 'hooks6.example.com']) {
      const created = await addEndpoint(customer, `https://${host}:${listener.port}/wharf-hooks`);
      assert.equal(created.status, 201, JSON.stringify(created.body));
      endpoints.push({ host, id: created.body.id as string });
    }
    await createTicket(server, customer.token);
    await server.app.services.outbox.deliverDue();

    assert.equal(listener.connections(), 0, 'no connection was made to the address the name resolved to');
    assert.ok(resolved.includes('hooks.example.com'), 'the name was resolved at send time');
    for (const { host, id } of endpoints) {
      const log = await server.call('GET', `/v1/enterprises/${customer.enterprise.id}/webhooks/${id}/deliveries`, { token: customer.token });
      assert.equal(log.body.data.length, 1, host);
      const [attempt] = log.body.data;
      assert.equal(attempt.status, 'failed');
      assert.equal(attempt.responseStatus, null);
      assert.match(attempt.error, new RegExp(`^AddressRefused: ${host.replaceAll('.', '\\.')} resolves to [:f.\\d]*127\\.0\\.0\\.1, an? (loopback|ipv4-mapped) address`));
    }
  });
});
