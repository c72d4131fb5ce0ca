import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allowedEvents, allowedMoves, eventTarget, holdsReservation, isCalendarDay, isOrderReference, moveTarget, orderNumber } from './rules.ts';

describe('order states', () => {
  test('a draft can be confirmed or deleted; a confirmed order submitted or sent back', () => {
    assert.deepEqual(allowedMoves('draft', 'stock'), ['confirm', 'delete']);
    assert.deepEqual(allowedMoves('confirmed', 'stock'), ['unconfirm', 'submit']);
    assert.equal(moveTarget('confirmed', 'unconfirm'), 'draft');
    assert.equal(moveTarget('draft', 'submit'), undefined);
  });

  test('a consolidation order submits only once its ASN is received', () => {
    assert.deepEqual(allowedMoves('confirmed', 'consolidation'), ['unconfirm']);
    assert.deepEqual(allowedMoves('confirmed', 'consolidation', { asnReceived: true }), ['unconfirm', 'submit']);
  });

  test('after submission only operators move it', () => {
    for (const status of ['submitted', 'cleared', 'shipped', 'signed', 'deleted'] as const) assert.deepEqual(allowedMoves(status, 'stock'), []);
    assert.equal(eventTarget('submitted', 'cleared'), 'cleared');
    assert.equal(eventTarget('cleared', 'shipped'), 'shipped');
    assert.equal(eventTarget('shipped', 'signed'), 'signed');
    assert.equal(eventTarget('submitted', 'shipped'), undefined);
    assert.equal(eventTarget('cleared', 'exception'), null);
    assert.deepEqual(allowedEvents('draft'), []);
    assert.deepEqual(allowedEvents('shipped'), ['signed', 'exception']);
  });

  test('stock orders hold their reservation from confirmation until shipped', () => {
    assert.equal(holdsReservation('confirmed', 'stock'), true);
    assert.equal(holdsReservation('cleared', 'stock'), true);
    assert.equal(holdsReservation('shipped', 'stock'), false);
    assert.equal(holdsReservation('confirmed', 'consolidation'), false);
  });

  test('numbers, references and days', () => {
    assert.equal(orderNumber(42), 'SO0000000042');
    assert.equal(isOrderReference('PO-2026/01#3'), true);
    assert.equal(isOrderReference('-PO'), false);
    assert.equal(isCalendarDay('2026-02-29'), false);
    assert.equal(isCalendarDay('2028-02-29'), true);
  });
});
