// The HS-code catalogue through the SDK against the real server over real HTTP.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { registerUser } from '@wharf/server/testing';
import { serveBackend } from '../testing/served.ts';
import { createWharfClient, isNotFoundError, isValidationError, UnauthorizedError, type WharfClient } from '../index.ts';

let wharf: WharfClient;
serveBackend(async ({ backend, baseUrl }) => {
  const { token } = await registerUser(backend);
  wharf = createWharfClient({ baseUrl, token, locale: 'zh-CN' });
});

describe('client.hsCodes', () => {
  test('search by code prefix or name, with a limit; get one code with its elements', async () => {
    assert.deepEqual((await wharf.hsCodes.search('3304.99')).map((hs) => hs.code), ['3304990099']);
    const named = await wharf.hsCodes.search('奶粉', { limit: 1 });
    assert.equal(named.length, 1);
    assert.match(named[0]!.name, /奶粉/);
    const phone = await wharf.hsCodes.get('8517130000');
    assert.deepEqual([phone.name, phone.unit, phone.secondUnit], ['智能手机', '001', '035']);
    assert.deepEqual(phone.elements[0]?.choices?.map((choice) => choice.code), ['0', '1', '2', '3', '4']);
  });

  test('unknown and malformed codes reject with typed errors naming `code`', async () => {
    const unknown = await wharf.hsCodes.get('8517130001').catch((error: unknown) => error);
    assert.ok(isNotFoundError(unknown));
    assert.equal(unknown.fieldError('code')?.code, 'hs_code_unknown');
    const malformed = await wharf.hsCodes.get('8517').catch((error: unknown) => error);
    assert.ok(isValidationError(malformed));
    assert.match(malformed.fieldError('code')?.message ?? '', /10 位海关编码/);
    await assert.rejects(wharf.extend({ token: undefined }).hsCodes.search('3304'), UnauthorizedError);
  });
});
