import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { API_MODULES, createApp, type ApiModule, type WharfApp } from './app.ts';
import { moduleApp } from './http/routes.ts';
import { ENTERPRISE_ROUTES, enterprisesModule } from './modules/enterprises/index.ts';
import { createEnterprise, type EnterpriseAdmin } from './testing/enterprises.ts';
import { startTestServer, uniqueClient, type TestServer } from './testing/harness.ts';

// No mount order to remember: a path parameter beside a fixed segment is constrained, so the app answers the same
// with its modules (and the enterprise module's parts) mounted the other way round.
describe('mount order', () => {
  let server: TestServer;
  let reversed: WharfApp;
  let admin: EnterpriseAdmin;
  const reversedEnterprises: ApiModule = (routes) => moduleApp(routes, ...[...ENTERPRISE_ROUTES].reverse());

  before(async () => {
    server = await startTestServer();
    admin = await createEnterprise(server);
    const modules = [...API_MODULES].reverse().map((module) => (module === enterprisesModule ? reversedEnterprises : module));
    reversed = createApp({ db: server.connection.db, log: () => {} }, modules);
  });
  after(async () => {
    await reversed.services.outbox.stop();
    await reversed.services.events.stop();
    await reversed.services.sessionCache.stop();
    await server.close();
  });

  const call = async (method: string, path: string, body?: unknown) => {
    const response = await reversed.request(path, {
      method,
      headers: {
        authorization: `Bearer ${admin.token}`,
        'x-forwarded-for': uniqueClient(),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: response.headers.get('content-type')?.includes('json') ? await response.json() : undefined };
  };

  for (const path of ['/v1/products/options', '/v1/tickets/options', '/v1/tickets/summary']) {
    test(`GET ${path} is its own route, not a parameter`, async () => {
      const answer = await call('GET', path);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
    });
  }

  for (const path of ['/v1/products/template.xlsx', '/v1/imports/template.xlsx?kind=products']) {
    test(`GET ${path} is the template`, async () => {
      const answer = await call('GET', path);
      assert.equal(answer.status, 200);
      assert.match(answer.type, /spreadsheetml/);
    });
  }

  test('POST /v1/enterprises/join asks to join', async () => {
    const answer = await call('POST', '/v1/enterprises/join', { accountNumber: 'WH99999999' });
    assert.equal(answer.status, 422, JSON.stringify(answer.body));
    assert.equal(answer.body.errors[0].code, 'account_number_unknown');
  });

  test('POST /v1/enterprises/join/verify checks the code', async () => {
    const answer = await call('POST', '/v1/enterprises/join/verify', { accountNumber: 'WH99999999', code: '000000' });
    assert.equal(answer.status, 422, JSON.stringify(answer.body));
  });

  test('an enterprise, a ticket and a product in the path still reach their routes', async () => {
    assert.equal((await call('GET', `/v1/enterprises/${admin.enterprise.id}`)).status, 200);
    assert.equal((await call('GET', '/v1/enterprises/current')).status, 200);
    assert.equal((await call('GET', '/v1/tickets/OD999999999')).status, 404);
    assert.equal((await call('GET', '/v1/products/NO-SUCH-SKU')).status, 404);
  });
});
