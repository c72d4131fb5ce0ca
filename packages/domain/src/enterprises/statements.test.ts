import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lastDayOf, LedgerQuery, ledgerPeriod, monthOf, monthPeriod, previousMonth, StatementMonth } from './statements.ts';

describe('ledger periods', () => {
  test('a month runs from its first midnight to the next month’s, UTC+8', () => {
    assert.deepEqual(monthPeriod('2026-11'), { from: new Date('2026-10-31T16:00:00Z'), before: new Date('2026-11-30T16:00:00Z') });
    assert.deepEqual(monthPeriod('2026-12'), { from: new Date('2026-11-30T16:00:00Z'), before: new Date('2026-12-31T16:00:00Z') });
    assert.equal(monthOf(new Date('2026-11-30T15:59:59Z')), '2026-11');
    assert.equal(monthOf(new Date('2026-11-30T16:00:00Z')), '2026-12');
  });

  test('the month before, and a month’s last day, across years and leap Februaries', () => {
    assert.equal(previousMonth('2027-01'), '2026-12');
    assert.equal(previousMonth('2026-11'), '2026-10');
    assert.equal(lastDayOf('2028-02'), '2028-02-29');
    assert.equal(lastDayOf('2026-02'), '2026-02-28');
  });

  test('days are whole days UTC+8, `to` inclusive; instants are taken as they are', () => {
    assert.deepEqual(ledgerPeriod({ from: '2026-11-01', to: '2026-11-30' }), { from: new Date('2026-10-31T16:00:00Z'), before: new Date('2026-11-30T16:00:00Z') });
    assert.deepEqual(ledgerPeriod({ from: '2026-11-01T08:00:00+08:00' }), { from: new Date('2026-11-01T00:00:00Z') });
    assert.deepEqual(ledgerPeriod({}), {});
  });

  test('months and days are refused unless well formed', () => {
    assert.ok(StatementMonth.safeParse('2026-11').success);
    for (const bad of ['2026-13', '2026-1', '202611', '2026-11-01']) assert.ok(!StatementMonth.safeParse(bad).success, bad);
    assert.ok(LedgerQuery.safeParse({ from: '2026-11-01', to: '2026-11-30T23:59:59Z' }).success);
    assert.ok(!LedgerQuery.safeParse({ from: '2026-11-31' }).success);
    assert.ok(!LedgerQuery.safeParse({ from: 'yesterday' }).success);
  });
});
