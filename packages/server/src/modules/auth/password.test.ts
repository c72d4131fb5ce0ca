import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { sessions, users } from '../../db/schema.ts';
import { assertProblem, OTHER_GOOD_PASSWORD, registerUser, requestCode, wrongCode, type RegisteredUser } from '../../testing/accounts.ts';
import { uniqueClient } from '../../testing/harness.ts';
import { useTestServer } from '../../testing/suite.ts';
import { GOOD_PASSWORD, uniqueEmail } from '../../testing/fixtures/index.ts';

// PRODUCT §1.7–1.8 (password reset, change password) and the session calls around them.
describe('sessions, password reset and change password', () => {
  const server = useTestServer();

  const login = (email: string, password: string) =>
    server.call('POST', '/v1/auth/login', { body: { email, password }, client: uniqueClient() });
  const signIn = async (account: RegisteredUser, password = account.password) => {
    const response = await login(account.email, password);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body.token as string;
  };
  const me = (token?: string) => server.call('GET', '/v1/me', token ? { token } : {});
  const withCookie = (token: string) => ({ headers: { cookie: `wharf_session=${token}` } });
  const reset = (email: string, code: string, newPassword: string) =>
    server.call('POST', '/v1/auth/password-reset', { body: { email, code, newPassword } });
  const changePassword = (token: string, currentPassword: string, newPassword: string) =>
    server.call('POST', '/v1/me/password', { token, body: { currentPassword, newPassword } });

  describe('GET /v1/me and sessions', () => {
    test('without a token → 401 problem', async () => {
      const response = await me();
      assertProblem(response, 401);
      assert.equal(response.body.type, 'urn:wharf:problem:unauthorized');
      assert.equal(response.body.detail, 'Sign in to continue.');
      assert.equal(response.body.instance, '/v1/me');
    });

    test('an unknown or malformed token → 401', async () => {
      for (const authorization of ['Bearer wst_unknown', 'Bearer ', 'Basic dXNlcjpwYXNz', 'wst_no_scheme']) {
        assertProblem(await server.call('GET', '/v1/me', { headers: { authorization } }), 401);
      }
      assertProblem(await server.call('GET', '/v1/me', withCookie('wst_unknown')), 401);
    });

    test('the token works as a Bearer token and as the wharf_session cookie', async () => {
      const account = await registerUser(server);
      const expected = { user: account.user, memberships: [] };

      const bearer = await me(account.token);
      assert.equal(bearer.status, 200);
      assert.deepEqual(bearer.body, expected);
      const lowerCaseScheme = await server.call('GET', '/v1/me', { headers: { authorization: `bearer ${account.token}` } });
      assert.equal(lowerCaseScheme.status, 200);
      const cookie = await server.call('GET', '/v1/me', withCookie(account.token));
      assert.equal(cookie.status, 200);
      assert.deepEqual(cookie.body, expected);
      const amongOthers = await server.call('GET', '/v1/me', { headers: { cookie: `theme=dark; wharf_session=${account.token}; x=1` } });
      assert.equal(amongOthers.status, 200);
    });

    test('a session ends after 30 days without use, and use extends it', async () => {
      const account = await registerUser(server);
      server.clock.advance(29 * 24 * 3600);
      assert.equal((await me(account.token)).status, 200, 'used on day 29: extended');
      server.clock.advance(29 * 24 * 3600);
      assert.equal((await me(account.token)).status, 200, 'used 29 days after that: still good');
      server.clock.advance(30 * 24 * 3600 + 1);
      assertProblem(await me(account.token), 401);
    });
  });

  describe('POST /v1/auth/logout', () => {
    test('→ 204, the cookie is cleared and the token stops working; other sessions stay', async () => {
      const account = await registerUser(server);
      const other = await signIn(account);

      const response = await server.call('POST', '/v1/auth/logout', { token: account.token });
      assert.equal(response.status, 204);
      assert.equal(response.body, undefined);
      assert.match(response.headers.get('set-cookie') ?? '', /^wharf_session=; Max-Age=0; Path=\//);

      assertProblem(await me(account.token), 401);
      assertProblem(await server.call('GET', '/v1/me', withCookie(account.token)), 401);
      assert.equal((await me(other)).status, 200);
    });

    test('works with the cookie alone', async () => {
      const account = await registerUser(server);
      assert.equal((await server.call('POST', '/v1/auth/logout', withCookie(account.token))).status, 204);
      assertProblem(await me(account.token), 401);
    });

    test('without a session it is still 204', async () => {
      assert.equal((await server.call('POST', '/v1/auth/logout')).status, 204);
      assert.equal((await server.call('POST', '/v1/auth/logout', { token: 'wst_unknown' })).status, 204);
    });
  });

  describe('password reset', () => {
    test('email → code → new password: 204; the new password works, the old does not; every session ends', async () => {
      const account = await registerUser(server);
      const other = await signIn(account);
      const code = await requestCode(server, account.email, 'reset-password');
      const mail = await server.call('GET', `/v1/dev/mailbox?to=${encodeURIComponent(account.email)}`);
      assert.equal(mail.body.data[0].subject, 'Your Wharf code to reset your password');

      const response = await reset(account.email, code, OTHER_GOOD_PASSWORD);
      assert.equal(response.status, 204, JSON.stringify(response.body));
      assert.equal(response.body, undefined);

      assertProblem(await me(account.token), 401);
      assertProblem(await me(other), 401);
      const old = await login(account.email, account.password);
      assertProblem(old, 401, [{ path: 'password', code: 'credentials_wrong' }]);
      assert.equal((await login(account.email, OTHER_GOOD_PASSWORD)).status, 200);
    });

    test('unlocks a locked account at once', async () => {
      const account = await registerUser(server);
      for (let i = 0; i < 5; i++) await login(account.email, 'Wrong-password-1');
      assertProblem(await login(account.email, account.password), 423);

      const code = await requestCode(server, account.email, 'reset-password');
      assert.equal((await reset(account.email, code, OTHER_GOOD_PASSWORD)).status, 204);
      const after = await login(account.email, OTHER_GOOD_PASSWORD);
      assert.equal(after.status, 200, JSON.stringify(after.body));
      const [row] = await server.connection.db.select().from(users).where(eq(users.id, account.user.id));
      assert.equal(row!.failedLogins, 0);
      assert.equal(row!.lockedUntil, null);
    });

    test('an email with no account → 422 email_not_registered', async () => {
      const email = uniqueEmail('nobody');
      assertProblem(await server.call('POST', '/v1/auth/email-codes', { body: { email, purpose: 'reset-password' } }), 422, [
        { path: 'email', code: 'email_not_registered' },
      ]);
      assertProblem(await reset(email, '123456', OTHER_GOOD_PASSWORD), 422, [{ path: 'email', code: 'email_not_registered' }]);
    });

    test('the new password must meet the policy (listed on newPassword); the code is not spent by a refusal', async () => {
      const account = await registerUser(server);
      const code = await requestCode(server, account.email, 'reset-password');
      assertProblem(await reset(account.email, code, 'short'), 422, [
        { path: 'newPassword', code: 'password_too_short' },
        { path: 'newPassword', code: 'password_too_few_classes' },
      ]);
      assertProblem(await reset(account.email, code, 'hk27300273'), 422, [{ path: 'newPassword', code: 'password_too_few_classes' }]);
      assert.equal((await reset(account.email, code, OTHER_GOOD_PASSWORD)).status, 204);
    });

    test('codes: single use, wrong ones counted, expired after 10 minutes, registration codes do not fit', async () => {
      const account = await registerUser(server);
      const code = await requestCode(server, account.email, 'reset-password');
      assertProblem(await reset(account.email, wrongCode(code), OTHER_GOOD_PASSWORD), 422, [{ path: 'code', code: 'code_wrong' }]);
      assert.equal((await reset(account.email, code, OTHER_GOOD_PASSWORD)).status, 204);
      assertProblem(await reset(account.email, code, 'Another-Pass1'), 422, [{ path: 'code', code: 'code_expired' }]);

      server.clock.advance(61);
      const late = await requestCode(server, account.email, 'reset-password');
      server.clock.advance(601);
      assertProblem(await reset(account.email, late, 'Another-Pass1'), 422, [{ path: 'code', code: 'code_expired' }]);

      // A registration code for another address cannot reset this one.
      const stranger = uniqueEmail();
      const registerCode = await requestCode(server, stranger, 'register');
      assertProblem(await reset(account.email, registerCode, 'Another-Pass1'), 422, [{ path: 'code', code: 'code_expired' }]);
      assert.equal((await login(account.email, OTHER_GOOD_PASSWORD)).status, 200, 'the password from the first reset stands');
    });
  });

  describe('POST /v1/me/password', () => {
    test('without a session → 401', async () => {
      assertProblem(
        await server.call('POST', '/v1/me/password', { body: { currentPassword: GOOD_PASSWORD, newPassword: OTHER_GOOD_PASSWORD } }),
        401,
      );
    });

    test('a wrong current password → 422 on currentPassword', async () => {
      const account = await registerUser(server);
      const response = await changePassword(account.token, 'Not-the-password-1', OTHER_GOOD_PASSWORD);
      assertProblem(response, 422, [{ path: 'currentPassword', code: 'current_password_wrong' }]);
      assertProblem(await changePassword(account.token, '', OTHER_GOOD_PASSWORD), 422, [{ path: 'currentPassword', code: 'required' }]);
    });

    test('the same password again → 422 password_unchanged', async () => {
      const account = await registerUser(server);
      assertProblem(await changePassword(account.token, account.password, account.password), 422, [
        { path: 'newPassword', code: 'password_unchanged' },
      ]);
    });

    test('a weak new password → 422 listing the unmet rules', async () => {
      const account = await registerUser(server);
      assertProblem(await changePassword(account.token, account.password, 'abc'), 422, [
        { path: 'newPassword', code: 'password_too_short' },
        { path: 'newPassword', code: 'password_too_few_classes' },
      ]);
      assertProblem(await changePassword(account.token, account.password, 'ABCDEFGH12'), 422, [
        { path: 'newPassword', code: 'password_too_few_classes' },
      ]);
    });

    test('success → 204: other sessions end, this one keeps working, the new password signs in', async () => {
      const account = await registerUser(server);
      const other = await signIn(account);
      const third = await signIn(account);

      const response = await changePassword(account.token, account.password, OTHER_GOOD_PASSWORD);
      assert.equal(response.status, 204, JSON.stringify(response.body));
      assert.equal(response.body, undefined);

      assert.equal((await me(account.token)).status, 200);
      assertProblem(await me(other), 401);
      assertProblem(await me(third), 401);
      const rows = await server.connection.db.select().from(sessions).where(eq(sessions.userId, account.user.id));
      assert.equal(rows.length, 1);

      assertProblem(await login(account.email, account.password), 401, [{ path: 'password', code: 'credentials_wrong' }]);
      assert.equal((await login(account.email, OTHER_GOOD_PASSWORD)).status, 200);
      const [row] = await server.connection.db.select().from(users).where(eq(users.id, account.user.id));
      assert.match(row!.passwordHash ?? '', /^\$argon2id\$/);
    });

    test('works with the session cookie as well', async () => {
      const account = await registerUser(server);
      const response = await server.call('POST', '/v1/me/password', {
        ...withCookie(account.token),
        body: { currentPassword: account.password, newPassword: OTHER_GOOD_PASSWORD },
      });
      assert.equal(response.status, 204, JSON.stringify(response.body));
    });
  });
});
