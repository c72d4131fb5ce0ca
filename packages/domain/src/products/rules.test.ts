import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { netWithinGross, PRODUCT_POLICY, PRODUCT_REQUIRED_FIELDS, readQuantity, readWeight, skuKey } from './rules.ts';

describe('product rules', () => {
  test('SKUs compare without case', () => {
    assert.equal(skuKey('hb-1002'), 'HB-1002');
    assert.equal(skuKey('HB-1002'), skuKey('Hb-1002'));
    assert.notEqual(skuKey('HB-1002'), skuKey('HB-1003'));
  });

  test('a weight is kilograms above 0, as typed or as a number', () => {
    for (const typed of ['0.12', '.5', '3.', '12', ' 7.25 ']) assert.equal(readWeight(typed).ok, true, typed);
    assert.deepEqual(readWeight('0.12'), { ok: true, kg: 0.12 });
    assert.deepEqual(readWeight(2), { ok: true, kg: 2 });
    for (const typed of ['0', '0.0', '-1', 'abc', '1,5', '1e3', '1.2.3', '']) assert.deepEqual(readWeight(typed), { ok: false, code: 'weight_format' }, typed);
    for (const value of [0, -2, Number.NaN, Number.POSITIVE_INFINITY]) assert.deepEqual(readWeight(value), { ok: false, code: 'weight_format' }, String(value));
    assert.deepEqual(readWeight(PRODUCT_POLICY.weightMax), { ok: true, kg: PRODUCT_POLICY.weightMax });
    assert.deepEqual(readWeight(String(PRODUCT_POLICY.weightMax + 1)), { ok: false, code: 'number_too_large' });
  });

  test('the net weight may not exceed the gross weight; a missing one compares with nothing', () => {
    assert.equal(netWithinGross(2, 1.5), true);
    assert.equal(netWithinGross(2, 2), true);
    assert.equal(netWithinGross(1, 1.01), false);
    assert.equal(netWithinGross(undefined, 5), true);
    assert.equal(netWithinGross(5, null), true);
  });

  test('a component quantity is a whole number from 1 to the limit', () => {
    assert.deepEqual(readQuantity('3'), { ok: true, quantity: 3 });
    assert.deepEqual(readQuantity(PRODUCT_POLICY.componentMaxQuantity), { ok: true, quantity: PRODUCT_POLICY.componentMaxQuantity });
    for (const value of ['0', '', 'x', '1.5', '-1', 0, 1.5]) assert.deepEqual(readQuantity(value), { ok: false, code: 'number_too_small', min: 1 }, String(value));
    assert.deepEqual(readQuantity(String(PRODUCT_POLICY.componentMaxQuantity + 1)), { ok: false, code: 'number_too_large', max: PRODUCT_POLICY.componentMaxQuantity });
  });

  test('the required fields: a normal product needs its invoice details, a combo only its SKU and name', () => {
    assert.deepEqual(PRODUCT_REQUIRED_FIELDS.normal, ['sku', 'name', 'category', 'unit', 'originCountry', 'purchasePrice', 'salePrice']);
    assert.deepEqual(PRODUCT_REQUIRED_FIELDS.combo, ['sku', 'name']);
  });
});
