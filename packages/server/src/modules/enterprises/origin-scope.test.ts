import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApp } from '../../app.ts';
import { assertProblem, registerUser, type RegisteredUser } from '../../testing/accounts.ts';
import { createEnterprise, joinCode, openAccount, operatorToken, type EnterpriseAdmin } from '../../testing/enterprises.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';

const A_ORIGIN = 'https://erp-a.example';

// ISSUE: an origin one enterprise lists is accepted only where that enterprise's list reaches — its own routes,
// and user routes without an enterprise (/v1/me…) for users who belong to an enterprise listing it — and never on
// the provider's routes or with an operator's token. Origins the server trusts for everyone are unaffected.
describe('allowed origins are per enterprise', () => {
  let server: TestServer;
  let a: EnterpriseAdmin;
  let b: EnterpriseAdmin;
  let loner: RegisteredUser;
  let operator: string;
  before(async () => {
    server = await startTestServer();
    a = await createEnterprise(server);
    b = await createEnterprise(server);
    loner = await registerUser(server);
    operator = await operatorToken(server, ['admin']);
    const listed = await server.call('PATCH', '/v1/enterprises/current', { token: a.token, body: { allowedOrigins: [A_ORIGIN] } });
    assert.equal(listed.status, 200, JSON.stringify(listed.body));
  });
  after(async () => {
    await server.close();
  });

  const fromA = (method: string, path: string, token?: string, body?: unknown) =>
    server.call(method, path, { headers: { origin: A_ORIGIN }, ...(token ? { token } : {}), ...(body === undefined ? {} : { body }) });

  test('/v1/me from the listed origin: a member of the listing enterprise → 200; anyone else → 403', async () => {
    const mine = await fromA('GET', '/v1/me', a.token);
    assert.equal(mine.status, 200, JSON.stringify(mine.body));
    assert.equal(mine.headers.get('access-control-allow-origin'), A_ORIGIN);
    for (const token of [b.token, loner.token]) {
      const refused = await fromA('GET', '/v1/me', token);
      assertProblem(refused, 403);
      assert.match(refused.body.detail, /https:\/\/erp-a\.example/);
    }
  });

  test('changing the password from the listed origin is refused for a user of another enterprise', async () => {
    assertProblem(await fromA('POST', '/v1/me/password', b.token, { currentPassword: b.password, newPassword: 'Hk27300273*x' }), 403);
    const login = await server.call('POST', '/v1/auth/login', { body: { email: b.email, password: b.password } });
    assert.equal(login.status, 200, 'the password is unchanged');
  });

  test('operator routes and operator tokens are never reached from an enterprise’s origin', async () => {
    assertProblem(await fromA('GET', '/v1/operator/tickets', operator), 403);
    assertProblem(await fromA('GET', '/v1/operator/tickets', a.token), 403);
    const preflight = await server.call('OPTIONS', '/v1/operator/tickets', {
      headers: { origin: A_ORIGIN, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    assertProblem(preflight, 403);
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
    // An operator's token on a route members share (reference data) is refused from there too.
    assertProblem(await fromA('GET', '/v1/hs-codes?q=8471', operator), 403);
    // Without an Origin (a script, a server) the operator is served as ever.
    assert.equal((await server.call('GET', '/v1/operator/tickets', { token: operator })).status, 200);
  });

  test('an origin the server trusts for everyone reaches the operator routes (a desk hosted elsewhere)', async () => {
    const app = createApp({ db: server.connection.db, config: { corsOrigins: ['https://desk.provider.example'] }, log: () => {} });
    const response = await app.request('/v1/operator/tickets', { headers: { origin: 'https://desk.provider.example', authorization: `Bearer ${operator}` } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://desk.provider.example');
  });

  test('joining from the listed origin: only the enterprise that lists it', async () => {
    const account = await openAccount(server);
    const refused = await fromA('POST', '/v1/enterprises/join', loner.token, { accountNumber: account.accountNumber });
    assertProblem(refused, 403);
    // The same user, from Wharf itself, may.
    await joinCode(server, loner.token, account);
  });

  test('signing in and asking for codes from the listed origin still work (no one is signed in yet)', async () => {
    const login = await fromA('POST', '/v1/auth/login', undefined, { email: b.email, password: b.password });
    assert.equal(login.status, 200);
  });
});
