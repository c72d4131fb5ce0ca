import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ADDRESS_SHEET } from './addresses-sheet.ts';

describe('the address-book sheet', () => {
  const read = (cells: Record<string, string>) => ADDRESS_SHEET.readRow(cells);
  const row = { kind: '收件人', name: '张三', phone: '138 0013 8000', province: '广东省', city: '深圳市', district: '南山区', street: '科技园南路 1 号' };

  test('a row in any language of the drop-downs reads as the entry the API takes, normalised', () => {
    assert.deepEqual(read({ ...row, isDefault: '是', postcode: '518057' }), {
      value: { kind: 'recipient', label: null, isDefault: true, name: '张三', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', street: '科技园南路 1 号', postcode: '518057', idNumber: null },
      key: undefined,
      problems: [],
    });
    assert.equal(read({ ...row, kind: 'Sender', isDefault: 'No' }).value?.kind, 'sender');
    assert.equal(read({ ...row, kind: 'sender' }).value?.isDefault, false);
  });

  test('every problem is at its cell: an unknown kind or yes/no, and the address rules', () => {
    const { value, problems } = read({ ...row, kind: '快递员', isDefault: 'maybe', phone: '123', idNumber: '110105194912310021', street: '' });
    assert.equal(value, undefined);
    assert.deepEqual(problems.map((problem) => `${problem.key}:${problem.code}`).sort(), ['idNumber:id_number_check_digit', 'isDefault:invalid_choice', 'kind:invalid_choice', 'phone:address_phone_format', 'street:required']);
    assert.deepEqual(problems.find((problem) => problem.key === 'kind')?.params, { options: ['寄件人', 'Sender', '收件人', 'Recipient'] });
  });
});
