import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { createApp, type WharfApp } from '../../app.ts';
import { createNodeHasher } from '../../crypto/node-hasher.ts';
import { assertProblem, OTHER_GOOD_PASSWORD, registerUser } from '../../testing/accounts.ts';
import { createEnterprise, joinAccount } from '../../testing/enterprises.ts';
import { uniqueClient } from '../../testing/harness.ts';
import { useTestServer } from '../../testing/suite.ts';

// A signed-in call's session, user and memberships are remembered for a few seconds (events/session-cache.ts);
// each test first makes the server remember them, then changes them and expects the very next call to see it.
describe('remembered sessions are forgotten when they change', () => {
  const server = useTestServer();
  const me = (token: string) => server.call('GET', '/v1/me', { token });
  const remembered = async (token: string) => {
    for (let i = 0; i < 3; i++) assert.equal((await me(token)).status, 200);
  };
  const signIn = async (email: string, password: string) => {
    const answer = await server.call('POST', '/v1/auth/login', { body: { email, password }, client: uniqueClient() });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    return answer.body.token as string;
  };

  test('signing out: the token is refused at once', async () => {
    const account = await registerUser(server);
    await remembered(account.token);
    assert.equal((await server.call('POST', '/v1/auth/logout', { token: account.token })).status, 204);
    assertProblem(await me(account.token), 401);
  });

  test('changing the password: the other sessions are refused at once, this one goes on', async () => {
    const account = await registerUser(server);
    const other = await signIn(account.email, account.password);
    await remembered(other);
    await remembered(account.token);
    const changed = await server.call('POST', '/v1/me/password', { token: account.token, body: { currentPassword: account.password, newPassword: OTHER_GOOD_PASSWORD } });
    assert.equal(changed.status, 204);
    assertProblem(await me(other), 401);
    assert.equal((await me(account.token)).status, 200);
    // The remembered user is read again: the old password no longer counts as the current one.
    const again = await server.call('POST', '/v1/me/password', { token: account.token, body: { currentPassword: account.password, newPassword: 'Another-Harbour-9' } });
    assertProblem(again, 422, [{ path: 'currentPassword', code: 'current_password_wrong' }]);
  });

  test('a role change and a removal reach the member’s next call', async () => {
    const admin = await createEnterprise(server);
    const { user: member } = await joinAccount(server, { accountNumber: admin.enterprise.accountNumber, billingEmail: 'accounts@acme.example' });
    assert.equal((await server.call('POST', `/v1/enterprises/current/members/${member.user.id}/approve`, { token: admin.token })).status, 200);
    await remembered(member.token);
    assertProblem(await server.call('GET', '/v1/enterprises/current/api-keys', { token: member.token }), 403);

    const promoted = await server.call('PATCH', `/v1/enterprises/current/members/${member.user.id}`, { token: admin.token, body: { role: 'admin' } });
    assert.equal(promoted.status, 200);
    assert.deepEqual((await me(member.token)).body.memberships.map((m: { role: string }) => m.role), ['admin']);
    assert.equal((await server.call('GET', '/v1/enterprises/current/api-keys', { token: member.token })).status, 200);

    assert.equal((await server.call('DELETE', `/v1/enterprises/current/members/${member.user.id}`, { token: admin.token })).status, 204);
    assert.deepEqual((await me(member.token)).body.memberships, []);
    assertProblem(await server.call('GET', '/v1/products', { token: member.token }), 403);
  });

  test('an enterprise drops an allowed origin: the next call from it is refused', async () => {
    const origin = `https://erp-${crypto.randomUUID().slice(0, 8)}.example`;
    const allow = (token: string, origins: string[]) => server.call('PATCH', '/v1/enterprises/current', { token, body: { allowedOrigins: origins } });
    const a = await createEnterprise(server);
    const b = await createEnterprise(server);
    // Another enterprise keeps the origin, so only `a`'s own list can refuse it.
    assert.equal((await allow(b.token, [origin])).status, 200);
    assert.equal((await allow(a.token, [origin])).status, 200);
    const fromOrigin = () => server.call('GET', '/v1/enterprises/current', { token: a.token, headers: { origin } });
    for (let i = 0; i < 3; i++) assert.equal((await fromOrigin()).status, 200);
    assert.equal((await allow(a.token, [])).status, 200);
    assertProblem(await fromOrigin(), 403);
  });

  describe('another server process on the same database', () => {
    let second: WharfApp | undefined;
    after(async () => {
      await second?.services.sessionCache.stop();
      await second?.services.events.stop();
    });
    const meThere = (token: string) => second!.request('/v1/me', { headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': uniqueClient() } });

    test('forgets a session signed out here, told by the database', async () => {
      second = createApp({ db: server.connection.db, listen: server.connection.listen, clock: server.clock, hasher: createNodeHasher() });
      const account = await registerUser(server);
      const other = await signIn(account.email, account.password);
      // The second process's LISTEN is in place once it answers a first call; then it remembers the sessions.
      for (let i = 0; i < 3; i++) {
        assert.equal((await meThere(account.token)).status, 200);
        assert.equal((await meThere(other)).status, 200);
      }
      assert.equal((await server.call('POST', '/v1/auth/logout', { token: account.token })).status, 204);
      const changed = await server.call('POST', '/v1/me/password', { token: other, body: { currentPassword: account.password, newPassword: OTHER_GOOD_PASSWORD } });
      assert.equal(changed.status, 204);
      // On PostgreSQL the notification crosses a connection: give it a moment.
      const deadline = Date.now() + 2000;
      while ((await meThere(account.token)).status !== 401 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.equal((await meThere(account.token)).status, 401);
      assert.equal((await meThere(other)).status, 200);
    });
  });
});
