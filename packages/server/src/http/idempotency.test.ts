// Idempotency-Key on creating POSTs (API.md): replay, mismatch, concurrent repeats, and keys scoped to the caller.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertProblem, openAccount, operatorToken, productBody, startTestServer, ticketBody, ticketEnterprise, type TestServer } from '@wharf/server/testing';

let server: TestServer;
let token: string;

before(async () => {
  server = await startTestServer();
  token = (await ticketEnterprise(server)).token;
});
after(() => server.close());

let sequence = 0;
const uniqueKey = () => `key-${Date.now().toString(36)}-${sequence++}`;
const ticketCount = async (as = token) => (await server.call('GET', '/v1/tickets?limit=100', { token: as })).body.data.length as number;
const postTicket = (key: string, body = ticketBody(), as = token) => server.call('POST', '/v1/tickets', { token: as, body, headers: { 'idempotency-key': key } });

describe('Idempotency-Key', () => {
  test('the same key and body replays the first answer — status, body, Location — and creates nothing more', async () => {
    const before = await ticketCount();
    const key = uniqueKey();
    const body = ticketBody();
    const first = await postTicket(key, body);
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal(first.headers.get('idempotent-replayed'), null);
    const again = await postTicket(key, body);
    assert.equal(again.status, 201);
    assert.deepEqual(again.body, first.body);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.match(again.headers.get('content-type') ?? '', /json/);
    assert.equal(again.headers.get('location'), first.headers.get('location'));
    assert.equal(await ticketCount(), before + 1);
  });

  test('without a key, two POSTs are two tickets (nothing changes for callers who send none)', async () => {
    const before = await ticketCount();
    for (let i = 0; i < 2; i++) assert.equal((await server.call('POST', '/v1/tickets', { token, body: ticketBody() })).status, 201);
    assert.equal(await ticketCount(), before + 2);
  });

  test('the same key with another body → 422 naming the header, and the first stays', async () => {
    const key = uniqueKey();
    const first = await postTicket(key);
    assert.equal(first.status, 201);
    const other = await postTicket(key, ticketBody({ title: 'Another question' }));
    assertProblem(other, 422, [{ path: 'Idempotency-Key', code: 'idempotency_key_reused' }]);
    assert.match(other.body.errors[0].message, /different request/);
    const zh = await server.call('POST', '/v1/tickets', { token, body: ticketBody({ title: '另一个' }), headers: { 'idempotency-key': key, 'accept-language': 'zh-CN' } });
    assert.match(zh.body.errors[0].message, /不同的请求/);
    // The same key on another creating route is another request too.
    assertProblem(await server.call('POST', '/v1/products', { token, body: productBody(), headers: { 'idempotency-key': key } }), 422, [{ path: 'Idempotency-Key', code: 'idempotency_key_reused' }]);
  });

  test('three at once with one key make one ticket, and all three get its answer', async () => {
    const before = await ticketCount();
    const key = uniqueKey();
    const body = ticketBody();
    const answers = await Promise.all([postTicket(key, body), postTicket(key, body), postTicket(key, body)]);
    for (const answer of answers) assert.equal(answer.status, 201, JSON.stringify(answer.body));
    assert.equal(new Set(answers.map((answer) => answer.body.number)).size, 1);
    assert.equal(answers.filter((answer) => answer.headers.get('idempotent-replayed') === 'true').length, 2);
    assert.equal(await ticketCount(), before + 1);
  });

  test('keys belong to the caller: another user or another operator with the same key creates their own', async () => {
    const key = uniqueKey();
    const body = ticketBody();
    const mine = await postTicket(key, body);
    const stranger = await ticketEnterprise(server);
    const theirs = await postTicket(key, body, stranger.token);
    assert.equal(theirs.status, 201, JSON.stringify(theirs.body));
    assert.notEqual(theirs.body.number, mine.body.number);
    assert.equal(theirs.headers.get('idempotent-replayed'), null);

    const account = await openAccount(server);
    const agent = await operatorToken(server, ['admin']);
    const opened = await server.call('POST', '/v1/operator/enterprises', { token: agent, body: { name: 'Idempotent Imports', billingEmail: account.billingEmail }, headers: { 'idempotency-key': key } });
    assert.equal(opened.status, 201, JSON.stringify(opened.body));
    const reopened = await server.call('POST', '/v1/operator/enterprises', { token: agent, body: { name: 'Idempotent Imports', billingEmail: account.billingEmail }, headers: { 'idempotency-key': key } });
    assert.equal(reopened.body.id, opened.body.id);
    const otherAgent = await server.call('POST', '/v1/operator/enterprises', { token: await operatorToken(server, ['admin']), body: { name: 'Idempotent Imports', billingEmail: account.billingEmail }, headers: { 'idempotency-key': key } });
    assert.notEqual(otherAgent.body.id, opened.body.id);
  });

  test('a refused request keeps nothing: the caller fixes it and retries with the same key', async () => {
    const key = uniqueKey();
    assertProblem(await postTicket(key, ticketBody({ title: '' })), 422);
    const fixed = await postTicket(key);
    assert.equal(fixed.status, 201, JSON.stringify(fixed.body));
  });

  test('keys expire after a day: the same key then creates again', async () => {
    const key = uniqueKey();
    const body = ticketBody();
    const first = await postTicket(key, body);
    server.clock.advance(24 * 3600 + 60);
    const later = await postTicket(key, body);
    assert.equal(later.status, 201);
    assert.notEqual(later.body.number, first.body.number);
  });

  test('a key that is empty of printable characters or too long is refused naming the header; /openapi.json documents it', async () => {
    for (const key of ['with space', 'x'.repeat(256)]) assertProblem(await postTicket(key), 422, [{ path: 'Idempotency-Key', code: 'invalid_format' }]);
    const document = (await server.call('GET', '/openapi.json')).body;
    const names = (document.paths['/v1/tickets'].post.parameters ?? []).map((parameter: { name: string }) => parameter.name);
    assert.ok(names.includes('Idempotency-Key'));
    assert.ok(!(document.paths['/v1/tickets'].get.parameters ?? []).some((parameter: { name: string }) => parameter.name === 'Idempotency-Key'));
  });
});
