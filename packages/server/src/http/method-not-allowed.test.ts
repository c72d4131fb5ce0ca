import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertProblem } from '../testing/accounts.ts';
import { useTestServer } from '../testing/suite.ts';

// RFC 9110 §15.5.6: an address that exists, called with a method it does not take → 405 with Allow, not 404.
describe('wrong method', () => {
  const server = useTestServer();

  test('a method the address does not take → 405 naming the ones it does in Allow', async () => {
    const login = await server.call('GET', '/v1/auth/login');
    assertProblem(login, 405);
    assert.equal(login.body.type, 'urn:wharf:problem:method-not-allowed');
    assert.equal(login.headers.get('allow'), 'POST');

    const me = await server.call('DELETE', '/v1/me');
    assertProblem(me, 405);
    assert.equal(me.headers.get('allow'), 'GET, HEAD');

    // A path with parameters: the methods of the route it matches.
    const ticket = await server.call('PUT', '/v1/tickets/OD000000001');
    assertProblem(ticket, 405);
    assert.match(ticket.headers.get('allow') ?? '', /\bGET\b/);
  });

  test('localized, and an address that does not exist is still 404', async () => {
    const zh = await server.call('PATCH', '/v1/auth/login', { headers: { 'accept-language': 'zh-HK' } });
    assertProblem(zh, 405);
    assert.equal(zh.body.title, '不支援該請求方法');
    const missing = await server.call('GET', '/v1/no-such-thing');
    assertProblem(missing, 404);
    assert.equal(missing.headers.get('allow'), null);
  });
});
