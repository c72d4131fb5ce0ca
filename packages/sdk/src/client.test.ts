// The SDK against the real server over real HTTP (the app on PGlite behind @hono/node-server).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { uniqueEmail } from '@wharf/server/testing';
import { serveBackend } from './testing/served.ts';
import {
  ConnectionError,
  ConflictError,
  createWharfClient,
  isLockedError,
  isWharfError,
  LockedError,
  RateLimitedError,
  UnauthorizedError,
  ValidationError,
  type WharfClient,
} from './index.ts';

const served = serveBackend();

async function registered(client: WharfClient, email = uniqueEmail('sdk'), password = 'Hk27300273') {
  await client.auth.requestCode({ email, purpose: 'register' });
  const code = await served.backend.codeFor(email);
  return { email, password, ...(await client.auth.register({ email, code, password })) };
}

describe('createWharfClient', () => {
  test('registers, signs in with the token and reads /v1/me', async () => {
    const client = createWharfClient({ baseUrl: served.baseUrl });
    const { email, token, user } = await registered(client);
    assert.equal(user.email, email);
    const me = await client.extend({ token }).auth.me();
    assert.equal(me.user.id, user.id);
    assert.deepEqual(me.memberships, []);
    let calls = 0;
    const dynamic = createWharfClient({ baseUrl: served.baseUrl, getToken: () => (calls++, token) });
    await dynamic.auth.me();
    assert.equal(calls, 1, 'getToken is read on every call');
  });

  test('refusals reject with the WharfError subclass carrying the problem and its field errors', async () => {
    const client = createWharfClient({ baseUrl: served.baseUrl });
    const { email } = await registered(client);

    const weak = await client.auth.register({ email: uniqueEmail(), code: '123456', password: 'short' }).catch((e) => e);
    assert.ok(weak instanceof ValidationError);
    assert.equal(weak.status, 422);
    assert.deepEqual(weak.fieldErrors.map((e: { code: string }) => e.code).sort(), ['password_too_few_classes', 'password_too_short']);
    assert.equal(weak.fieldError('password')?.path, 'password');

    const taken = await client.auth.requestCode({ email, purpose: 'register' }).catch((e) => e);
    assert.ok(taken instanceof ConflictError);
    assert.equal(taken.fieldError('email')?.code, 'email_taken');

    const wrong = await client.auth.login({ email, password: 'Wrong-password1' }).catch((e) => e);
    assert.ok(wrong instanceof UnauthorizedError);
    assert.equal(wrong.remainingAttempts, 4);

    const other = uniqueEmail();
    await client.auth.requestCode({ email: other, purpose: 'register' });
    const throttled = await client.auth.requestCode({ email: other, purpose: 'register' }).catch((e) => e);
    assert.ok(throttled instanceof RateLimitedError);
    assert.ok(throttled.retryAfter > 0 && throttled.retryAfter <= 60);

    const signedOut = await client.auth.me().catch((e) => e);
    assert.ok(signedOut instanceof UnauthorizedError);
    assert.ok(isWharfError(signedOut));
  });

  test('a locked account rejects with LockedError and a Date, recognised across realms by name', async () => {
    const client = createWharfClient({ baseUrl: served.baseUrl, fetch: (input, init) => fetch(input, init) });
    const { email } = await registered(client);
    let last: unknown;
    for (let i = 0; i < 5; i++) {
      last = await createWharfClient({ baseUrl: served.baseUrl })
        .auth.login({ email, password: `Wrong-${i}-password` })
        .catch((e) => e);
      if (last instanceof ValidationError && last.captchaRequired) {
        const { challenge, difficulty } = await client.auth.captcha();
        const { solveProofOfWork } = await import('@wharf/domain/auth');
        const digest = async (data: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource));
        const nonce = await solveProofOfWork(digest, challenge, difficulty);
        last = await client.auth.login({ email, password: `Wrong-${i}-password`, captcha: { challenge, nonce } }).catch((e) => e);
      }
    }
    assert.ok(last instanceof LockedError, `expected LockedError, got ${String(last)}`);
    assert.ok(last.lockedUntil instanceof Date && last.lockedUntil.getTime() > Date.now());
    const foreign = Object.assign(new Error('x'), { name: 'LockedError', problem: {} });
    assert.equal(isLockedError(foreign), true);
  });

  test('server messages follow the locale option', async () => {
    const zh = createWharfClient({ baseUrl: served.baseUrl, locale: 'zh-CN' });
    const error = await zh.auth.login({ email: '7551234567', password: 'x' }).catch((e) => e);
    assert.ok(error instanceof ValidationError);
    assert.match(error.fieldError('email')!.message, /月结账号/);
    let locale: 'en' | 'zh-HK' = 'zh-HK';
    const switching = createWharfClient({ baseUrl: served.baseUrl, locale: () => locale });
    assert.match((await switching.auth.login({ email: 'x', password: 'x' }).catch((e) => e)).fieldError('email').message, /電郵/);
    locale = 'en';
    assert.match((await switching.auth.login({ email: 'x', password: 'x' }).catch((e) => e)).fieldError('email').message, /email address/);
  });

  test('an unreachable server rejects with ConnectionError; an aborted call rejects with AbortError', async () => {
    const down = createWharfClient({ baseUrl: 'http://127.0.0.1:9', timeout: 2000 });
    const error = await down.health().catch((e) => e);
    assert.ok(error instanceof ConnectionError);
    assert.equal(error.status, 0);
    const abort = new AbortController();
    const pending = createWharfClient({ baseUrl: served.baseUrl }).auth.me({ signal: abort.signal });
    abort.abort();
    await assert.rejects(pending, (e: Error) => e.name === 'AbortError');
  });

  test('every call takes a signal, reads and writes alike', async () => {
    const client = createWharfClient({ baseUrl: served.baseUrl });
    const signal = AbortSignal.abort();
    const aborted = (e: Error) => e.name === 'AbortError';
    await assert.rejects(client.health({ signal }), aborted);
    await assert.rejects(client.products.list({}, { signal }), aborted);
    await assert.rejects(client.hsCodes.search('3304', { signal }), aborted);
    await assert.rejects(client.imports.template('products', { signal }), aborted);
    await assert.rejects(client.auth.requestCode({ email: uniqueEmail('abort'), purpose: 'register' }, { signal }), aborted);
    await assert.rejects(client.tickets.reply('OD0', { note: 'x' }, { signal }), aborted);
  });
});

