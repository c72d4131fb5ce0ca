import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LOCALES } from '../common/locale.ts';
import { FIELD_CODES, fieldMessage, hasFieldMessage, messagesFor, registeredCatalogues } from './index.ts';

const params = { min: 1, max: 2, options: ['a', 'b'], remaining: 3, until: 'noon', seconds: 4, field: 'x', name: 'n', email: 'e', status: 's', count: 5, row: 6, earliest: '1900-01-01', latest: '2999-12-31' };

describe('every catalogue', () => {
  test('the common catalogue and all eight features are registered', () => {
    assert.deepEqual(registeredCatalogues().map((catalogue) => catalogue.feature).sort(), ['addresses', 'auth', 'common', 'enterprises', 'imports', 'orders', 'products', 'reference', 'tickets']);
  });

  test('every code of every catalogue has a message in every locale', () => {
    for (const catalogue of registeredCatalogues()) {
      const codes = Object.keys(catalogue.field.en);
      for (const locale of LOCALES) {
        assert.deepEqual(Object.keys(catalogue.field[locale]).sort(), [...codes].sort(), `${catalogue.feature} ${locale}`);
        for (const code of codes) {
          const message = fieldMessage(locale, code, params);
          assert.ok(message.trim().length > 0, `${catalogue.feature} ${locale} ${code}`);
          assert.doesNotMatch(message, /undefined/, `${catalogue.feature} ${locale} ${code}`);
        }
      }
    }
  });

  test('the code lists and the catalogues agree, and no code is in two catalogues', () => {
    const owners = new Map<string, string>();
    for (const catalogue of registeredCatalogues()) {
      for (const code of Object.keys(catalogue.field.en)) {
        assert.equal(owners.get(code), undefined, `${code} in ${owners.get(code)} and ${catalogue.feature}`);
        owners.set(code, catalogue.feature);
      }
    }
    assert.deepEqual([...owners.keys()].sort(), [...FIELD_CODES].sort());
    for (const code of FIELD_CODES) assert.ok(hasFieldMessage(code), code);
  });

  test('fieldMessage says what the merged catalogue says, in every locale', () => {
    for (const locale of LOCALES) {
      for (const code of FIELD_CODES) assert.equal(fieldMessage(locale, code, params), messagesFor(locale).field[code](params), `${locale} ${code}`);
    }
  });

  test('an unknown code reads as a generic sentence', () => {
    assert.equal(fieldMessage('zh-HK', 'no_such_code'), messagesFor('zh-HK').field.invalid_format({}));
  });

  test('details and problem titles: the server’s texts, in every locale', () => {
    assert.equal(messagesFor('en').detail.fieldsInvalid({ field: 'name' }), 'Fix the highlighted fields: name.');
    assert.equal(messagesFor('en').problem['rate-limited'].title, 'Too many requests');
    assert.equal(messagesFor('en').problem['rate-limited'].detail({ seconds: 5 }), 'Try again in 5 seconds.');
    for (const locale of LOCALES) {
      assert.ok(messagesFor(locale).problem.validation.title.trim(), locale);
      assert.ok(messagesFor(locale).detail.adminOnly.trim(), locale);
    }
  });
});
