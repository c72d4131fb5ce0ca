import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertProblem } from '../../testing/accounts.ts';
import { createEnterprise, joinAccount, type EnterpriseAdmin } from '../../testing/enterprises.ts';
import { useTestServer } from '../../testing/suite.ts';

// PRODUCT §1.4 and §1.11: approval inside the portal, roles, removal; an enterprise always keeps an admin.
describe('members', () => {
  const server = useTestServer();

  const joinPending = (admin: EnterpriseAdmin) =>
    joinAccount(server, { accountNumber: admin.enterprise.accountNumber, billingEmail: 'accounts@acme.example' }).then(({ user }) => user);
  const members = (token: string, query = '') => server.call('GET', `/v1/enterprises/current/members${query}`, { token });

  test('pending requests are listed for admins, who approve or reject them', async () => {
    const admin = await createEnterprise(server);
    const approved = await joinPending(admin);
    const rejected = await joinPending(admin);
    const pending = await members(admin.token, '?status=pending');
    assert.deepEqual(pending.body.data.map((m: { email: string }) => m.email), [approved.email, rejected.email]);

    const approval = await server.call('POST', `/v1/enterprises/current/members/${approved.user.id}/approve`, { token: admin.token });
    assert.equal(approval.status, 200);
    assert.equal(approval.body.role, 'member');
    assert.equal((await server.call('GET', '/v1/enterprises/current/members', { token: approved.token })).status, 200, 'approved members can work');

    assert.equal((await server.call('POST', `/v1/enterprises/current/members/${rejected.user.id}/reject`, { token: admin.token })).status, 204);
    assertProblem(await server.call('GET', '/v1/enterprises/current', { token: rejected.token }), 403);
    assert.deepEqual((await server.call('GET', '/v1/me', { token: rejected.token })).body.memberships, []);

    const all = await members(admin.token);
    assert.deepEqual(all.body.data.map((m: { email: string; role: string }) => [m.email, m.role]), [
      [admin.email, 'admin'],
      [approved.email, 'member'],
    ]);
    assertProblem(await server.call('POST', `/v1/enterprises/current/members/${approved.user.id}/approve`, { token: admin.token }), 409, [
      { path: 'userId', code: 'not_pending' },
    ]);
    const actions = (await server.call('GET', '/v1/enterprises/current/log', { token: admin.token })).body.data.map((e: { action: string }) => e.action);
    assert.deepEqual(actions.slice(0, 4), ['member-rejected', 'member-approved', 'join-requested', 'join-requested']);
  });

  test('only admins decide; members get 403, unknown users 404', async () => {
    const admin = await createEnterprise(server);
    const member = await joinPending(admin);
    await server.call('POST', `/v1/enterprises/current/members/${member.user.id}/approve`, { token: admin.token });
    const waiting = await joinPending(admin);
    const refused = await server.call('POST', `/v1/enterprises/current/members/${waiting.user.id}/approve`, { token: member.token });
    assertProblem(refused, 403);
    assert.match(refused.body.detail, /Only an admin/);
    assertProblem(await server.call('POST', `/v1/enterprises/current/members/${crypto.randomUUID()}/approve`, { token: admin.token }), 404);
    assertProblem(await server.call('POST', '/v1/enterprises/current/members/nobody/reject', { token: admin.token }), 404);
  });

  test('roles change, but the last admin stays admin and cannot leave', async () => {
    const admin = await createEnterprise(server);
    const colleague = await joinPending(admin);
    await server.call('POST', `/v1/enterprises/current/members/${colleague.user.id}/approve`, { token: admin.token });
    assertProblem(await server.call('PATCH', `/v1/enterprises/current/members/${admin.user.id}`, { token: admin.token, body: { role: 'member' } }), 409, [
      { path: 'role', code: 'last_admin' },
    ]);
    assertProblem(await server.call('DELETE', `/v1/enterprises/current/members/${admin.user.id}`, { token: admin.token }), 409, [
      { path: 'userId', code: 'last_admin' },
    ]);
    assertProblem(await server.call('PATCH', `/v1/enterprises/current/members/${colleague.user.id}`, { token: admin.token, body: { role: 'pending' } }), 422, [
      { path: 'role', code: 'invalid_choice' },
    ]);
    const promoted = await server.call('PATCH', `/v1/enterprises/current/members/${colleague.user.id}`, { token: admin.token, body: { role: 'admin' } });
    assert.equal(promoted.body.role, 'admin');
    assert.equal((await server.call('PATCH', `/v1/enterprises/current/members/${admin.user.id}`, { token: colleague.token, body: { role: 'member' } })).status, 200);
    assert.equal((await server.call('GET', '/v1/enterprises/current', { token: admin.token })).body.role, 'member');
  });

  test('removing a member ends their access; members may leave; only admins remove others', async () => {
    const admin = await createEnterprise(server);
    const [a, b] = [await joinPending(admin), await joinPending(admin)];
    for (const user of [a, b]) await server.call('POST', `/v1/enterprises/current/members/${user.user.id}/approve`, { token: admin.token });
    assertProblem(await server.call('DELETE', `/v1/enterprises/current/members/${b.user.id}`, { token: a.token }), 403);
    assert.equal((await server.call('DELETE', `/v1/enterprises/current/members/${b.user.id}`, { token: admin.token })).status, 204);
    assertProblem(await server.call('GET', '/v1/enterprises/current', { token: b.token }), 403);
    assert.equal((await server.call('DELETE', `/v1/enterprises/current/members/${a.user.id}`, { token: a.token })).status, 204);
    const log = (await server.call('GET', '/v1/enterprises/current/log', { token: admin.token })).body.data.map((e: { action: string }) => e.action);
    assert.deepEqual(log.slice(0, 2), ['member-left', 'member-removed']);
  });
});
