import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RegisterRequest } from './schemas.ts';
import { toFieldErrors } from '../common/issues.ts';
import { checkPassword, PASSWORD_POLICY } from './password.ts';
// The account messages, as on a page that imports `@wharf/domain/auth`.
import './messages/index.ts';

// PRODUCT §1.2: at least 8 characters with at least three of upper case, lower case, digit, symbol.
describe('checkPassword', () => {
  test('the policy: 8 to 128 characters, 3 of 4 classes', () => {
    assert.deepEqual(PASSWORD_POLICY, { minLength: 8, maxLength: 128, minClasses: 3 });
  });

  test('Hk27300273 (upper, lower, digit) and hk27300273* (lower, digit, symbol) pass', () => {
    const upperLowerDigit = checkPassword('Hk27300273');
    assert.deepEqual(upperLowerDigit, {
      ok: true,
      longEnough: true,
      classes: { upper: true, lower: true, digit: true, symbol: false },
      classCount: 3,
      unmet: [],
    });
    const lowerDigitSymbol = checkPassword('hk27300273*');
    assert.equal(lowerDigitSymbol.ok, true);
    assert.deepEqual(lowerDigitSymbol.classes, { upper: false, lower: true, digit: true, symbol: true });
    assert.deepEqual(lowerDigitSymbol.unmet, []);
    assert.equal(checkPassword('HK27300273*').ok, true, 'upper, digit, symbol');
    assert.equal(checkPassword('Hk-Hk-Hk-').ok, true, 'upper, lower, symbol');
    assert.equal(checkPassword('Aa1!Aa1!').classCount, 4);
  });

  test('exactly 8 characters is long enough; 7 is not', () => {
    assert.deepEqual(checkPassword('Hk273002').unmet, []);
    const seven = checkPassword('Hk27300');
    assert.equal(seven.ok, false);
    assert.equal(seven.longEnough, false);
    assert.deepEqual(seven.unmet, ['password_too_short']);
  });

  test('short ones fail on length, and on classes too when they lack them', () => {
    assert.deepEqual(checkPassword('Hk2*').unmet, ['password_too_short']);
    assert.deepEqual(checkPassword('abc').unmet, ['password_too_short', 'password_too_few_classes']);
    assert.deepEqual(checkPassword('').unmet, ['password_too_short', 'password_too_few_classes']);
    assert.equal(checkPassword('').classCount, 0);
  });

  test('two classes are not enough, however long', () => {
    for (const [password, classes] of [
      ['hk27300273', { upper: false, lower: true, digit: true, symbol: false }],
      ['HK27300273', { upper: true, lower: false, digit: true, symbol: false }],
      ['HongKongPort', { upper: true, lower: true, digit: false, symbol: false }],
      ['27300273!!', { upper: false, lower: false, digit: true, symbol: true }],
      ['password-password', { upper: false, lower: true, digit: false, symbol: true }],
    ] as const) {
      const check = checkPassword(password);
      assert.equal(check.ok, false, password);
      assert.equal(check.longEnough, true, password);
      assert.deepEqual(check.classes, classes, password);
      assert.equal(check.classCount, 2, password);
      assert.deepEqual(check.unmet, ['password_too_few_classes'], password);
    }
    assert.deepEqual(checkPassword('abcdefghij').unmet, ['password_too_few_classes'], 'one class');
  });

  test('over 128 characters is too long', () => {
    assert.deepEqual(checkPassword(`Hk2${'x'.repeat(125)}`).unmet, []);
    assert.deepEqual(checkPassword(`Hk2${'x'.repeat(126)}`).unmet, ['password_too_long']);
  });

  test('length counts characters, not UTF-16 units; letters and digits of any script count', () => {
    // Four emoji are 8 UTF-16 units but 4 characters.
    assert.deepEqual(checkPassword('😀😀😀😀Aa1').unmet, ['password_too_short']);
    assert.equal(checkPassword('😀😀😀😀Aa1').classes.symbol, true);
    assert.deepEqual(checkPassword('Ünïcödé1').classes, { upper: true, lower: true, digit: true, symbol: false });
    assert.equal(checkPassword('Ünïcödé1').ok, true);
    assert.equal(checkPassword('香港貨倉1234abc').classes.symbol, false, 'CJK characters are letters, not symbols');
    assert.deepEqual(checkPassword('香港貨倉1234').unmet, ['password_too_few_classes']);
    assert.equal(checkPassword('abc def 123').classes.symbol, false, 'spaces are not symbols');
    assert.equal(checkPassword('abcdefgh١٢٣').classes.digit, true, 'Arabic-Indic digits are digits');
  });

  test('the register schema answers with the same codes, on the password field', () => {
    const result = RegisterRequest.safeParse({ email: 'a@b.co', code: '123456', password: 'short' }, { reportInput: true });
    assert.equal(result.success, false);
    const errors = toFieldErrors(result.error!.issues, 'en');
    assert.deepEqual(
      errors.map(({ path, code }) => ({ path, code })),
      [
        { path: 'password', code: 'password_too_short' },
        { path: 'password', code: 'password_too_few_classes' },
      ],
    );
    assert.equal(errors[0]!.message, 'Use at least 8 characters.');
    assert.ok(RegisterRequest.safeParse({ email: 'a@b.co', code: '123456', password: 'hk27300273*' }).success);
  });
});
