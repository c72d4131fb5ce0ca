import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApp } from '../../app.ts';
import { assertProblem, requestCode } from '../../testing/accounts.ts';
import { createEnterprise, type EnterpriseAdmin } from '../../testing/enterprises.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';
import { useTestServer } from '../../testing/suite.ts';
import { uniqueEmail } from '../../testing/fixtures/index.ts';

// PRODUCT §6 and §1.10: pages of another origin reach Wharf only when an enterprise allowed that origin, and act
// only for that enterprise. Cookies are never allowed cross-origin.
describe('CORS allow-list', () => {
  let server: TestServer;
  let a: EnterpriseAdmin;
  let b: EnterpriseAdmin;
  const A_ORIGIN = 'https://erp-a.example';
  before(async () => {
    server = await startTestServer();
    a = await createEnterprise(server);
    b = await createEnterprise(server);
    await server.call('PATCH', '/v1/enterprises/current', { token: a.token, body: { allowedOrigins: [A_ORIGIN] } });
  });
  after(async () => {
    await server.close();
  });

  test('a preflight from an allowed origin is answered; from any other it is refused', async () => {
    const preflight = (origin: string) =>
      server.call('OPTIONS', '/v1/enterprises/current', {
        headers: { origin, 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'authorization, content-type' },
      });
    const allowed = await preflight(A_ORIGIN);
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get('access-control-allow-origin'), A_ORIGIN);
    assert.match(allowed.headers.get('access-control-allow-methods') ?? '', /PATCH/);
    assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /authorization/);
    assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /wharf-enterprise/);
    assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /last-event-id/, 'an embedded widget resumes its live events');
    assert.equal(allowed.headers.get('access-control-allow-credentials'), null, 'cookies never cross origins');
    const refused = await preflight('https://evil.example');
    assertProblem(refused, 403);
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
  });

  test('calls from the allowed origin work for its enterprise and expose what clients read', async () => {
    const response = await server.call('GET', '/v1/enterprises/current', { token: a.token, headers: { origin: A_ORIGIN } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), A_ORIGIN);
    assert.match(response.headers.get('access-control-expose-headers') ?? '', /retry-after/);
    // Refusals carry the header too, so the page can read why.
    const problem = await server.call('PATCH', '/v1/enterprises/current', { token: a.token, headers: { origin: A_ORIGIN }, body: { name: 'x' } });
    assertProblem(problem, 422);
    assert.equal(problem.headers.get('access-control-allow-origin'), A_ORIGIN);
  });

  test('an origin allowed by enterprise A cannot act for enterprise B', async () => {
    const response = await server.call('GET', '/v1/enterprises/current', { token: b.token, headers: { origin: A_ORIGIN } });
    assertProblem(response, 403);
    assert.match(response.body.detail, /https:\/\/erp-a\.example/);
  });

  test('same-origin pages and calls without Origin (servers, scripts) are unaffected', async () => {
    assert.equal((await server.call('GET', '/v1/enterprises/current', { token: b.token })).status, 200);
    const sameOrigin = await server.call('GET', '/v1/enterprises/current', { token: b.token, headers: { origin: 'http://wharf.test', host: 'wharf.test' } });
    assert.equal(sameOrigin.status, 200);
  });

  test('sign-in and registration work from an allowed origin', async () => {
    const email = uniqueEmail('cors');
    const code = await requestCode(server, email, 'register', { headers: { origin: A_ORIGIN } });
    const registered = await server.call('POST', '/v1/auth/register', { headers: { origin: A_ORIGIN }, body: { email, code, password: 'Hk27300273' } });
    assert.equal(registered.status, 201);
    assertProblem(await server.call('POST', '/v1/auth/email-codes', { headers: { origin: 'https://evil.example' }, body: { email: uniqueEmail(), purpose: 'register' } }), 403);
  });

  test('removing an origin takes effect at once', async () => {
    const c = await createEnterprise(server);
    await server.call('PATCH', '/v1/enterprises/current', { token: c.token, body: { allowedOrigins: ['https://erp-c.example'] } });
    assert.equal((await server.call('GET', '/v1/enterprises/current', { token: c.token, headers: { origin: 'https://erp-c.example' } })).status, 200);
    await server.call('PATCH', '/v1/enterprises/current', { token: c.token, body: { allowedOrigins: [] } });
    assertProblem(await server.call('GET', '/v1/enterprises/current', { token: c.token, headers: { origin: 'https://erp-c.example' } }), 403);
  });

  test('origins the server trusts for everyone (WHARF_CORS_ORIGINS)', async () => {
    const app = createApp({ db: server.connection.db, config: { corsOrigins: ['https://portal.provider.example'] }, log: () => {} });
    const response = await app.request('/v1/enterprises/current', { headers: { origin: 'https://portal.provider.example', authorization: `Bearer ${b.token}` } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://portal.provider.example');
  });
});

describe('password-reset codes by enterprise policy (seed 000 login Q4)', () => {
  const server = useTestServer();

  test('with `billing-email`, members’ reset codes go to the billing email and the answer says where, masked', async () => {
    const admin = await createEnterprise(server);
    const own = await server.call('POST', '/v1/auth/email-codes', { body: { email: admin.email, purpose: 'reset-password' } });
    assert.equal(own.body.sentTo, undefined);
    await server.call('PATCH', '/v1/enterprises/current', { token: admin.token, body: { passwordResetCodesTo: 'billing-email' } });
    server.clock.advance(61);
    const sent = await server.call('POST', '/v1/auth/email-codes', { body: { email: admin.email, purpose: 'reset-password' } });
    assert.equal(sent.status, 202);
    assert.equal(sent.body.sentTo, 'ac***@acme.example');
    const code = await server.codeFor('accounts@acme.example');
    const reset = await server.call('POST', '/v1/auth/password-reset', { body: { email: admin.email, code, newPassword: 'Hk27300274' } });
    assert.equal(reset.status, 204);
  });
});
