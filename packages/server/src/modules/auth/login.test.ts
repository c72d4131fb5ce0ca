import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { leadingZeroBits, proofInput } from '@wharf/domain/auth';
import { eq } from 'drizzle-orm';
import { users } from '../../db/schema.ts';
import { assertProblem, registerUser, sha256Digest, solveCaptcha } from '../../testing/accounts.ts';
import { uniqueClient } from '../../testing/harness.ts';
import { useTestServer } from '../../testing/suite.ts';
import { GOOD_PASSWORD, uniqueEmail } from '../../testing/fixtures/index.ts';

const LOCK_SECONDS = 15 * 60;

// PRODUCT §1.6: email + password (+ captcha when risk is raised); five consecutive failures lock the account.
describe('POST /v1/auth/login', () => {
  const server = useTestServer();

  /** Every attempt from its own client unless one is given, so the captcha stays out of the way. */
  const login = (email: string, password: string, options: { client?: string; captcha?: unknown; headers?: Record<string, string> } = {}) =>
    server.call('POST', '/v1/auth/login', {
      body: { email, password, ...(options.captcha ? { captcha: options.captcha } : {}) },
      client: options.client ?? uniqueClient(),
      ...(options.headers ? { headers: options.headers } : {}),
    });

  test('the right password signs in: user, token and an HttpOnly SameSite=Lax session cookie', async () => {
    const account = await registerUser(server);
    const response = await login(account.email, account.password);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.deepEqual(response.body.user, account.user);
    assert.match(response.body.token, /^wst_[\w-]{43}$/);
    assert.notEqual(response.body.token, account.token, 'each sign-in is a new session');
    assert.ok(Date.parse(response.body.expiresAt) > server.clock.now().getTime());

    const cookie = response.headers.get('set-cookie') ?? '';
    assert.match(cookie, new RegExp(`^wharf_session=${response.body.token};`));
    assert.match(cookie, /; HttpOnly/);
    assert.match(cookie, /; SameSite=Lax/);
    assert.match(cookie, /; Path=\//);
    assert.doesNotMatch(cookie, /Secure/, 'plain http: no Secure flag');

    const me = await server.call('GET', '/v1/me', { token: response.body.token });
    assert.equal(me.status, 200);
    assert.equal(me.body.user.id, account.user.id);
  });

  test('over https the session cookie is Secure', async () => {
    const account = await registerUser(server);
    const response = await server.call('POST', 'https://wharf.test/v1/auth/login', {
      body: { email: account.email, password: account.password },
      client: uniqueClient(),
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('set-cookie') ?? '', /; Secure/);
  });

  test('an unknown email → 401 naming the email', async () => {
    const response = await login(uniqueEmail('nobody'), GOOD_PASSWORD);
    assertProblem(response, 401, [{ path: 'email', code: 'email_not_registered' }]);
    assert.equal(response.body.type, 'urn:wharf:problem:credentials-rejected');
    assert.equal(response.body.captchaRequired, false);
  });

  test('missing fields → 422 naming each', async () => {
    assertProblem(await server.call('POST', '/v1/auth/login', { body: {}, client: uniqueClient() }), 422, [
      { path: 'email', code: 'required' },
      { path: 'password', code: 'required' },
    ]);
    assertProblem(await login(uniqueEmail(), ''), 422, [{ path: 'password', code: 'required' }]);
  });

  test('wrong passwords: 401 with 4, 3, 2, 1 attempts left, then 423 locked for 15 minutes', async () => {
    const account = await registerUser(server);
    for (const remaining of [4, 3, 2, 1]) {
      const response = await login(account.email, 'Wrong-password-1');
      assertProblem(response, 401, [{ path: 'password', code: 'credentials_wrong' }]);
      assert.equal(response.body.type, 'urn:wharf:problem:credentials-rejected');
      assert.equal(response.body.remainingAttempts, remaining);
      assert.equal(response.body.lockedUntil, undefined);
      assert.match(response.body.detail, new RegExp(`${remaining} attempts? left before the account is locked`));
    }

    const fifth = await login(account.email, 'Wrong-password-1');
    assertProblem(fifth, 423);
    assert.equal(fifth.body.type, 'urn:wharf:problem:account-locked');
    assert.equal(fifth.body.remainingAttempts, 0);
    const lockedUntil = Date.parse(fifth.body.lockedUntil);
    const expected = server.clock.now().getTime() + LOCK_SECONDS * 1000;
    assert.ok(Math.abs(lockedUntil - expected) < 5_000, `lockedUntil ${fifth.body.lockedUntil} is about 15 minutes ahead`);
    assert.match(fifth.body.detail, /locked until .+ UTC\. Reset your password to unlock it now\./);

    // While locked even the right password is refused, and wrong ones do not extend the lock.
    const right = await login(account.email, account.password);
    assertProblem(right, 423);
    assert.equal(right.body.lockedUntil, fifth.body.lockedUntil);
    server.clock.advance(LOCK_SECONDS - 10);
    const stillLocked = await login(account.email, 'Wrong-password-1');
    assertProblem(stillLocked, 423);
    assert.equal(stillLocked.body.lockedUntil, fifth.body.lockedUntil);

    // Once the lock has passed, the right password works and the count starts again.
    server.clock.advance(11);
    const after = await login(account.email, account.password);
    assert.equal(after.status, 200, JSON.stringify(after.body));
    const again = await login(account.email, 'Wrong-password-1');
    assertProblem(again, 401, [{ path: 'password', code: 'credentials_wrong' }]);
    assert.equal(again.body.remainingAttempts, 4);
  });

  test('after an expired lock, the count starts again even without a successful sign-in', async () => {
    const account = await registerUser(server);
    for (let i = 0; i < 5; i++) await login(account.email, 'Wrong-password-1');
    server.clock.advance(LOCK_SECONDS + 1);
    const response = await login(account.email, 'Wrong-password-1');
    assertProblem(response, 401, [{ path: 'password', code: 'credentials_wrong' }]);
    assert.equal(response.body.remainingAttempts, 4);
  });

  test('the failures must be consecutive: a successful sign-in resets the count', async () => {
    const account = await registerUser(server);
    assert.equal((await login(account.email, 'Wrong-password-1')).body.remainingAttempts, 4);
    assert.equal((await login(account.email, 'Wrong-password-1')).body.remainingAttempts, 3);
    assert.equal((await login(account.email, account.password)).status, 200);
    assert.equal((await login(account.email, 'Wrong-password-1')).body.remainingAttempts, 4);
    const [row] = await server.connection.db.select().from(users).where(eq(users.id, account.user.id));
    assert.equal(row!.failedLogins, 1);
  });

  test('locked messages are localized', async () => {
    const account = await registerUser(server);
    for (let i = 0; i < 4; i++) await login(account.email, 'Wrong-password-1');
    const locked = await login(account.email, 'Wrong-password-1', { headers: { 'accept-language': 'zh-HK' } });
    assertProblem(locked, 423);
    assert.equal(locked.body.title, '帳戶已鎖定');
    assert.match(locked.body.detail, /^登入失敗次數過多，帳戶已鎖定至 .+ UTC。重設密碼可即時解鎖。$/);
  });

  describe('captcha', () => {
    test('after 3 failures from one client its next sign-in needs a captcha; a solved one lets it through once', async () => {
      const account = await registerUser(server);
      const client = uniqueClient();
      const first = await login(uniqueEmail('nobody'), GOOD_PASSWORD, { client });
      assert.equal(first.body.captchaRequired, false);
      const second = await login(account.email, 'Wrong-password-1', { client });
      assert.equal(second.body.captchaRequired, false);
      const third = await login(account.email, 'Wrong-password-1', { client });
      assertProblem(third, 401, [{ path: 'password', code: 'credentials_wrong' }]);
      assert.equal(third.body.captchaRequired, true, 'the third refusal says a captcha comes next');

      // Even the right password is not looked at without a captcha, and the account's count is untouched.
      const refused = await login(account.email, account.password, { client });
      assertProblem(refused, 422, [{ path: 'captcha', code: 'captcha_required' }]);
      assert.equal(refused.body.captchaRequired, true);
      assert.equal(refused.body.type, 'urn:wharf:problem:validation');
      assert.match(refused.body.detail, /browser check/);
      const [row] = await server.connection.db.select().from(users).where(eq(users.id, account.user.id));
      assert.equal(row!.failedLogins, 2);

      // Another client is not affected.
      assert.equal((await login(account.email, account.password)).status, 200);

      const challenge = await server.call('GET', '/v1/auth/captcha', { client });
      assert.equal(challenge.status, 200);
      assert.equal(challenge.body.provider, 'proof-of-work');
      assert.equal(challenge.body.difficulty, 6);
      assert.equal(typeof challenge.body.challenge, 'string');
      assert.ok(Date.parse(challenge.body.expiresAt) > server.clock.now().getTime());

      const captcha = await solveCaptcha(server);
      const solved = await login(account.email, account.password, { client, captcha });
      assert.equal(solved.status, 200, JSON.stringify(solved.body));
      assert.equal(solved.body.user.id, account.user.id);

      const replayed = await login(account.email, account.password, { client, captcha });
      assertProblem(replayed, 422, [{ path: 'captcha', code: 'captcha_invalid' }]);
      assert.equal(replayed.body.captchaRequired, true);

      // A fresh solution works again, with a wrong password too (which then counts as a failure).
      const wrong = await login(account.email, 'Wrong-password-1', { client, captcha: await solveCaptcha(server) });
      assertProblem(wrong, 401, [{ path: 'password', code: 'credentials_wrong' }]);
      assert.equal(wrong.body.remainingAttempts, 4);
      assert.equal(wrong.body.captchaRequired, true);
    });

    test('unsolved, tampered and expired solutions are refused', async () => {
      const account = await registerUser(server);
      const client = uniqueClient();
      for (let i = 0; i < 3; i++) await login(uniqueEmail('nobody'), GOOD_PASSWORD, { client });

      // A nonce that does not meet the difficulty.
      const { challenge, difficulty } = (await server.call('GET', '/v1/auth/captcha')).body;
      let nonce = 0;
      while (leadingZeroBits(sha256Digest(proofInput(challenge, nonce))) >= difficulty) nonce++;
      assertProblem(await login(account.email, account.password, { client, captcha: { challenge, nonce } }), 422, [
        { path: 'captcha', code: 'captcha_invalid' },
      ]);

      // A challenge with its difficulty lowered: the signature no longer matches.
      const solved = await solveCaptcha(server);
      const [id, expires, , signature] = solved.challenge.split('.');
      const easier = `${id}.${expires}.0.${signature}`;
      assertProblem(await login(account.email, account.password, { client, captcha: { challenge: easier, nonce: 0 } }), 422, [
        { path: 'captcha', code: 'captcha_invalid' },
      ]);
      for (const junk of ['', 'not-a-challenge', 'a.b.c.d', `${solved.challenge}x`]) {
        const response = await login(account.email, account.password, { client, captcha: { challenge: junk, nonce: 1 } });
        assert.equal(response.status, 422, junk);
        assert.equal(response.body.errors[0].path, 'captcha' + (junk === '' ? '.challenge' : ''), junk);
      }

      // A solution kept past its 5 minutes.
      const late = await solveCaptcha(server);
      server.clock.advance(5 * 60 + 1);
      assertProblem(await login(account.email, account.password, { client, captcha: late }), 422, [
        { path: 'captcha', code: 'captcha_invalid' },
      ]);

      // The untampered solution from before was never spent, but it has expired too by now; a fresh one works.
      assert.equal((await login(account.email, account.password, { client, captcha: await solveCaptcha(server) })).status, 200);
    });

    test('the client is told by its address (first X-Forwarded-For hop behind a trusted proxy)', async () => {
      const client = uniqueClient();
      for (let i = 0; i < 3; i++) await login(uniqueEmail('nobody'), GOOD_PASSWORD, { client });
      const behindProxy = await server.call('POST', '/v1/auth/login', {
        body: { email: uniqueEmail('nobody'), password: GOOD_PASSWORD },
        headers: { 'x-forwarded-for': `${client}, 10.0.0.1` },
      });
      assertProblem(behindProxy, 422, [{ path: 'captcha', code: 'captcha_required' }]);
    });

    test('failures older than the 15-minute window no longer count', async () => {
      const client = uniqueClient();
      for (let i = 0; i < 3; i++) await login(uniqueEmail('nobody'), GOOD_PASSWORD, { client });
      server.clock.advance(15 * 60 + 1);
      const response = await login(uniqueEmail('nobody'), GOOD_PASSWORD, { client });
      assertProblem(response, 401, [{ path: 'email', code: 'email_not_registered' }]);
      assert.equal(response.body.captchaRequired, false);
    });
  });
});
