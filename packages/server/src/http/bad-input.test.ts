// Input that once reached the database and came back as 500: each is refused with a 4xx naming the parameter.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertProblem, createProduct, createTicket, operatorToken, startTestServer, ticketEnterprise, type TestServer } from '@wharf/server/testing';

let server: TestServer;
let token: string;
let agent: string;
let enterpriseId: string;

before(async () => {
  server = await startTestServer();
  const admin = await ticketEnterprise(server);
  token = admin.token;
  enterpriseId = admin.enterprise.id;
  agent = await operatorToken(server, ['customs', 'support']);
  for (let i = 0; i < 2; i++) {
    await createTicket(server, token);
    await createProduct(server, token);
  }
});
after(() => server.close());

async function nextCursor(path: string, asAgent = false) {
  const page = await server.call('GET', `${path}${path.includes('?') ? '&' : '?'}limit=1`, { token: asAgent ? agent : token });
  assert.equal(page.status, 200, JSON.stringify(page.body));
  assert.equal(typeof page.body.nextCursor, 'string', `${path} has a second page`);
  return page.body.nextCursor as string;
}

describe('cursors belong to the list that wrote them', () => {
  test('a tickets cursor passed to products, imports, the ledger or the filing desk is refused naming `cursor`', async () => {
    const tickets = await nextCursor('/v1/tickets');
    for (const path of ['/v1/products', '/v1/imports', `/v1/enterprises/${enterpriseId}/ledger`, `/v1/enterprises/${enterpriseId}/log`]) {
      assertProblem(await server.call('GET', `${path}?cursor=${tickets}`, { token }), 422, [{ path: 'cursor', code: 'invalid_format' }]);
    }
    assertProblem(await server.call('GET', `/v1/operator/products?cursor=${tickets}`, { token: agent }), 422, [{ path: 'cursor', code: 'invalid_format' }]);
  });

  test('a products cursor passed to tickets is refused; each list takes its own', async () => {
    const products = await nextCursor('/v1/products');
    assertProblem(await server.call('GET', `/v1/tickets?cursor=${products}`, { token }), 422, [{ path: 'cursor', code: 'invalid_format' }]);
    assertProblem(await server.call('GET', `/v1/operator/tickets?cursor=${products}`, { token: agent }), 422, [{ path: 'cursor', code: 'invalid_format' }]);
    const second = await server.call('GET', `/v1/products?limit=1&cursor=${products}`, { token });
    assert.equal(second.status, 200, JSON.stringify(second.body));
    assert.equal(second.body.data.length, 1);
    const tickets = await server.call('GET', `/v1/tickets?limit=1&cursor=${await nextCursor('/v1/tickets')}`, { token });
    assert.equal(tickets.status, 200, JSON.stringify(tickets.body));
  });

  test('malformed cursors — not base64, not JSON, parts of the wrong kind or out of range — are refused naming `cursor`', async () => {
    const forged = (parts: unknown[]) => btoa(JSON.stringify(parts)).replace(/=+$/, '');
    for (const cursor of ['%%%', 'bm90IGpzb24', btoa('k:[1,"OD000000002"]'), forged(['products', 1, 'OD000000002']), forged(['products', 1e300, '00000000-0000-0000-0000-000000000000']), forged(['tickets', 1, 2]), forged(['products'])]) {
      assertProblem(await server.call('GET', `/v1/products?cursor=${encodeURIComponent(cursor)}`, { token }), 422, [{ path: 'cursor', code: 'invalid_format' }]);
    }
  });
});

describe('text that cannot be searched for', () => {
  test('a SKU prefix with U+FFFF, a NUL or another control character is refused naming `sku`', async () => {
    for (const sku of ['AB\uffff', '\uffff', 'A\u0000', 'A\u0007B', 'A\ufdd0']) {
      assertProblem(await server.call('GET', `/v1/products?sku=${encodeURIComponent(sku)}`, { token }), 422, [{ path: 'sku', code: 'invalid_format' }]);
    }
  });

  test('a SKU prefix ending in the highest characters still finds nothing rather than failing', async () => {
    for (const sku of ['A\ud7ff', 'A\ufffd', 'A\udbff\udffd']) {
      const found = await server.call('GET', `/v1/products?sku=${encodeURIComponent(sku)}`, { token });
      assert.equal(found.status, 200, JSON.stringify(found.body));
      assert.deepEqual(found.body.data, []);
    }
  });

  test('a `%` in a SKU path is a product not found, not a failure', async () => {
    for (const path of ['/v1/products/%', '/v1/products/100%', '/v1/products/%25', '/v1/products/%2525', '/v1/products/%E0%A4%A', '/v1/products/%/log']) {
      const response = await server.call('GET', path, { token });
      assertProblem(response, 404);
    }
    assertProblem(await server.call('GET', '/v1/operator/products/x/%', { token: agent }), 404);
  });
});

describe('dates outside the calendar people use', () => {
  test('createdFrom / createdTo of year 0 or past 2999 are refused naming the parameter', async () => {
    for (const [name, value] of [['createdFrom', '0000-01-01'], ['createdFrom', '0000-01-01T00:00:00Z'], ['createdTo', '9999-12-31'], ['createdFrom', '1899-12-31']]) {
      const response = await server.call('GET', `/v1/products?${name}=${value}`, { token });
      assertProblem(response, 422, [{ path: name!, code: 'date_out_of_range' }]);
      assert.match(response.body.errors[0].message, /1900-01-01.*2999-12-31/);
    }
    const zh = await server.call('GET', '/v1/products?createdFrom=0000-01-01', { token, headers: { 'accept-language': 'zh-CN' } });
    assert.match(zh.body.errors[0].message, /1900-01-01 至 2999-12-31/);
    const fine = await server.call('GET', '/v1/products?createdFrom=1900-01-01&createdTo=2999-12-31', { token });
    assert.equal(fine.status, 200, JSON.stringify(fine.body));
  });

  test('an operator setting a service expiry in year 0 is refused naming it', async () => {
    const response = await server.call('PATCH', `/v1/operator/enterprises/${enterpriseId}`, {
      token: await operatorToken(server, ['admin']),
      body: { serviceExpiresAt: '0000-01-01T00:00:00Z' },
    });
    assertProblem(response, 422);
    assert.deepEqual(response.body.errors.map((error: { path: string; code: string }) => [error.path, error.code]).filter(([path]: string[]) => path === 'serviceExpiresAt'), [['serviceExpiresAt', 'date_out_of_range']]);
  });
});

describe('a body that is not JSON', () => {
  test('names the body', async () => {
    const response = await server.call('POST', '/v1/tickets', { token, raw: '{"subject":', headers: { 'content-type': 'application/json' } });
    assertProblem(response, 400, [{ path: 'body', code: 'invalid_format' }]);
    assert.match(response.body.detail, /JSON/);
  });
});
