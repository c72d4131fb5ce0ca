import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertProblem, registerUser } from '../../testing/accounts.ts';
import { createEnterprise, joinAccount, type EnterpriseAdmin } from '../../testing/enterprises.ts';

import { useTestServer } from '../../testing/suite.ts';
import { enterpriseBody, uniqueEmail } from '../../testing/fixtures/index.ts';

// PRODUCT §1.10: API keys (secret shown once) and embed sessions for a host's users.
describe('API keys and embed sessions', () => {
  const server = useTestServer();

  const newKey = async (admin: EnterpriseAdmin, name = 'ERP') => {
    const created = await server.call('POST', '/v1/enterprises/current/api-keys', { token: admin.token, body: { name } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    return created.body as { id: string; secret: string; prefix: string; name: string };
  };
  const mint = (key: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    server.call('POST', '/v1/embed/sessions', { headers: { authorization: `Bearer ${key}`, ...headers }, body });
  const hostUser = (id = crypto.randomUUID()) => ({ externalUserId: `erp-${id}`, email: uniqueEmail('host'), name: 'Alice Wong' });

  test('the secret is shown once: never listed, never logged; revoking stops it', async () => {
    const admin = await createEnterprise(server);
    const key = await newKey(admin);
    assert.match(key.secret, /^wak_[\w-]{43}$/);
    assert.equal(key.prefix, key.secret.slice(0, 12));
    const list = await server.call('GET', '/v1/enterprises/current/api-keys', { token: admin.token });
    assert.deepEqual(Object.keys(list.body.data[0]).sort(), ['createdAt', 'createdBy', 'id', 'lastUsedAt', 'name', 'prefix']);
    assert.ok(!JSON.stringify(list.body).includes(key.secret.slice(12)));
    const log = await server.call('GET', '/v1/enterprises/current/log', { token: admin.token });
    assert.ok(!JSON.stringify(log.body).includes(key.secret.slice(12)));
    assert.equal((await mint(key.secret, hostUser())).status, 201);
    assert.ok((await server.call('GET', '/v1/enterprises/current/api-keys', { token: admin.token })).body.data[0].lastUsedAt);
    assert.equal((await server.call('DELETE', `/v1/enterprises/current/api-keys/${key.id}`, { token: admin.token })).status, 204);
    assertProblem(await mint(key.secret, hostUser()), 401);
    assert.deepEqual((await server.call('GET', '/v1/enterprises/current/api-keys', { token: admin.token })).body.data, []);
    assertProblem(await server.call('DELETE', `/v1/enterprises/current/api-keys/${key.id}`, { token: admin.token }), 404);
  });

  test('keys are for admins only, and a key never works without its secret', async () => {
    const admin = await createEnterprise(server);
    const { user: member } = await joinAccount(server, { accountNumber: admin.enterprise.accountNumber, billingEmail: 'accounts@acme.example' });
    await server.call('POST', `/v1/enterprises/current/members/${member.user.id}/approve`, { token: admin.token });
    assertProblem(await server.call('POST', '/v1/enterprises/current/api-keys', { token: member.token, body: { name: 'x' } }), 403);
    assertProblem(await server.call('GET', '/v1/enterprises/current/api-keys', { token: member.token }), 403);
    for (const authorization of [undefined, 'Bearer wak_unknown', 'Bearer ' + admin.token]) {
      const response = await server.call('POST', '/v1/embed/sessions', { headers: authorization ? { authorization } : {}, body: hostUser() });
      assertProblem(response, 401);
      assert.equal(response.body.detail, 'The API key is not valid or has been revoked.');
    }
  });

  test('the first session creates the account and membership; later ones find it by the host’s id', async () => {
    const admin = await createEnterprise(server);
    const key = await newKey(admin);
    const alice = hostUser();
    const first = await mint(key.secret, alice);
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal(first.body.enterpriseId, admin.enterprise.id);
    assert.deepEqual({ email: first.body.user.email, name: first.body.user.name }, { email: alice.email, name: 'Alice Wong' });
    const ttl = Date.parse(first.body.expiresAt) - server.clock.now().getTime();
    assert.ok(ttl > 14 * 60_000 && ttl <= 15 * 60_000, String(ttl));
    const again = await mint(key.secret, { ...alice, email: uniqueEmail('renamed'), name: 'Alice Wong-Lee' });
    assert.equal(again.body.user.id, first.body.user.id, 'linked by externalUserId, not by email');
    assert.equal(again.body.user.name, 'Alice Wong-Lee', 'the host owns the names of accounts it created');
    const members = await server.call('GET', '/v1/enterprises/current/members', { token: admin.token });
    const linked = members.body.data.find((m: { userId: string }) => m.userId === first.body.user.id);
    assert.deepEqual({ role: linked.role, externalUserId: linked.externalUserId }, { role: 'member', externalUserId: alice.externalUserId });
    // The account has no password: signing in with any password fails; a reset would give it one.
    const login = await server.call('POST', '/v1/auth/login', { body: { email: alice.email, password: 'Hk27300273' } });
    assertProblem(login, 401);
  });

  test('an existing member is linked by email; an account outside the enterprise is never taken over', async () => {
    const admin = await createEnterprise(server);
    const key = await newKey(admin);
    const linked = await mint(key.secret, { externalUserId: 'erp-admin', email: admin.email, name: 'Admin' });
    assert.equal(linked.body.user.id, admin.user.id);
    const outsider = await registerUser(server);
    assertProblem(await mint(key.secret, { externalUserId: 'erp-x', email: outsider.email, name: 'X' }), 409, [{ path: 'email', code: 'email_in_other_account' }]);
    assertProblem(await mint(key.secret, { externalUserId: 'erp-y', email: admin.email, name: 'Admin' }), 409, [{ path: 'email', code: 'email_in_other_account' }]);
    assertProblem(await mint(key.secret, { externalUserId: '', email: 'nope', name: '' }), 422, [
      { path: 'externalUserId', code: 'required' },
      { path: 'email', code: 'invalid_email' },
      { path: 'name', code: 'required' },
    ]);
  });

  test('an embed session acts only in its enterprise, cannot change the password, and does not slide', async () => {
    const admin = await createEnterprise(server);
    const key = await newKey(admin);
    // The admin also belongs to another enterprise; the embed session must not reach it.
    const other = await server.call('POST', '/v1/enterprises', { token: admin.token, body: enterpriseBody({ name: 'Other Ltd' }) });
    const session = await mint(key.secret, { externalUserId: 'erp-admin', email: admin.email, name: 'Admin' });
    const token = session.body.token;
    const me = await server.call('GET', '/v1/me', { token });
    assert.deepEqual(me.body.memberships.map((m: { enterpriseId: string }) => m.enterpriseId), [admin.enterprise.id]);
    assert.equal((await server.call('GET', '/v1/enterprises/current', { token })).body.id, admin.enterprise.id);
    assertProblem(await server.call('GET', `/v1/enterprises/${other.body.id}`, { token }), 404);
    const password = await server.call('POST', '/v1/me/password', { token, body: { currentPassword: admin.password, newPassword: 'Hk27300274' } });
    assertProblem(password, 403);
    assertProblem(await server.call('POST', '/v1/enterprises/current/api-keys', { token, body: { name: 'escalate' } }), 403);
    assertProblem(await server.call('POST', '/v1/enterprises', { token, body: {} }), 403);
    server.clock.advance(10 * 60);
    assert.equal((await server.call('GET', '/v1/me', { token })).status, 200);
    server.clock.advance(5 * 60 + 1);
    assertProblem(await server.call('GET', '/v1/me', { token }), 401);
  });

  test('removing the member ends their embed sessions; browsers may not mint sessions', async () => {
    const admin = await createEnterprise(server);
    await server.call('PATCH', '/v1/enterprises/current', { token: admin.token, body: { allowedOrigins: ['https://erp.example.com'] } });
    const key = await newKey(admin);
    const bob = hostUser();
    const session = await mint(key.secret, bob);
    await server.call('DELETE', `/v1/enterprises/current/members/${session.body.user.id}`, { token: admin.token });
    assertProblem(await server.call('GET', '/v1/me', { token: session.body.token }), 401);
    const fromBrowser = await mint(key.secret, hostUser(), { origin: 'https://erp.example.com' });
    assertProblem(fromBrowser, 403);
    assert.match(fromBrowser.body.detail, /server/);
  });
});
