import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAmount, CURRENCIES, exceedsMinorUnits, formatAmount } from './money.ts';

describe('money', () => {
  test('minor units: two for CNY, none for JPY and KRW', () => {
    assert.equal(CURRENCIES.CNY, 2);
    assert.equal(CURRENCIES.JPY, 0);
    assert.equal(CURRENCIES.KRW, 0);
  });

  test('an amount may carry no more decimals than its currency has', () => {
    assert.equal(exceedsMinorUnits('129.90', 'CNY'), false);
    assert.equal(exceedsMinorUnits('129.905', 'CNY'), true);
    assert.equal(exceedsMinorUnits('300', 'JPY'), false);
    assert.equal(exceedsMinorUnits('300.5', 'JPY'), true);
    assert.equal(exceedsMinorUnits('1000.1', 'KRW'), true);
  });

  test('trailing zeros count as typed, and not when only significant decimals matter (stored prices)', () => {
    assert.equal(exceedsMinorUnits('300.00', 'JPY'), true);
    assert.equal(exceedsMinorUnits('300.00', 'JPY', { significant: true }), false);
    assert.equal(exceedsMinorUnits('129.50', 'JPY', { significant: true }), true);
    assert.equal(exceedsMinorUnits('129.100', 'CNY', { significant: true }), false);
  });

  test('ledger amounts: positive decimals within the currency’s precision', () => {
    assert.equal(checkAmount('1250.00', 'HKD'), undefined);
    assert.equal(checkAmount('300', 'JPY'), undefined);
    assert.equal(checkAmount('300.5', 'JPY'), 'amount_precision');
    assert.equal(checkAmount('300.00', 'KRW'), 'amount_precision');
    assert.equal(checkAmount('1.234', 'CNY'), 'amount_precision');
    assert.equal(checkAmount('0.00', 'CNY'), 'amount_not_positive');
    assert.equal(checkAmount('-5', 'CNY'), 'amount_format');
    assert.equal(checkAmount('12,50', 'CNY'), 'amount_format');
  });

  test('amounts are shown with exactly the currency’s decimals', () => {
    assert.equal(formatAmount('1250.5000', 'HKD'), '1250.50');
    assert.equal(formatAmount('300.0000', 'JPY'), '300');
    assert.equal(formatAmount('-0.001', 'CNY'), '0.00');
  });
});
