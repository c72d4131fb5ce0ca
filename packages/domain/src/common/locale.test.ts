import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isLocale, matchLocale, negotiateLocale } from './locale.ts';

describe('negotiateLocale', () => {
  test('no header, or nothing supported → English (or the given fallback)', () => {
    assert.equal(negotiateLocale(undefined), 'en');
    assert.equal(negotiateLocale(null), 'en');
    assert.equal(negotiateLocale(''), 'en');
    assert.equal(negotiateLocale('fr-FR, de;q=0.8'), 'en');
    assert.equal(negotiateLocale('*'), 'en');
    assert.equal(negotiateLocale('fr', 'zh-CN'), 'zh-CN');
    assert.equal(negotiateLocale(undefined, 'zh-HK'), 'zh-HK');
  });

  test('Chinese: Simplified for zh, zh-CN, zh-SG, zh-Hans; Traditional (Hong Kong) for zh-HK, zh-TW, zh-MO, zh-Hant', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-cn', 'zh-SG', 'zh-Hans', 'zh-Hans-CN']) assert.equal(negotiateLocale(tag), 'zh-CN', tag);
    for (const tag of ['zh-HK', 'zh-hk', 'zh-TW', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'ZH-HANT-HK']) assert.equal(negotiateLocale(tag), 'zh-HK', tag);
  });

  test('every English reads en', () => {
    for (const tag of ['en', 'en-US', 'en-GB', 'EN-au']) assert.equal(negotiateLocale(tag), 'en', tag);
  });

  test('q-values rank the choices; ties keep the header order', () => {
    assert.equal(negotiateLocale('en;q=0.8, zh-CN'), 'zh-CN');
    assert.equal(negotiateLocale('zh-CN;q=0.5, zh-HK;q=0.9, en;q=0.7'), 'zh-HK');
    assert.equal(negotiateLocale('zh-HK, en'), 'zh-HK');
    assert.equal(negotiateLocale('en, zh-HK'), 'en');
    assert.equal(negotiateLocale('zh-TW;q=0.7, en;q=0.7'), 'zh-HK');
    assert.equal(negotiateLocale('fr-CA, fr;q=0.9, zh-CN;q=0.8, en;q=0.5'), 'zh-CN', 'unsupported ones are skipped');
    assert.equal(negotiateLocale('zh-CN,zh;q=0.9,en;q=0.8'), 'zh-CN', 'a browser header, no spaces');
  });

  test('q=0 means "not this one"', () => {
    assert.equal(negotiateLocale('zh-CN;q=0, en'), 'en');
    assert.equal(negotiateLocale('en;q=0, zh-HK;q=0.1'), 'zh-HK');
    assert.equal(negotiateLocale('zh-CN;q=0', 'zh-HK'), 'zh-HK');
  });

  test('tolerates spaces and odd parameters', () => {
    assert.equal(negotiateLocale('  zh-HK ; q=0.9 ,  en ; q=0.1 '), 'zh-HK');
    assert.equal(negotiateLocale('en;level=1;q=0.4, zh-CN;q=0.6'), 'zh-CN');
    assert.equal(negotiateLocale(',,;,zh-CN'), 'zh-CN');
  });
});

describe('matchLocale and isLocale', () => {
  test('matchLocale maps one tag or says it has no match', () => {
    assert.equal(matchLocale('zh-Hant-HK'), 'zh-HK');
    assert.equal(matchLocale('zh-Hans-HK'), 'zh-CN', 'the script decides, not the region');
    assert.equal(matchLocale('english'), undefined);
    assert.equal(matchLocale('ja-JP'), undefined);
    assert.equal(matchLocale(''), undefined);
  });

  test('isLocale accepts exactly the three supported locales', () => {
    for (const locale of ['en', 'zh-CN', 'zh-HK']) assert.equal(isLocale(locale), true, locale);
    for (const value of ['zh-cn', 'zh', 'en-US', '', undefined, null, 1]) assert.equal(isLocale(value), false, String(value));
  });
});
