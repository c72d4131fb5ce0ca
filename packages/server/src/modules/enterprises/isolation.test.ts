import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertProblem } from '../../testing/accounts.ts';
import { createEnterprise, type EnterpriseAdmin } from '../../testing/enterprises.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';
import { enterpriseBody } from '../../testing/fixtures/index.ts';

// API.md: another enterprise's anything is 404, never 403 — its existence is not revealed.
describe('two enterprises never see each other', () => {
  let server: TestServer;
  let a: EnterpriseAdmin;
  let b: EnterpriseAdmin;
  let bKeyId: string;
  before(async () => {
    server = await startTestServer();
    a = await createEnterprise(server);
    b = await createEnterprise(server);
    bKeyId = (await server.call('POST', '/v1/enterprises/current/api-keys', { token: b.token, body: { name: 'B' } })).body.id;
  });
  after(async () => {
    await server.close();
  });

  test('every enterprise route with the other enterprise’s id → 404', async () => {
    const other = b.enterprise.id;
    const calls: [string, string, unknown?][] = [
      ['GET', `/v1/enterprises/${other}`],
      ['PATCH', `/v1/enterprises/${other}`, { contact: { name: 'x' } }],
      ['GET', `/v1/enterprises/${other}/log`],
      ['GET', `/v1/enterprises/${other}/members`],
      ['POST', `/v1/enterprises/${other}/members/${b.user.id}/approve`],
      ['POST', `/v1/enterprises/${other}/members/${b.user.id}/reject`],
      ['PATCH', `/v1/enterprises/${other}/members/${b.user.id}`, { role: 'member' }],
      ['DELETE', `/v1/enterprises/${other}/members/${b.user.id}`],
      ['PUT', `/v1/enterprises/${other}/security-pin`, { pin: '270273' }],
      ['DELETE', `/v1/enterprises/${other}/security-pin`],
      ['POST', `/v1/enterprises/${other}/security-pin/check`, { pin: '270273' }],
      ['GET', `/v1/enterprises/${other}/api-keys`],
      ['POST', `/v1/enterprises/${other}/api-keys`, { name: 'x' }],
      ['DELETE', `/v1/enterprises/${other}/api-keys/${bKeyId}`],
      ['GET', `/v1/enterprises/${other}/ledger`],
    ];
    for (const [method, path, body] of calls) {
      const response = await server.call(method, path, { token: a.token, ...(body ? { body } : {}) });
      assertProblem(response, 404);
      assert.ok(!JSON.stringify(response.body).includes(b.email), `${method} ${path} reveals nothing`);
    }
    // …and through `current`, B's things by their own ids are not found in A either.
    assertProblem(await server.call('DELETE', `/v1/enterprises/current/api-keys/${bKeyId}`, { token: a.token }), 404);
    assertProblem(await server.call('POST', `/v1/enterprises/current/members/${b.user.id}/approve`, { token: a.token }), 404);
    assert.equal((await server.call('GET', '/v1/enterprises/current/api-keys', { token: b.token })).body.data.length, 1, 'B’s key is intact');
  });

  test('Wharf-Enterprise naming an enterprise the caller is not in → 404', async () => {
    assertProblem(await server.call('GET', '/v1/enterprises/current', { token: a.token, headers: { 'wharf-enterprise': b.enterprise.id } }), 404);
  });

  test('with several memberships `current` needs Wharf-Enterprise (422 naming it), and follows it', async () => {
    const second = await server.call('POST', '/v1/enterprises', { token: a.token, body: enterpriseBody({ name: 'A Two Ltd' }) });
    const unsure = await server.call('GET', '/v1/enterprises/current', { token: a.token });
    assertProblem(unsure, 422, [{ path: 'Wharf-Enterprise', code: 'required' }]);
    const chosen = await server.call('GET', '/v1/enterprises/current', { token: a.token, headers: { 'wharf-enterprise': second.body.id } });
    assert.equal(chosen.body.name, 'A Two Ltd');
    const first = await server.call('GET', '/v1/enterprises/current', { token: a.token, headers: { 'wharf-enterprise': a.enterprise.id } });
    assert.equal(first.body.id, a.enterprise.id);
  });
});
