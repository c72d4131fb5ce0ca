import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
// Only the account catalogue, as on a sign-in page (each test file runs in a process of its own).
import '../../auth/messages/index.ts';
import { fieldMessage, hasFieldMessage, registeredCatalogues } from './registry.ts';

describe('message registry', () => {
  test('a page knows only the catalogues it imports', () => {
    assert.deepEqual(registeredCatalogues().map((catalogue) => catalogue.feature), ['common', 'auth']);
    assert.equal(fieldMessage('en', 'required'), 'This field is required.');
    assert.equal(hasFieldMessage('sku_format'), false);
    assert.equal(fieldMessage('en', 'sku_format'), fieldMessage('en', 'invalid_format'));
  });

  test('importing a feature registers its catalogue and those its forms meet', async () => {
    await import('../../products/messages/index.ts');
    assert.deepEqual(registeredCatalogues().map((catalogue) => catalogue.feature), ['common', 'auth', 'reference', 'products']);
    assert.equal(hasFieldMessage('sku_format'), true);
    assert.match(fieldMessage('zh-CN', 'net_above_gross', { max: 2 }), /2 千克/);
    assert.equal(hasFieldMessage('ticket_not_open'), false);
  });
});
