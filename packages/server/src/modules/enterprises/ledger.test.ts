import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertProblem } from '../../testing/accounts.ts';
import { createEnterprise, openAccount, operatorToken } from '../../testing/enterprises.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';

// PRODUCT §1.12 (seed 002 充值): operators record top-ups and fees; a balance in the trading currency.
describe('ledger', () => {
  let server: TestServer;
  let operator: string;
  before(async () => {
    server = await startTestServer();
    operator = await operatorToken(server, ['warehouse']);
  });
  after(async () => {
    await server.close();
  });

  const record = (enterpriseId: string, body: Record<string, unknown>, token = operator) =>
    server.call('POST', `/v1/operator/enterprises/${enterpriseId}/ledger`, { token, body });

  test('top-ups and fees make an exact balance, newest first, paged by cursor', async () => {
    const admin = await createEnterprise(server);
    const id = admin.enterprise.id;
    const topUp = await record(id, { kind: 'top-up', amount: '1000.10', note: 'Bank transfer' });
    assert.equal(topUp.status, 201, JSON.stringify(topUp.body));
    assert.deepEqual({ ...topUp.body, id: undefined, at: undefined }, { id: undefined, at: undefined, kind: 'top-up', amount: '1000.10', currency: 'HKD', note: 'Bank transfer' });
    await record(id, { kind: 'fee', amount: '0.20', note: 'Storage' });
    await record(id, { kind: 'fee', amount: '999.9' });
    const ledger = await server.call('GET', '/v1/enterprises/current/ledger', { token: admin.token });
    assert.equal(ledger.body.balance, '0.00');
    assert.equal(ledger.body.currency, 'HKD');
    assert.deepEqual(ledger.body.data.map((e: { amount: string }) => e.amount), ['999.90', '0.20', '1000.10']);
    const first = await server.call('GET', '/v1/enterprises/current/ledger?limit=2', { token: admin.token });
    assert.equal(first.body.data.length, 2);
    const rest = await server.call('GET', `/v1/enterprises/current/ledger?limit=2&cursor=${first.body.nextCursor}`, { token: admin.token });
    assert.deepEqual(rest.body.data.map((e: { amount: string }) => e.amount), ['1000.10']);
    assert.equal(rest.body.nextCursor, null);
    await record(id, { kind: 'fee', amount: '5' });
    assert.equal((await server.call('GET', '/v1/enterprises/current/ledger', { token: admin.token })).body.balance, '-5.00');
  });

  test('amounts are checked against the currency, and named', async () => {
    const hkd = await createEnterprise(server);
    for (const [amount, code] of [['12.345', 'amount_precision'], ['-3', 'amount_format'], ['1e3', 'amount_format'], ['0.00', 'amount_not_positive'], ['', 'amount_format']]) {
      assertProblem(await record(hkd.enterprise.id, { kind: 'fee', amount }), 422, [{ path: 'amount', code: code! }]);
    }
    const yen = await createEnterprise(server, { tradingCurrency: 'JPY' });
    assertProblem(await record(yen.enterprise.id, { kind: 'top-up', amount: '300.5' }), 422, [{ path: 'amount', code: 'amount_precision' }]);
    assert.equal((await record(yen.enterprise.id, { kind: 'top-up', amount: '300' })).body.amount, '300');
    assertProblem(await record(yen.enterprise.id, { kind: 'refund', amount: '1' }), 422, [{ path: 'kind', code: 'invalid_choice' }]);
  });

  test('an account without a trading currency cannot take money; unknown ones are 404', async () => {
    const account = await openAccount(server);
    assertProblem(await record(account.id, { kind: 'top-up', amount: '10' }), 422, [{ path: 'amount', code: 'currency_not_set' }]);
    assertProblem(await record(crypto.randomUUID(), { kind: 'top-up', amount: '10' }), 404);
    assertProblem(await record('nope', { kind: 'top-up', amount: '10' }), 404);
  });

  test('only operators with a money role record; customers only read', async () => {
    const admin = await createEnterprise(server);
    assertProblem(await record(admin.enterprise.id, { kind: 'top-up', amount: '10' }, admin.token), 401);
    assertProblem(await record(admin.enterprise.id, { kind: 'top-up', amount: '10' }, await operatorToken(server, ['support'])), 403);
    assert.equal((await record(admin.enterprise.id, { kind: 'top-up', amount: '10' }, await operatorToken(server, ['admin']))).status, 201);
    const log = await server.call('GET', '/v1/enterprises/current/log', { token: admin.token });
    assert.equal(log.body.data[0].action, 'topped-up');
    assert.equal(log.body.data[0].actor.kind, 'operator');
  });
});
