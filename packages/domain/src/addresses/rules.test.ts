import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isPostcode, maskPhone, normalizePhone, readIdNumber } from './rules.ts';

describe('address rules', () => {
  test('mainland mobiles are stored as their 11 digits, with or without +86', () => {
    assert.equal(normalizePhone('13800138000'), '13800138000');
    assert.equal(normalizePhone('+86 138-0013-8000'), '13800138000');
    assert.equal(normalizePhone('0086 19912345678'), '19912345678');
    assert.equal(normalizePhone('8613800138000'), '13800138000');
    assert.equal(normalizePhone('12800138000'), undefined, 'no mobile prefix 12');
    assert.equal(normalizePhone('1380013800'), undefined, '10 digits');
    assert.equal(normalizePhone('+1 13800138000'), undefined);
  });

  test('Hong Kong numbers are 8 digits starting 4–9, stored with +852', () => {
    assert.equal(normalizePhone('9123 4567'), '+85291234567');
    assert.equal(normalizePhone('+852 5123-4567'), '+85251234567');
    assert.equal(normalizePhone('00852 61234567'), '+85261234567');
    assert.equal(normalizePhone('21234567'), undefined, 'starts with 2');
    assert.equal(normalizePhone('+852 912345678'), undefined, '9 digits');
  });

  test('phones are masked in the middle', () => {
    assert.equal(maskPhone('13800138000'), '138****8000');
    assert.equal(maskPhone('+85291234567'), '+852****4567');
  });

  test('postcodes are six digits', () => {
    assert.equal(isPostcode('518057'), true);
    assert.equal(isPostcode('51805'), false);
    assert.equal(isPostcode('51805a'), false);
  });

  test('resident ID numbers: 17 digits, a real birth date and the GB 11643 check character', () => {
    assert.deepEqual(readIdNumber('11010519491231002x'), { ok: true, idNumber: '11010519491231002X' });
    assert.deepEqual(readIdNumber('440308199901010012'), { ok: true, idNumber: '440308199901010012' });
    assert.deepEqual(readIdNumber('440308199901010013'), { ok: false, code: 'id_number_check_digit' });
    assert.deepEqual(readIdNumber('44030819990101001'), { ok: false, code: 'id_number_format' });
    assert.deepEqual(readIdNumber('440308199902300012'), { ok: false, code: 'id_number_format' }, '30 February');
    assert.deepEqual(readIdNumber('4403081999010100A2'), { ok: false, code: 'id_number_format' });
  });
});
