import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ASSIGNABLE_ROLES,
  checkSecurityPin,
  formatAccountNumber,
  isAccountNumber,
  isActiveRole,
  maskEmail,
  MEMBER_ROLES,
  normalizeAccountNumber,
  normalizeOrigin,
} from './rules.ts';

describe('enterprise rules', () => {
  test('account numbers: letters and digits, spaces, dashes and case ignored', () => {
    assert.equal(normalizeAccountNumber(' wh-0000 0042 '), 'WH00000042');
    assert.equal(isAccountNumber('wh 0000 0042'), true);
    assert.equal(isAccountNumber('WH1'), false);
    assert.equal(formatAccountNumber(42), 'WH00000042');
  });

  test('roles: an admin gives admin or member; pending members only wait', () => {
    assert.deepEqual(MEMBER_ROLES, ['admin', 'member', 'pending']);
    assert.deepEqual(ASSIGNABLE_ROLES, ['admin', 'member']);
    assert.equal(isActiveRole('member'), true);
    assert.equal(isActiveRole('pending'), false);
  });

  test('security PIN: six digits, not one repeated, not a run', () => {
    assert.equal(checkSecurityPin('480215'), undefined);
    assert.equal(checkSecurityPin('12345'), 'pin_format');
    assert.equal(checkSecurityPin('12a456'), 'pin_format');
    for (const pin of ['111111', '123456', '987654', '890123']) assert.equal(checkSecurityPin(pin), 'pin_too_simple', pin);
  });

  test('masked emails keep the domain', () => {
    assert.equal(maskEmail('finance@acme.com'), 'fi***@acme.com');
    assert.equal(maskEmail('a@acme.com'), 'a***@acme.com');
    assert.equal(maskEmail('nobody'), '***');
  });

  test('origins: scheme, host and port only', () => {
    assert.equal(normalizeOrigin('https://ERP.example.com/'), 'https://erp.example.com');
    assert.equal(normalizeOrigin('http://localhost:8080'), 'http://localhost:8080');
    assert.equal(normalizeOrigin('https://erp.example.com/app'), undefined);
    assert.equal(normalizeOrigin('ftp://erp.example.com'), undefined);
    assert.equal(normalizeOrigin('not a url'), undefined);
  });
});
