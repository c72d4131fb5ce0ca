import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { messagesFor } from '@wharf/domain/messages';
import { assertProblem, registerUser } from '../testing/accounts.ts';
import { startTestServer, uniqueClient, type TestServer } from '../testing/harness.ts';
import { uniqueEmail } from '../testing/fixtures/index.ts';

const LIMIT = 64 * 1024; // the harness's bodyLimitBytes
const json = { 'content-type': 'application/json' };

// API.md conventions: every refusal is an application/problem+json document with the right status, and bad
// input is never a 500.
describe('problem documents', () => {
  let server: TestServer;
  let token: string;
  let userId: string;
  before(async () => {
    server = await startTestServer();
    const account = await registerUser(server);
    token = account.token;
    userId = account.user.id;
    // An enterprise admin, so the enterprise routes read their bodies too.
    const created = await server.call('POST', '/v1/enterprises', {
      token,
      body: {
        name: 'Fuzz Ltd',
        registrationNumber: `FUZZ-${userId}`,
        tradingCurrency: 'HKD',
        contact: { name: 'F', phone: '+852 2730 0273', email: 'fuzz@test.example', address: '1 Road' },
      },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
  });
  after(async () => {
    await server.close();
  });

  const post = (path: string, raw: BodyInit, headers: Record<string, string> = json) =>
    server.call('POST', path, { raw, headers, token, client: uniqueClient() });

  test('malformed JSON → 400', async () => {
    for (const raw of ['{"email":', '{email: "a@b.co"}', "{'email':'a@b.co'}", 'undefined', '{"a":1,}', '\u0000', 'NaN']) {
      const response = await post('/v1/auth/login', raw);
      // The body is named as any refused field is, so a client shows it where the request came from.
      assertProblem(response, 400, [{ path: 'body', code: 'invalid_format' }]);
      assert.equal(response.body.type, 'urn:wharf:problem:malformed-request', raw);
      assert.equal(response.body.detail, 'The request body is not valid JSON.');
    }
  });

  test('a body that is not JSON → 415', async () => {
    const notJson: Record<string, string>[] = [
      {},
      { 'content-type': 'text/plain' },
      { 'content-type': 'application/x-www-form-urlencoded' },
      { 'content-type': 'multipart/form-data; boundary=x' },
      { 'content-type': 'application/xml' },
      { 'content-type': 'text/json' },
    ];
    for (const headers of notJson) {
      const response = await post('/v1/auth/login', '{"email":"a@b.co","password":"p"}', headers);
      assertProblem(response, 415);
      assert.equal(response.body.type, 'urn:wharf:problem:unsupported-media-type', JSON.stringify(headers));
    }
    // JSON under other spellings of its media type is accepted (and then judged on its content).
    for (const type of ['application/json; charset=utf-8', 'APPLICATION/JSON', 'application/vnd.wharf+json']) {
      const response = await post('/v1/auth/login', '{}', { 'content-type': type });
      assertProblem(response, 422, [
        { path: 'email', code: 'required' },
        { path: 'password', code: 'required' },
      ]);
    }
  });

  test('a body over the limit → 413, whether or not it declares its length', async () => {
    const tooBig = JSON.stringify({ email: 'a@b.co', password: 'x'.repeat(LIMIT) });
    for (const headers of [json, { ...json, 'content-length': String(tooBig.length) }]) {
      const response = await post('/v1/auth/login', tooBig, headers);
      assertProblem(response, 413);
      assert.equal(response.body.type, 'urn:wharf:problem:payload-too-large');
      assert.equal(response.body.maxBytes, LIMIT);
      assert.equal(response.body.detail, `The request body is larger than the ${LIMIT} bytes allowed.`);
    }
    // Multi-byte characters count as bytes.
    const wide = JSON.stringify({ email: 'a@b.co', password: '密'.repeat(LIMIT / 3) });
    assertProblem(await post('/v1/auth/login', wide), 413);

    // Exactly at the limit is read (and refused for what it says instead).
    const padding = LIMIT - JSON.stringify({ email: 'a@b.co', password: '' }).length;
    const atLimit = JSON.stringify({ email: 'a@b.co', password: 'x'.repeat(padding) });
    assert.equal(Buffer.byteLength(atLimit), LIMIT);
    assertProblem(await post('/v1/auth/login', atLimit), 422, [{ path: 'password', code: 'too_long' }]);
  });

  test('an unknown path → 404 problem; a known path with a method it does not take → 405 with Allow', async () => {
    for (const [method, path] of [
      ['GET', '/v1/nothing-here'],
      ['POST', '/v1/auth/nothing'],
      ['GET', '/nothing-here'],
    ] as const) {
      const response = await server.call(method, path);
      assertProblem(response, 404);
      assert.equal(response.body.type, 'urn:wharf:problem:not-found', `${method} ${path}`);
      assert.equal(response.body.instance, path);
    }
    for (const [method, path, allow] of [
      ['GET', '/v1/auth/login', 'POST'],
      ['DELETE', '/v1/me', 'GET, HEAD'],
    ] as const) {
      const response = await server.call(method, path);
      assertProblem(response, 405);
      assert.equal(response.body.type, 'urn:wharf:problem:method-not-allowed', `${method} ${path}`);
      assert.equal(response.body.instance, path);
      assert.equal(response.headers.get('allow'), allow);
    }
  });

  test('characters a database cannot store are refused on the field that carries them', async () => {
    // In an email, a control character is first of all not an email.
    const nul = await server.call('POST', '/v1/auth/login', { body: { email: 'a\u0000b@x.com', password: 'p' }, client: uniqueClient() });
    assertProblem(nul, 422, [{ path: 'email', code: 'invalid_email' }]);
    const surrogate = await post('/v1/auth/email-codes', '{"email":"\\ud800x@x.com","purpose":"register"}');
    assertProblem(surrogate, 422, [{ path: 'email', code: 'invalid_format' }]);
    const inQuery = await server.call('GET', '/v1/dev/mailbox?to=a%00b');
    assertProblem(inQuery, 422, [{ path: 'to', code: 'invalid_format' }]);
    // Paired surrogates (emoji) are ordinary text.
    const emoji = await server.call('POST', '/v1/auth/login', { body: { email: uniqueEmail(), password: 'p😀' }, client: uniqueClient() });
    assertProblem(emoji, 401, [{ path: 'email', code: 'email_not_registered' }]);
  });

  test('numbers out of range say so', async () => {
    for (const [nonce, code] of [
      [-1, 'number_too_small'],
      [2 ** 60, 'number_too_large'],
    ] as const) {
      const response = await server.call('POST', '/v1/auth/login', {
        body: { email: uniqueEmail(), password: 'p', captcha: { challenge: 'x', nonce } },
        client: uniqueClient(),
      });
      assertProblem(response, 422, [{ path: 'captcha.nonce', code }]);
    }
    const fraction = await server.call('POST', '/v1/auth/login', {
      body: { email: uniqueEmail(), password: 'p', captcha: { challenge: 'x', nonce: 1.5 } },
      client: uniqueClient(),
    });
    assertProblem(fraction, 422, [{ path: 'captcha.nonce', code: 'invalid_type' }]);
  });

  test('nasty bodies never cause a 500 on any route that reads one', async () => {
    const huge = 'x'.repeat(60_000); // the whole body stays under the 64 KiB limit
    const bodies: string[] = [
      '',
      '[]',
      'null',
      '0',
      '-1e999',
      'true',
      '"a string"',
      '{}',
      '[{"email":"a@b.co"}]',
      JSON.stringify({ email: 1, password: 2, code: 3, purpose: 4, newPassword: 5, currentPassword: 6, captcha: 7 }),
      JSON.stringify({ email: null, password: null, code: null, purpose: null, newPassword: null, currentPassword: null, captcha: null }),
      JSON.stringify({ email: [], password: {}, code: [123456], purpose: ['register'], newPassword: [], currentPassword: {} }),
      JSON.stringify({ email: huge.slice(0, 30_000), password: huge.slice(0, 15_000), code: huge.slice(0, 15_000) }),
      JSON.stringify({ email: 'a@b.co', purpose: 'register', code: '１２３４５６', password: 'Ｈｋ２７３００２７３' }),
      JSON.stringify({ email: 'ａ@ｂ.ｃｏ', purpose: 'reset-password', code: '12345６', newPassword: '\u0000\u0000\u0000' }),
      JSON.stringify({ email: 'a@b.co', password: 'p', captcha: { challenge: '.'.repeat(500), nonce: Number.MAX_SAFE_INTEGER } }),
      JSON.stringify({ email: 'a@b.co', password: 'p', captcha: { challenge: 'a.1e400.999999.b', nonce: 0 } }),
      JSON.stringify({ email: 'a@b.co', password: 'p', captcha: { challenge: 'a.-1.-1.b', nonce: 0 } }),
      JSON.stringify({ email: 'a@b.co', password: 'p', captcha: [] }),
      '{"__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}},"email":"a@b.co","password":"p"}',
      '{"email":"a@b.co","email":"b@c.co","password":"p","password":"q"}',
      '{"\\u0000":"\\u0000","email":"a\\u0000@b.co","purpose":"register","code":"123456","password":"Hk27300273"}',
      '{"email":"\\udfff@b.co","password":"\\ud800","currentPassword":"\\udc00x","newPassword":"Hk27300273\\ud800"}',
      '['.repeat(30_000) + ']'.repeat(30_000),
      '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000),
    ];
    const routes = server.app.registry.specs.filter((spec) => spec.body);
    assert.ok(routes.length >= 6, 'every JSON route is tried');
    for (const route of routes) {
      for (const body of bodies) {
        const path = route.path.replace(':id', 'current').replace(':userId', userId);
        const response = await server.call(route.method.toUpperCase(), path, { raw: body, headers: json, token, client: uniqueClient() });
        const label = `${route.method.toUpperCase()} ${route.path} ${body.slice(0, 80)} → ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`;
        assert.ok(response.status < 500, label);
        if (response.status < 300) continue; // a few are valid for some routes (an email code for a@b.co)
        // 404: a path whose resource (`:sku`, `:number`) is not the caller's, once the body passed; 405: a path
        // left with its pattern in it that another route of other methods matches.
        assert.ok([400, 401, 404, 405, 409, 422, 423, 429].includes(response.status), label);
        assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/, label);
      }
    }
    // And the server still works afterwards.
    assert.equal((await server.call('GET', '/v1/me', { token })).status, 200);
  });

  test('prototype keys in a body change nothing', async () => {
    await post('/v1/auth/login', '{"__proto__":{"polluted":true},"email":"a@b.co","password":"p"}');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  describe('messages in the caller’s language', () => {
    const accountNumber = (language?: string) =>
      server.call('POST', '/v1/auth/email-codes', {
        body: { email: '7551234567', purpose: 'register' },
        ...(language ? { headers: { 'accept-language': language } } : {}),
      });

    test('English by default', async () => {
      for (const language of [undefined, 'en-GB', 'fr-FR, de;q=0.8', '*']) {
        const response = await accountNumber(language);
        assertProblem(response, 422, [{ path: 'email', code: 'account_number_not_email' }]);
        assert.equal(response.body.title, messagesFor('en').problem.validation.title, String(language));
        assert.equal(response.body.errors[0].message, messagesFor('en').field.account_number_not_email({}));
      }
    });

    test('Simplified Chinese for zh-CN, Traditional (Hong Kong) for zh-HK and zh-TW', async () => {
      for (const [language, locale] of [
        ['zh-CN', 'zh-CN'],
        ['zh', 'zh-CN'],
        ['zh-HK', 'zh-HK'],
        ['zh-TW', 'zh-HK'],
        ['zh-Hant', 'zh-HK'],
        ['fr;q=0.9, zh-HK;q=0.8, en;q=0.5', 'zh-HK'],
      ] as const) {
        const response = await accountNumber(language);
        assertProblem(response, 422, [{ path: 'email', code: 'account_number_not_email' }]);
        const messages = messagesFor(locale);
        assert.equal(response.body.title, messages.problem.validation.title, language);
        assert.equal(response.body.errors[0].message, messages.field.account_number_not_email({}), language);
        assert.equal(response.body.detail, response.body.errors[0].message, language);
      }
      const simplified = (await accountNumber('zh-CN')).body.errors[0].message;
      const traditional = (await accountNumber('zh-HK')).body.errors[0].message;
      assert.match(simplified, /这看起来是月结账号/);
      assert.match(traditional, /這看來是月結帳號/);
    });

    test('every kind of refusal is translated: validation lists, 401, 404, 415, 400, 429', async () => {
      const headers = { 'accept-language': 'zh-CN' };
      const zh = messagesFor('zh-CN');

      const policy = await server.call('POST', '/v1/auth/register', { body: { email: uniqueEmail(), code: '123456', password: 'abc' }, headers });
      assertProblem(policy, 422, [
        { path: 'password', code: 'password_too_short' },
        { path: 'password', code: 'password_too_few_classes' },
      ]);
      assert.deepEqual(
        policy.body.errors.map((error: { message: string }) => error.message),
        [zh.field.password_too_short({ min: 8 }), zh.field.password_too_few_classes({})],
      );
      assert.equal(policy.body.detail, zh.detail.fieldsInvalid({ field: 'password' }));

      const notSignedIn = await server.call('GET', '/v1/me', { headers });
      assertProblem(notSignedIn, 401);
      assert.equal(notSignedIn.body.title, '未登录');
      assert.equal(notSignedIn.body.detail, zh.detail.notSignedIn);

      assert.equal((await server.call('GET', '/v1/nothing', { headers })).body.title, zh.problem['not-found'].title);
      assert.equal((await post('/v1/auth/login', '{}', { 'content-type': 'text/plain', ...headers })).body.title, zh.problem['unsupported-media-type'].title);
      assert.equal((await post('/v1/auth/login', '{', { ...json, ...headers })).body.detail, zh.problem['malformed-request'].detail({}));

      const email = uniqueEmail();
      await server.call('POST', '/v1/auth/email-codes', { body: { email, purpose: 'register' } });
      const throttled = await server.call('POST', '/v1/auth/email-codes', { body: { email, purpose: 'register' }, headers });
      assertProblem(throttled, 429);
      assert.equal(throttled.body.detail, zh.detail.codeResendTooSoon({ seconds: 60 }));

      const wrong = await server.call('POST', '/v1/auth/login', {
        body: { email: uniqueEmail(), password: 'p' },
        headers: { 'accept-language': 'zh-HK' },
        client: uniqueClient(),
      });
      assertProblem(wrong, 401, [{ path: 'email', code: 'email_not_registered' }]);
      assert.equal(wrong.body.errors[0].message, messagesFor('zh-HK').field.email_not_registered({}));
      assert.equal(wrong.body.title, '登入失敗');
    });
  });
});
