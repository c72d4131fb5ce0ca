import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createApp } from '../../app.ts';
import { emailCodes, sessions, users } from '../../db/schema.ts';
import { assertProblem, OTHER_GOOD_PASSWORD, registerUser, requestCode, wrongCode } from '../../testing/accounts.ts';
import { uniqueClient } from '../../testing/harness.ts';
import { hashSecret } from '../../crypto/random.ts';
import { useTestServer } from '../../testing/suite.ts';
import { GOOD_PASSWORD, uniqueEmail } from '../../testing/fixtures/index.ts';

// PRODUCT §1.1–1.3: register by email only, the password policy, and emailed codes.
describe('registration and emailed codes', () => {
  const server = useTestServer();

  const sendCode = (email: string, purpose = 'register') => server.call('POST', '/v1/auth/email-codes', { body: { email, purpose } });
  const register = (email: string, code: string, password = GOOD_PASSWORD) =>
    server.call('POST', '/v1/auth/register', { body: { email, code, password } });
  const checkCode = (email: string, code: string, purpose = 'register') =>
    server.call('POST', '/v1/auth/email-codes/check', { body: { email, purpose, code } });

  test('email → code → code + password creates the account and signs it in', async () => {
    const email = uniqueEmail();
    const sent = await sendCode(email);
    assert.equal(sent.status, 202);
    assert.equal(sent.body.email, email);
    const now = server.clock.now().getTime();
    assert.ok(Math.abs(Date.parse(sent.body.expiresAt) - (now + 600_000)) < 5_000, 'the code lasts 10 minutes');
    assert.ok(Math.abs(Date.parse(sent.body.resendAt) - (now + 60_000)) < 5_000, 'another code may be asked for in 60 s');

    const code = await server.codeFor(email);
    assert.match(code, /^\d{6}$/);
    const registered = await register(email, code);
    assert.equal(registered.status, 201, JSON.stringify(registered.body));
    assert.equal(registered.body.user.email, email);
    assert.equal(registered.body.user.locale, 'en');
    assert.equal(registered.body.user.name, null);
    assert.match(registered.body.user.id, /^[0-9a-f-]{36}$/);
    assert.match(registered.body.token, /^wst_[\w-]{43}$/);
    assert.ok(Date.parse(registered.body.expiresAt) > now + 29 * 24 * 3600_000, 'a session lasts 30 days');
    const cookie = registered.headers.get('set-cookie') ?? '';
    assert.match(cookie, new RegExp(`^wharf_session=${registered.body.token};`));
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);

    const me = await server.call('GET', '/v1/me', { token: registered.body.token });
    assert.equal(me.status, 200);
    assert.deepEqual(me.body, { user: registered.body.user, memberships: [] });
  });

  test('emails are case-insensitive: stored lower-case, and the same address in other case is taken', async () => {
    const lower = uniqueEmail('upper-case');
    const mixed = lower.replace('upper-case', 'Upper-Case').replace('@test.example', '@Test.Example');
    const account = await registerUser(server, { email: `  ${mixed}  ` });
    assert.equal(account.email, lower);

    const login = await server.call('POST', '/v1/auth/login', { body: { email: lower, password: GOOD_PASSWORD }, client: uniqueClient() });
    assert.equal(login.status, 200, JSON.stringify(login.body));
    assert.equal(login.body.user.id, account.user.id);
    const loginUpper = await server.call('POST', '/v1/auth/login', {
      body: { email: lower.toUpperCase(), password: GOOD_PASSWORD },
      client: uniqueClient(),
    });
    assert.equal(loginUpper.status, 200, JSON.stringify(loginUpper.body));

    // Asking for a registration code again, in yet another case: 409, and the answer points to password reset.
    const again = await sendCode(lower.toUpperCase());
    assertProblem(again, 409, [{ path: 'email', code: 'email_taken' }]);
    assert.equal(again.body.type, 'urn:wharf:problem:conflict');
    assert.match(again.body.detail, /already registered/);
    assert.match(again.body.detail, /Forgot password/);
    assert.match(again.body.errors[0].message, /reset your password/);

    // Registering straight away (with any code) is refused the same way, before the code is looked at.
    const direct = await register(mixed, '123456');
    assertProblem(direct, 409, [{ path: 'email', code: 'email_taken' }]);
    assert.match(direct.body.detail, /Forgot password/);
  });

  test('an account number typed as the email is named as such', async () => {
    for (const value of ['7551234567', ' 755-123-4567 ', 'HK7551234567']) {
      const codes = await sendCode(value);
      assertProblem(codes, 422, [{ path: 'email', code: 'account_number_not_email' }]);
      assert.match(codes.body.errors[0].message, /customer account number/);
    }
    const registering = await register('7551234567', '123456');
    assertProblem(registering, 422, [{ path: 'email', code: 'account_number_not_email' }]);
    const login = await server.call('POST', '/v1/auth/login', { body: { email: '7551234567', password: 'x' }, client: uniqueClient() });
    assertProblem(login, 422, [{ path: 'email', code: 'account_number_not_email' }]);
  });

  test('malformed emails and missing fields are named', async () => {
    for (const email of ['no-at-sign', 'two@@x.com', 'a@nodot', 'spa ce@x.com', `${'a'.repeat(250)}@x.com`]) {
      const response = await sendCode(email);
      assert.equal(response.status, 422, email);
      assert.equal(response.body.errors[0].path, 'email', email);
      assert.ok(['invalid_email', 'too_long'].includes(response.body.errors[0].code), email);
    }
    assertProblem(await server.call('POST', '/v1/auth/email-codes', { body: {} }), 422, [
      { path: 'email', code: 'required' },
      { path: 'purpose', code: 'required' },
    ]);
    assertProblem(await sendCode(uniqueEmail(), 'enterprise'), 422, [{ path: 'purpose', code: 'invalid_choice' }]);
    assertProblem(await register(uniqueEmail(), '12345'), 422, [{ path: 'code', code: 'code_format' }]);
    assertProblem(await register(uniqueEmail(), 'abcdef'), 422, [{ path: 'code', code: 'code_format' }]);
  });

  test('the password policy lists every unmet rule on `password`, and a refused password does not spend the code', async () => {
    const email = uniqueEmail();
    const code = await requestCode(server, email, 'register');
    const cases: [string, string[]][] = [
      ['short', ['password_too_short', 'password_too_few_classes']],
      ['Hk2*', ['password_too_short']],
      ['hk27300273', ['password_too_few_classes']],
      ['HKHKHKHKHK', ['password_too_few_classes']],
      ['abcdefgh', ['password_too_few_classes']],
      ['', ['password_too_short', 'password_too_few_classes']],
      [`Hk2${'7'.repeat(126)}`, ['password_too_long']],
    ];
    for (const [password, codes] of cases) {
      const response = await register(email, code, password);
      assertProblem(
        response,
        422,
        codes.map((c) => ({ path: 'password', code: c })),
      );
      assert.equal(response.body.type, 'urn:wharf:problem:validation');
    }
    const tooShort = await register(email, code, 'Hk2*');
    assert.equal(tooShort.body.errors[0].message, 'Use at least 8 characters.');

    // Both policy-meeting shapes are accepted; the code is still good after all those refusals.
    const registered = await register(email, code, OTHER_GOOD_PASSWORD);
    assert.equal(registered.status, 201, JSON.stringify(registered.body));
  });

  test('a code is single use', async () => {
    const email = uniqueEmail();
    const code = await requestCode(server, email, 'register');
    assert.equal((await register(email, code)).status, 201);
    const [row] = await server.connection.db.select().from(emailCodes).where(eq(emailCodes.email, email));
    assert.ok(row?.consumedAt, 'the code is marked spent');

    // The same code again: the account now exists, so the answer is 409 and no second account is made.
    const second = await register(email, code);
    assertProblem(second, 409, [{ path: 'email', code: 'email_taken' }]);
    const rows = await server.connection.db.select().from(users).where(eq(users.email, email));
    assert.equal(rows.length, 1);

    // A spent code is refused as such wherever it is presented.
    assertProblem(await checkCode(email, code), 422, [{ path: 'code', code: 'code_expired' }]);
  });

  test('a code expires after 10 minutes', async () => {
    const email = uniqueEmail();
    const code = await requestCode(server, email, 'register');
    server.clock.advance(599);
    assert.equal((await checkCode(email, code)).status, 204, 'still good just before 10 minutes');
    server.clock.advance(2);
    const expired = await register(email, code);
    assertProblem(expired, 422, [{ path: 'code', code: 'code_expired' }]);
    assert.match(expired.body.errors[0].message, /Request a new code/);
    assertProblem(await checkCode(email, code), 422, [{ path: 'code', code: 'code_expired' }]);
  });

  test('registering without having asked for a code is refused', async () => {
    assertProblem(await register(uniqueEmail(), '123456'), 422, [{ path: 'code', code: 'code_expired' }]);
  });

  test('5 wrong codes exhaust it: then even the right code is refused, until a new one is sent', async () => {
    const email = uniqueEmail();
    const code = await requestCode(server, email, 'register');
    const wrong = wrongCode(code);
    for (const remaining of [4, 3, 2, 1]) {
      const response = await register(email, wrong);
      assertProblem(response, 422, [{ path: 'code', code: 'code_wrong' }]);
      assert.equal(response.body.errors[0].message, `This code is not correct. ${remaining} tries left.`);
    }
    assertProblem(await register(email, wrong), 422, [{ path: 'code', code: 'code_attempts_exceeded' }]);
    assertProblem(await register(email, code), 422, [{ path: 'code', code: 'code_attempts_exceeded' }]);
    assertProblem(await checkCode(email, code), 422, [{ path: 'code', code: 'code_attempts_exceeded' }]);

    server.clock.advance(61);
    const fresh = await requestCode(server, email, 'register');
    assert.equal((await register(email, fresh)).status, 201);
  });

  test('wrong guesses on /check count towards the same 5', async () => {
    const email = uniqueEmail();
    const code = await requestCode(server, email, 'register');
    for (let i = 0; i < 4; i++) assertProblem(await checkCode(email, wrongCode(code)), 422, [{ path: 'code', code: 'code_wrong' }]);
    assertProblem(await register(email, wrongCode(code)), 422, [{ path: 'code', code: 'code_attempts_exceeded' }]);
    assertProblem(await checkCode(email, code), 422, [{ path: 'code', code: 'code_attempts_exceeded' }]);
  });

  test('asking again within 60 s → 429 with Retry-After; after 61 s a new code is sent', async () => {
    const email = uniqueEmail();
    assert.equal((await sendCode(email)).status, 202);

    const soon = await sendCode(email);
    assertProblem(soon, 429);
    assert.equal(soon.body.type, 'urn:wharf:problem:rate-limited');
    assert.equal(soon.headers.get('retry-after'), '60');
    assert.equal(soon.body.retryAfter, 60);
    assert.match(soon.body.detail, /60 seconds/);

    server.clock.advance(45);
    const later = await sendCode(email);
    assertProblem(later, 429);
    assert.equal(later.headers.get('retry-after'), '15');

    server.clock.advance(16);
    assert.equal((await sendCode(email)).status, 202);

    // The refused requests mailed nothing: two codes in all.
    await server.app.services.outbox.deliverDue();
    const mailbox = await server.call('GET', `/v1/dev/mailbox?to=${encodeURIComponent(email)}`);
    assert.equal(mailbox.body.data.length, 2);
  });

  test('the throttle is per purpose: a reset code may follow a registration code at once', async () => {
    const { email } = await registerUser(server);
    assert.equal((await sendCode(email, 'reset-password')).status, 202);
  });

  test('a new code replaces the old one', async () => {
    const email = uniqueEmail();
    const first = await requestCode(server, email, 'register');
    let second = first;
    while (second === first) {
      server.clock.advance(61);
      second = await requestCode(server, email, 'register');
    }
    assertProblem(await checkCode(email, first), 422, [{ path: 'code', code: 'code_wrong' }]);
    assertProblem(await register(email, first), 422, [{ path: 'code', code: 'code_wrong' }]);
    assert.equal((await register(email, second)).status, 201);
  });

  test('POST /v1/auth/email-codes/check: 204 for the right code, 422 for a wrong one, and the code stays good', async () => {
    const email = uniqueEmail();
    const code = await requestCode(server, email, 'register');
    const right = await checkCode(email, code);
    assert.equal(right.status, 204);
    assert.equal(right.body, undefined);
    assert.equal((await checkCode(email, code)).status, 204, 'checking twice is fine');
    assertProblem(await checkCode(email, wrongCode(code)), 422, [{ path: 'code', code: 'code_wrong' }]);
    assertProblem(await checkCode(email, code, 'reset-password'), 422, [{ path: 'code', code: 'code_expired' }]);
    assertProblem(await server.call('POST', '/v1/auth/email-codes/check', { body: { email } }), 422, [
      { path: 'purpose', code: 'required' },
      { path: 'code', code: 'required' },
    ]);
    assert.equal((await register(email, code)).status, 201, 'checking did not spend it');
  });

  test('a reset-password code for an email with no account → 422 email_not_registered', async () => {
    const email = uniqueEmail('nobody');
    const response = await sendCode(email, 'reset-password');
    assertProblem(response, 422, [{ path: 'email', code: 'email_not_registered' }]);
    const mailbox = await server.call('GET', `/v1/dev/mailbox?to=${encodeURIComponent(email)}`);
    assert.deepEqual(mailbox.body.data, [], 'nothing was mailed');
  });

  test('a registration code cannot be used for another purpose, and the mail says what it is for', async () => {
    const email = uniqueEmail();
    const code = await requestCode(server, email, 'register');
    assertProblem(await checkCode(email, code, 'reset-password'), 422, [{ path: 'code', code: 'code_expired' }]);
    const mailbox = await server.call('GET', `/v1/dev/mailbox?to=${encodeURIComponent(email)}`);
    assert.equal(mailbox.body.data[0].subject, 'Your Wharf code to create your account');
  });

  test('the dev mailbox lists mail newest first, with the code', async () => {
    const email = uniqueEmail();
    const first = await requestCode(server, email, 'register');
    server.clock.advance(61);
    const second = await requestCode(server, email, 'register');

    const mailbox = await server.call('GET', `/v1/dev/mailbox?to=${encodeURIComponent(email.toUpperCase())}`);
    assert.equal(mailbox.status, 200);
    assert.equal(mailbox.body.data.length, 2);
    const [newest, oldest] = mailbox.body.data;
    assert.deepEqual(Object.keys(newest).sort(), ['code', 'createdAt', 'subject', 'text', 'to']);
    assert.equal(newest.to, email);
    assert.equal(newest.code, second);
    assert.equal(oldest.code, first);
    assert.ok(newest.text.includes(second), 'the text carries the code');
    assert.match(newest.text, /expires in 10 minutes/);
    assert.ok(Date.parse(newest.createdAt) > Date.parse(oldest.createdAt));
  });

  test('the dev mailbox is not there when mail is really sent or it is switched off', async () => {
    for (const deps of [
      { config: { devMailbox: false } },
      { mailer: { kind: 'smtp' as const, send: async () => {} } },
    ]) {
      const app = createApp({ db: server.connection.db, log: () => {}, ...deps });
      const response = await app.request('/v1/dev/mailbox');
      assert.equal(response.status, 404);
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
      await app.services.outbox.stop();
    }
  });

  test('passwords are stored as argon2id hashes and session tokens as SHA-256 hashes', async () => {
    const account = await registerUser(server);
    const [user] = await server.connection.db.select().from(users).where(eq(users.email, account.email));
    assert.ok(user);
    assert.match(user.passwordHash ?? '', /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[\w-]{22}\$[\w-]{43}$/);
    assert.ok(!user.passwordHash?.includes(account.password));

    const rows = await server.connection.db.select().from(sessions).where(eq(sessions.userId, user.id));
    assert.equal(rows.length, 1);
    assert.notEqual(rows[0]!.tokenHash, account.token);
    assert.ok(!rows[0]!.tokenHash.includes(account.token.slice(4)));
    assert.equal(rows[0]!.tokenHash, await hashSecret(account.token));

    const [code] = await server.connection.db.select().from(emailCodes).where(eq(emailCodes.email, account.email));
    assert.match(code!.codeHash, /^[0-9a-f]{64}$/, 'codes are hashed too');
  });

  test('the account speaks the language it registered in', async () => {
    const headers = { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5' };
    const account = await registerUser(server, { headers });
    assert.equal(account.user.locale, 'zh-CN');
    const mailbox = await server.call('GET', `/v1/dev/mailbox?to=${encodeURIComponent(account.email)}`);
    assert.equal(mailbox.body.data[0].subject, 'Wharf 验证码：注册账号');
  });
});
