import assert from 'node:assert/strict';
import { test } from 'node:test';
import { multiLineText, normalizeSingleLine, singleLineText } from './text.ts';

test('one-line text loses direction overrides and isolates, and each run of breaks becomes one space', () => {
  assert.equal(normalizeSingleLine('invoice\u202Egnp.exe'), 'invoicegnp.exe');
  assert.equal(normalizeSingleLine('\u2066Acme\u2069 \u200FLtd\u200E'), 'Acme Ltd');
  assert.equal(normalizeSingleLine('Line one\r\nLine two\n\n three\tfour\u2028five'), 'Line one Line two three four five');
  assert.equal(normalizeSingleLine('  Kowloon Imports  '), 'Kowloon Imports');
  assert.equal(normalizeSingleLine('深圳  贸易'), '深圳  贸易', 'spaces a person typed are kept');
});

test('the schemas normalise, then count: nothing but controls is empty', () => {
  assert.equal(singleLineText(20).parse('Acme\nTrading\u202E'), 'Acme Trading');
  assert.equal(singleLineText(20).safeParse('\u202E\n\u2066').success, false);
  assert.equal(singleLineText(5).parse('ab\u202Ecd'), 'abcd');
  assert.equal(multiLineText(100).parse(' first line\n\u202Esecond line '), 'first line\nsecond line');
});
