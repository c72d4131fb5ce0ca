import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertProblem, registerUser } from '../../testing/accounts.ts';
import { createEnterprise, operatorToken } from '../../testing/enterprises.ts';
import { useTestServer } from '../../testing/suite.ts';
import { enterpriseBody } from '../../testing/fixtures/index.ts';

// PRODUCT §1.4 (new enterprise) and §1.9 (settings: basic info read-only, contact editable, every change logged).
describe('enterprise profile', () => {
  const server = useTestServer();

  test('creating one gives an account number and makes the creator its admin', async () => {
    const user = await registerUser(server);
    const body = enterpriseBody();
    const created = await server.call('POST', '/v1/enterprises', { token: user.token, body });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.match(created.body.accountNumber, /^WH\d{8}$/);
    assert.equal(created.body.role, 'admin');
    assert.equal(created.body.tradingCurrency, 'HKD');
    assert.equal(created.body.currencyLocked, false);
    assert.equal(created.body.billingEmail, body.contact.email);
    assert.equal(created.body.securityPinSet, false);
    const me = await server.call('GET', '/v1/me', { token: user.token });
    assert.deepEqual(me.body.memberships, [
      { enterpriseId: created.body.id, role: 'admin', enterpriseName: body.name, accountNumber: created.body.accountNumber },
    ]);
    const second = await createEnterprise(server);
    assert.notEqual(second.enterprise.accountNumber, created.body.accountNumber);
  });

  test('every missing or invalid field is named', async () => {
    const user = await registerUser(server);
    const missing = await server.call('POST', '/v1/enterprises', { token: user.token, body: {} });
    assertProblem(missing, 422, [
      { path: 'name', code: 'required' },
      { path: 'registrationNumber', code: 'required' },
      { path: 'tradingCurrency', code: 'required' },
      { path: 'contact', code: 'required' },
    ]);
    const bad = await server.call('POST', '/v1/enterprises', {
      token: user.token,
      body: enterpriseBody({ tradingCurrency: 'XXX', contact: { name: ' ', phone: 'call me', email: 'no-at-sign', address: 'x' } }),
    });
    assertProblem(bad, 422, [
      { path: 'tradingCurrency', code: 'invalid_choice' },
      { path: 'contact.name', code: 'required' },
      { path: 'contact.phone', code: 'phone_format' },
      { path: 'contact.email', code: 'invalid_email' },
    ]);
    assertProblem(await server.call('POST', '/v1/enterprises', { body: enterpriseBody() }), 401);
  });

  test('a registration number already on Wharf → 409 pointing to joining', async () => {
    const first = await createEnterprise(server);
    const { registrationNumber } = (await server.call('GET', '/v1/enterprises/current', { token: first.token })).body;
    const user = await registerUser(server);
    const again = await server.call('POST', '/v1/enterprises', { token: user.token, body: enterpriseBody({ registrationNumber }) });
    assertProblem(again, 409, [{ path: 'registrationNumber', code: 'registration_number_taken' }]);
  });

  test('GET by id or `current`, with the version as ETag', async () => {
    const admin = await createEnterprise(server);
    const byId = await server.call('GET', `/v1/enterprises/${admin.enterprise.id}`, { token: admin.token });
    const current = await server.call('GET', '/v1/enterprises/current', { token: admin.token });
    assert.equal(byId.status, 200);
    assert.deepEqual(byId.body, current.body);
    assert.equal(byId.headers.get('etag'), '"1"');
    const stranger = await registerUser(server);
    assertProblem(await server.call('GET', '/v1/enterprises/current', { token: stranger.token }), 403);
    assertProblem(await server.call('GET', `/v1/enterprises/${admin.enterprise.id}`, { token: stranger.token }), 404);
    assertProblem(await server.call('GET', '/v1/enterprises/not-a-uuid', { token: admin.token }), 404);
  });

  test('contact information changes and the log says who changed what, from what, when', async () => {
    const admin = await createEnterprise(server);
    server.clock.advance(5);
    const changed = await server.call('PATCH', '/v1/enterprises/current', {
      token: admin.token,
      body: { contact: { phone: '+852 2111 2222', address: '9 Container Port Road' } },
    });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.equal(changed.body.contact.phone, '+852 2111 2222');
    assert.equal(changed.body.contact.name, 'Chan Tai Man', 'fields not sent stay');
    assert.equal(changed.body.version, 2);
    const log = await server.call('GET', '/v1/enterprises/current/log', { token: admin.token });
    assert.equal(log.status, 200);
    const [latest, created] = log.body.data;
    assert.equal(latest.action, 'updated');
    assert.deepEqual(latest.actor, { kind: 'user', id: admin.user.id, email: admin.email });
    assert.deepEqual(latest.data, {
      'contact.phone': { from: '+852 2730 0273', to: '+852 2111 2222' },
      'contact.address': { from: '1 Harbour Road, Hong Kong', to: '9 Container Port Road' },
    });
    assert.ok(Date.parse(latest.at) > Date.parse(created.at));
    assert.equal(created.action, 'created');
    // Sending the same values again changes nothing and logs nothing.
    const same = await server.call('PATCH', '/v1/enterprises/current', { token: admin.token, body: { contact: { phone: '+852 2111 2222' } } });
    assert.equal(same.body.version, 2);
    assert.equal((await server.call('GET', '/v1/enterprises/current/log', { token: admin.token })).body.data.length, 2);
  });

  test('basic information is read-only: 422 naming each field', async () => {
    const admin = await createEnterprise(server);
    const refused = await server.call('PATCH', '/v1/enterprises/current', {
      token: admin.token,
      body: { name: 'New name', registrationNumber: 'X', accountNumber: 'WH99999999', billingEmail: 'a@b.co', contact: { phone: '+852 2111 2222' } },
    });
    assertProblem(refused, 422, [
      { path: 'name', code: 'read_only' },
      { path: 'registrationNumber', code: 'read_only' },
      { path: 'accountNumber', code: 'read_only' },
      { path: 'billingEmail', code: 'read_only' },
    ]);
    const after = await server.call('GET', '/v1/enterprises/current', { token: admin.token });
    assert.equal(after.body.contact.phone, '+852 2730 0273', 'nothing of a refused change is kept');
  });

  test('If-Match with a stale version → 409; the current one passes', async () => {
    const admin = await createEnterprise(server);
    const ok = await server.call('PATCH', '/v1/enterprises/current', { token: admin.token, headers: { 'if-match': '"1"' }, body: { contact: { name: 'Li Lei' } } });
    assert.equal(ok.status, 200);
    const stale = await server.call('PATCH', '/v1/enterprises/current', { token: admin.token, headers: { 'if-match': '"1"' }, body: { contact: { name: 'Wong' } } });
    assertProblem(stale, 409, [{ path: 'version', code: 'version_stale' }]);
    assert.equal(stale.body.version, 2);
  });

  test('allowed origins are normalised; a bad one is named by its index', async () => {
    const admin = await createEnterprise(server);
    const ok = await server.call('PATCH', '/v1/enterprises/current', {
      token: admin.token,
      body: { allowedOrigins: ['https://ERP.example.com/', 'http://localhost:8788', 'https://erp.example.com'] },
    });
    assert.deepEqual(ok.body.allowedOrigins, ['https://erp.example.com', 'http://localhost:8788']);
    const bad = await server.call('PATCH', '/v1/enterprises/current', {
      token: admin.token,
      body: { allowedOrigins: ['https://erp.example.com', 'https://erp.example.com/portal', 'ftp://x.example'] },
    });
    assertProblem(bad, 422, [
      { path: 'allowedOrigins.1', code: 'origin_format' },
      { path: 'allowedOrigins.2', code: 'origin_format' },
    ]);
  });

  test('the trading currency can change until the first fee, then → 409', async () => {
    const admin = await createEnterprise(server);
    const changed = await server.call('PATCH', '/v1/enterprises/current', { token: admin.token, body: { tradingCurrency: 'CNY' } });
    assert.equal(changed.body.tradingCurrency, 'CNY');
    const fee = await server.call('POST', `/v1/operator/enterprises/${admin.enterprise.id}/ledger`, {
      token: await operatorToken(server),
      body: { kind: 'fee', amount: '10.00', note: 'Storage, November' },
    });
    assert.equal(fee.status, 201, JSON.stringify(fee.body));
    const locked = await server.call('PATCH', '/v1/enterprises/current', { token: admin.token, body: { tradingCurrency: 'USD' } });
    assertProblem(locked, 409, [{ path: 'tradingCurrency', code: 'currency_locked' }]);
    const view = await server.call('GET', '/v1/enterprises/current', { token: admin.token });
    assert.equal(view.body.currencyLocked, true);
    assert.equal(view.body.tradingCurrency, 'CNY');
    // The same currency again is not a change.
    assert.equal((await server.call('PATCH', '/v1/enterprises/current', { token: admin.token, body: { tradingCurrency: 'CNY' } })).status, 200);
  });

  test('messages follow the caller’s language', async () => {
    const admin = await createEnterprise(server);
    const zh = await server.call('PATCH', '/v1/enterprises/current', { token: admin.token, headers: { 'accept-language': 'zh-HK' }, body: { name: 'x' } });
    assert.equal(zh.body.errors[0].message, '基本資料註冊後不能修改。如需更正，請聯絡服務商。');
  });
});
