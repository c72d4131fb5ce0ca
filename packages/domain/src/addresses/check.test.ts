import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAddress, normalizeAddress } from './check.ts';
import { AddressBookEntryInput, AddressInput } from './schemas.ts';

const address = { name: '张三', phone: '+86 138 0013 8000', province: '广东省', city: '深圳市', district: '南山区', street: '科技园南路 1 号' };

describe('checkAddress', () => {
  test('a complete address passes', () => {
    assert.deepEqual(checkAddress(address), []);
  });

  test('each field is named under the given path', () => {
    const issues = checkAddress({ ...address, name: ' ', phone: '12345', postcode: '5180', idNumber: '440308199901010013' }, { path: 'recipient' });
    assert.deepEqual(
      issues.map((issue) => [issue.path, issue.code]),
      [
        ['recipient.name', 'required'],
        ['recipient.phone', 'address_phone_format'],
        ['recipient.postcode', 'postcode_format'],
        ['recipient.idNumber', 'id_number_check_digit'],
      ],
    );
  });

  test('the ID number is required only when the shipping method says so', () => {
    assert.deepEqual(checkAddress(address), []);
    assert.deepEqual(checkAddress(address, { idNumberRequired: true }).map((issue) => issue.code), ['id_number_required']);
    assert.deepEqual(checkAddress({ ...address, idNumber: '440308199901010012' }, { idNumberRequired: true }), []);
  });

  test('texts longer than the limits are refused with the limit', () => {
    const [issue] = checkAddress({ ...address, street: 'x'.repeat(201) });
    assert.equal(issue?.code, 'too_long');
    assert.equal(issue?.params.max, 200);
  });

  test('normalising trims, stores the phone form and nulls empty optional fields', () => {
    assert.deepEqual(normalizeAddress({ ...address, postcode: ' ', idNumber: '11010519491231002x' }), {
      ...address,
      phone: '13800138000',
      postcode: null,
      idNumber: '11010519491231002X',
    });
  });
});

describe('address schemas', () => {
  test('the input schema checks and normalises', () => {
    assert.equal(AddressInput.parse(address).phone, '13800138000');
    const result = AddressInput.safeParse({ ...address, phone: '021-12345678' });
    assert.equal(result.success, false);
    assert.deepEqual(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]), [['phone', 'address_phone_format']]);
  });

  test('an address-book entry has a kind, an optional label and a default flag', () => {
    assert.deepEqual(AddressBookEntryInput.parse({ kind: 'sender', ...address }), { kind: 'sender', label: null, isDefault: false, ...normalizeAddress(address) });
    assert.equal(AddressBookEntryInput.safeParse({ kind: 'other', ...address }).success, false);
  });
});