describe('enterprises', () => {
  const profile = (registrationNumber: string) => ({
    name: 'SDK Trading Ltd',
    registrationNumber,
    tradingCurrency: 'HKD' as const,
    contact: { name: 'Chan Tai Man', phone: '+852 2730 0273', email: 'accounts@sdk.example', address: '1 Harbour Road' },
  });

  test('create, read `current`, update with the version, and a stale version rejects with ConflictError', async () => {
    const anonymous = createWharfClient({ baseUrl: served.baseUrl });
    const { token } = await registered(anonymous);
    const client = anonymous.extend({ token });
    const created = await client.enterprises.create(profile(`SDK-${crypto.randomUUID()}`));
    assert.match(created.accountNumber, /^WH\d{8}$/);
    assert.equal(created.role, 'admin');
    const current = await client.enterprises.get();
    assert.equal(current.id, created.id);

    const updated = await client.enterprises.update('current', { contact: { phone: '+852 2111 2222' } }, { version: current.version });
    assert.equal(updated.contact?.phone, '+852 2111 2222');
    assert.equal(updated.version, current.version + 1);
    const stale = await client.enterprises.update('current', { contact: { phone: '+852 2333 4444' } }, { version: current.version }).catch((error) => error);
    assert.ok(stale instanceof ConflictError, String(stale));
    assert.deepEqual(stale.fieldErrors.map((error: { path: string; code: string }) => [error.path, error.code]), [['version', 'version_stale']]);

    const log = await client.enterprises.log();
    assert.deepEqual(log.data.map((entry) => entry.action), ['updated', 'created']);
  });

  test('read-only basics reject with ValidationError naming the field', async () => {
    const anonymous = createWharfClient({ baseUrl: served.baseUrl });
    const client = anonymous.extend({ token: (await registered(anonymous)).token });
    await client.enterprises.create(profile(`SDK-${crypto.randomUUID()}`));
    const refused = await client.enterprises.update('current', { name: 'Renamed' } as never).catch((error) => error);
    assert.ok(refused instanceof ValidationError);
    assert.deepEqual(refused.fieldErrors.map((error: { path: string }) => error.path), ['name']);
  });

  test('the `enterprise` option picks among several memberships (Wharf-Enterprise)', async () => {
    const anonymous = createWharfClient({ baseUrl: served.baseUrl });
    const client = anonymous.extend({ token: (await registered(anonymous)).token });
    const first = await client.enterprises.create(profile(`SDK-${crypto.randomUUID()}`));
    const second = await client.enterprises.create(profile(`SDK-${crypto.randomUUID()}`));
    const unsure = await client.enterprises.get().catch((error) => error);
    assert.ok(unsure instanceof ValidationError);
    assert.deepEqual(unsure.fieldErrors.map((error: { path: string }) => error.path), ['Wharf-Enterprise']);
    let chosen = first.id;
    const picking = client.extend({ enterprise: () => chosen });
    assert.equal((await picking.enterprises.get()).id, first.id);
    chosen = second.id;
    assert.equal((await picking.enterprises.get()).id, second.id);
  });
});
