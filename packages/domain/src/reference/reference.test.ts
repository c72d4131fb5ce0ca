import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LOCALES } from '../common/locale.ts';
import { CURRENCY_CODES } from '../common/money.ts';
import {
  COUNTRIES,
  CUSTOMS_UNITS,
  isCategoryCode,
  isCountryCode,
  isCurrencyCode,
  isUnitCode,
  nameIn,
  normalizeUnitCode,
  PRODUCT_CATEGORIES,
  productOptions,
  TRADE_CURRENCIES,
  type ReferenceEntry,
} from './index.ts';

// PRODUCT §3.1, §3.5: the lists product forms and the batch-upload template choose from.
function assertWellFormed(list: readonly ReferenceEntry[], pattern: RegExp) {
  const codes = list.map((entry) => entry.code);
  assert.equal(new Set(codes).size, codes.length, 'codes are unique');
  for (const entry of list) {
    assert.match(entry.code, pattern);
    for (const locale of LOCALES) assert.ok(entry.name[locale]?.trim(), `${entry.code} is named in ${locale}`);
  }
}

describe('reference lists', () => {
  test('customs units: the official 3-digit codes, with the ones products use most', () => {
    assertWellFormed(CUSTOMS_UNITS, /^\d{3}$/);
    const official = { '001': '台', '006': '套', '007': '个', '008': '只', '011': '件', '012': '支', '015': '条', '016': '把', '020': '片', '025': '双', '035': '千克', '036': '克', '095': '升', '096': '毫升', '120': '箱', '122': '罐', '125': '包', '136': '袋', '140': '盒', '142': '瓶', '163': '部' };
    for (const [code, name] of Object.entries(official)) assert.equal(nameIn(CUSTOMS_UNITS, code, 'zh-CN'), name, code);
    assert.equal(nameIn(CUSTOMS_UNITS, '035', 'en'), 'Kilogram');
    assert.equal(nameIn(CUSTOMS_UNITS, '007', 'zh-HK'), '個');
    assert.ok(CUSTOMS_UNITS.length >= 40);
    assert.equal(isUnitCode('007'), true);
    assert.equal(isUnitCode('7'), false, 'a code is three digits');
    assert.equal(isUnitCode('024'), false, 'gaps in the official table stay gaps');
    assert.equal(isUnitCode(35), false);
    assert.equal(normalizeUnitCode(' 35 '), '035', 'what a spreadsheet makes of 035');
    assert.equal(normalizeUnitCode('kg'), 'kg');
  });

  test('countries: all 249 ISO 3166-1 alpha-2 codes; Hong Kong, Macao and Taiwan as customs names them', () => {
    assertWellFormed(COUNTRIES, /^[A-Z]{2}$/);
    assert.equal(COUNTRIES.length, 249);
    assert.deepEqual(COUNTRIES.find((country) => country.code === 'HK')?.name, { 'zh-CN': '中国香港', 'zh-HK': '中國香港', en: 'Hong Kong, China' });
    assert.equal(nameIn(COUNTRIES, 'TW', 'zh-CN'), '中国台湾');
    assert.equal(nameIn(COUNTRIES, 'KR', 'zh-CN'), '韩国');
    assert.equal(nameIn(COUNTRIES, 'NZ', 'zh-HK'), '紐西蘭');
    assert.equal(isCountryCode('KR'), true);
    assert.equal(isCountryCode('kr'), false, 'codes are upper case');
    assert.equal(isCountryCode('UK'), false, 'GB is the code');
  });

  test('currencies: ISO 4217, including every trading currency an enterprise can choose', () => {
    assertWellFormed(TRADE_CURRENCIES, /^[A-Z]{3}$/);
    for (const code of CURRENCY_CODES) assert.equal(isCurrencyCode(code), true, code);
    assert.equal(nameIn(TRADE_CURRENCIES, 'CNY', 'zh-CN'), '人民币');
    assert.equal(isCurrencyCode('RMB'), false);
  });

  test('product categories: stable codes for cross-border retail', () => {
    assertWellFormed(PRODUCT_CATEGORIES, /^[a-z]+(-[a-z]+)*$/);
    for (const code of ['cosmetics', 'infant-formula', 'supplements', 'diapers', 'phones', 'apparel', 'footwear', 'toys', 'food', 'household', 'electronics', 'bags', 'other']) {
      assert.equal(isCategoryCode(code), true, code);
    }
    assert.equal(isCategoryCode('Cosmetics'), false);
  });

  test('productOptions names every list in one locale, in list order', () => {
    const zh = productOptions('zh-CN');
    const en = productOptions('en');
    assert.deepEqual(Object.keys(zh), ['categories', 'units', 'countries', 'currencies']);
    assert.deepEqual(zh.units.find((unit) => unit.code === '035'), { code: '035', name: '千克' });
    assert.deepEqual(en.categories[0], { code: 'cosmetics', name: 'Cosmetics and skin care' });
    assert.equal(zh.countries.length, 249);
    assert.deepEqual(en.currencies.map((currency) => currency.code), TRADE_CURRENCIES.map((currency) => currency.code));
  });
});
