import assert from 'node:assert/strict';
import { randomBytes, scryptSync } from 'node:crypto';
import { test } from 'node:test';
import { createNodeHasher } from './node-hasher.ts';

const hasher = createNodeHasher();

test('argon2id hashes verify the right password only, with a fresh salt each time', async () => {
  const first = await hasher.hash('Hk27300273');
  const second = await hasher.hash('Hk27300273');
  assert.match(first, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  assert.notEqual(first, second);
  assert.equal(await hasher.verify(first, 'Hk27300273'), true);
  assert.equal(await hasher.verify(first, 'hk27300273'), false);
});

test('scrypt hashes (written where Node lacks argon2) still verify', async () => {
  const salt = randomBytes(16);
  const key = scryptSync('Hk27300273', salt, 32, { N: 2 ** 17, r: 8, p: 1, maxmem: 512 * 1024 * 1024 });
  const stored = `$scrypt$ln=17,r=8,p=1$${salt.toString('base64url')}$${key.toString('base64url')}`;
  assert.equal(await hasher.verify(stored, 'Hk27300273'), true);
  assert.equal(await hasher.verify(stored, 'Hk27300274'), false);
  assert.equal(await hasher.verify('plain-text', 'plain-text'), false);
});
