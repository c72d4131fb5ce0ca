import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertProblem, registerUser, wrongCode } from '../../testing/accounts.ts';
import { createEnterprise, joinAccount, joinCode, openAccount } from '../../testing/enterprises.ts';
import { useTestServer } from '../../testing/suite.ts';

// PRODUCT §1.4 existing customer account and §1.5 security PIN (seed 000: binding, approval, PIN).
describe('joining an existing customer account', () => {
  const server = useTestServer();

  const verify = (token: string, body: Record<string, unknown>) => server.call('POST', '/v1/enterprises/join/verify', { token, body });

  test('the code goes to the billing email, shown masked; the first joiner becomes admin whatever their email', async () => {
    const account = await openAccount(server);
    const user = await registerUser(server);
    const asked = await server.call('POST', '/v1/enterprises/join', { token: user.token, body: { accountNumber: account.accountNumber.toLowerCase() } });
    assert.equal(asked.status, 202);
    assert.equal(asked.body.billingEmailMasked, `${account.billingEmail.slice(0, 2)}***@test.example`);
    assert.equal(asked.body.securityPinRequired, false);
    const code = await server.codeFor(account.billingEmail);
    const mailbox = await server.call('GET', `/v1/dev/mailbox?to=${encodeURIComponent(user.email)}`);
    assert.equal(mailbox.body.data.length, 1, 'nothing but the registration code went to the joiner');
    const joined = await verify(user.token, { accountNumber: ` ${account.accountNumber.slice(0, 4)}-${account.accountNumber.slice(4)} `, code });
    assert.equal(joined.status, 201, JSON.stringify(joined.body));
    assert.deepEqual(joined.body, { enterpriseId: account.id, role: 'admin', enterpriseName: 'Kowloon Imports', approvers: [] });
    const enterprise = await server.call('GET', '/v1/enterprises/current', { token: user.token });
    assert.equal(enterprise.body.role, 'admin');
    assertProblem(await verify(user.token, { accountNumber: account.accountNumber, code }), 422, [{ path: 'code', code: 'code_expired' }]);
  });

  test('later joiners wait: pending can only see the enterprise (with whom to ask); admins are mailed and approve in the portal', async () => {
    const account = await openAccount(server);
    const { user: first } = await joinAccount(server, account);
    const { user: second, joined } = await joinAccount(server, account);
    assert.equal(joined.status, 201);
    assert.equal(joined.body.role, 'pending');
    assert.deepEqual(joined.body.approvers, [`${first.email.slice(0, 2)}***@test.example`]);
    await server.app.services.outbox.deliverDue();
    const adminMail = await server.call('GET', `/v1/dev/mailbox?to=${encodeURIComponent(first.email)}`);
    assert.match(adminMail.body.data[0].text, new RegExp(second.email.replace(/\./g, '\\.')));
    assert.equal(adminMail.body.data[0].code, undefined, 'no approval by mail');

    const seen = await server.call('GET', '/v1/enterprises/current', { token: second.token });
    assert.equal(seen.body.role, 'pending');
    assert.equal(seen.body.approvers.length, 1);
    for (const [method, path, body] of [
      ['GET', '/v1/enterprises/current/members'],
      ['GET', '/v1/enterprises/current/log'],
      ['GET', '/v1/enterprises/current/ledger'],
      ['PATCH', '/v1/enterprises/current', { contact: { name: 'x' } }],
      ['POST', '/v1/enterprises/current/security-pin/check', { pin: '135790' }],
    ] as const) {
      const refused = await server.call(method, path, { token: second.token, ...(body ? { body } : {}) });
      assertProblem(refused, 403);
      assert.match(refused.body.detail, /waiting for an admin’s approval/, `${method} ${path}`);
    }
    const me = await server.call('GET', '/v1/me', { token: second.token });
    assert.deepEqual(me.body.memberships.map((m: { role: string }) => m.role), ['pending']);
  });

  test('unknown, malformed and email-shaped account numbers are named', async () => {
    const user = await registerUser(server);
    assertProblem(await server.call('POST', '/v1/enterprises/join', { token: user.token, body: { accountNumber: 'WH99999999' } }), 422, [
      { path: 'accountNumber', code: 'account_number_unknown' },
    ]);
    assertProblem(await server.call('POST', '/v1/enterprises/join', { token: user.token, body: { accountNumber: 'me@acme.example' } }), 422, [
      { path: 'accountNumber', code: 'account_number_format' },
    ]);
    assertProblem(await server.call('POST', '/v1/enterprises/join', { token: user.token, body: {} }), 422, [{ path: 'accountNumber', code: 'required' }]);
    assertProblem(await server.call('POST', '/v1/enterprises/join', { body: { accountNumber: 'WH00000001' } }), 401);
  });

  test('codes: one a minute, wrong ones counted, members and pending joiners told so', async () => {
    const account = await openAccount(server);
    const user = await registerUser(server);
    const code = await joinCode(server, user.token, account);
    const again = await server.call('POST', '/v1/enterprises/join', { token: user.token, body: { accountNumber: account.accountNumber } });
    assertProblem(again, 429);
    assert.ok(Number(again.headers.get('retry-after')) > 0);
    assertProblem(await verify(user.token, { accountNumber: account.accountNumber, code: wrongCode(code) }), 422, [{ path: 'code', code: 'code_wrong' }]);
    assert.equal((await verify(user.token, { accountNumber: account.accountNumber, code })).body.role, 'admin');
    assertProblem(await server.call('POST', '/v1/enterprises/join', { token: user.token, body: { accountNumber: account.accountNumber } }), 409, [
      { path: 'accountNumber', code: 'already_member' },
    ]);
    const { user: waiting } = await joinAccount(server, account);
    assertProblem(await server.call('POST', '/v1/enterprises/join', { token: waiting.token, body: { accountNumber: account.accountNumber } }), 409, [
      { path: 'accountNumber', code: 'join_pending' },
    ]);
  });

  test('two colleagues joining at once each get their own code', async () => {
    const account = await openAccount(server);
    const a = await registerUser(server);
    const b = await registerUser(server);
    const codeA = await joinCode(server, a.token, account);
    const codeB = await joinCode(server, b.token, account);
    const joinedA = await verify(a.token, { accountNumber: account.accountNumber, code: codeA });
    const joinedB = await verify(b.token, { accountNumber: account.accountNumber, code: codeB });
    assert.deepEqual([joinedA.body.role, joinedB.body.role].sort(), ['admin', 'pending']);
  });

  describe('security PIN', () => {
    test('admins set it (strong only); joiners then need it; wrong ones say how many tries are left', async () => {
      const admin = await createEnterprise(server);
      for (const [pin, code] of [['12345', 'pin_format'], ['12a456', 'pin_format'], ['111111', 'pin_too_simple'], ['123456', 'pin_too_simple'], ['987654', 'pin_too_simple']]) {
        assertProblem(await server.call('PUT', '/v1/enterprises/current/security-pin', { token: admin.token, body: { pin } }), 422, [{ path: 'pin', code: code! }]);
      }
      assert.equal((await server.call('PUT', '/v1/enterprises/current/security-pin', { token: admin.token, body: { pin: '270273' } })).status, 204);
      const account = { accountNumber: admin.enterprise.accountNumber, billingEmail: 'accounts@acme.example' };
      const user = await registerUser(server);
      const asked = await server.call('POST', '/v1/enterprises/join', { token: user.token, body: { accountNumber: account.accountNumber } });
      assert.equal(asked.body.securityPinRequired, true);
      const code = await server.codeFor(account.billingEmail);
      assertProblem(await verify(user.token, { accountNumber: account.accountNumber, code }), 422, [{ path: 'securityPin', code: 'pin_required' }]);
      const wrong = await verify(user.token, { accountNumber: account.accountNumber, code, securityPin: '270274' });
      assertProblem(wrong, 422, [{ path: 'securityPin', code: 'pin_wrong' }]);
      assert.equal(wrong.body.remainingAttempts, 4);
      const joined = await verify(user.token, { accountNumber: account.accountNumber, code, securityPin: '270273' });
      assert.equal(joined.status, 201, 'the code survives a wrong PIN');
      assert.equal(joined.body.role, 'pending');
      const log = await server.call('GET', '/v1/enterprises/current/log', { token: admin.token });
      assert.ok(log.body.data.some((entry: { action: string }) => entry.action === 'security-pin-set'));
      assert.ok(!JSON.stringify(log.body).includes('270273'), 'the PIN is never logged');
    });

    test('five wrong PINs block PIN entry for 15 minutes, even the right one; then it works again', async () => {
      const admin = await createEnterprise(server);
      await server.call('PUT', '/v1/enterprises/current/security-pin', { token: admin.token, body: { pin: '270273' } });
      const check = (pin: string) => server.call('POST', '/v1/enterprises/current/security-pin/check', { token: admin.token, body: { pin } });
      for (const remaining of [4, 3, 2, 1]) assert.equal((await check('000001')).body.remainingAttempts, remaining);
      const blocked = await check('000001');
      assertProblem(blocked, 423, [{ path: 'pin', code: 'pin_blocked' }]);
      const until = Date.parse(blocked.body.lockedUntil);
      assert.ok(until > server.clock.now().getTime() + 14 * 60_000);
      assertProblem(await check('270273'), 423);
      server.clock.advance(15 * 60 + 1);
      assert.equal((await check('270273')).status, 204);
    });

    test('switched off: not required any more; setting it needs an admin', async () => {
      const admin = await createEnterprise(server);
      await server.call('PUT', '/v1/enterprises/current/security-pin', { token: admin.token, body: { pin: '270273' } });
      assert.equal((await server.call('DELETE', '/v1/enterprises/current/security-pin', { token: admin.token })).status, 204);
      const view = await server.call('GET', '/v1/enterprises/current', { token: admin.token });
      assert.equal(view.body.securityPinSet, false);
      assert.equal((await server.call('POST', '/v1/enterprises/current/security-pin/check', { token: admin.token, body: { pin: '999999' } })).status, 204);
      const account = { accountNumber: admin.enterprise.accountNumber, billingEmail: 'accounts@acme.example' };
      const { user, joined } = await joinAccount(server, account);
      assert.equal(joined.status, 201);
      await server.call('POST', `/v1/enterprises/current/members/${user.user.id}/approve`, { token: admin.token });
      const refused = await server.call('PUT', '/v1/enterprises/current/security-pin', { token: user.token, body: { pin: '270273' } });
      assertProblem(refused, 403);
      assert.match(refused.body.detail, /Only an admin/);
    });
  });
});
