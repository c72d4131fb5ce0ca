import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  canAccept,
  canAddRecord,
  canReopen,
  canReply,
  checkAttachment,
  extensionOf,
  formatTicketNumber,
  isOpenTicket,
  isTicketNumber,
  OPERATOR_TICKET_FILTERS,
  reopenDeadline,
  statusAfterRecord,
  TICKET_POLICY,
} from './rules.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('ticket rules', () => {
  test('numbers: OD and nine digits', () => {
    assert.equal(formatTicketNumber(1), 'OD000000001');
    assert.equal(isTicketNumber('OD000000042'), true);
    assert.equal(isTicketNumber('OD42'), false);
  });

  test('the life cycle: submitted → accepted → processing → completed, reopened within the window', () => {
    assert.equal(canAccept('submitted'), true);
    assert.equal(canAccept('accepted'), false);
    assert.equal(canAddRecord('accepted'), true);
    assert.equal(canAddRecord('processing'), true);
    assert.equal(canAddRecord('submitted'), false);
    assert.equal(canAddRecord('completed'), false);
    assert.equal(canReply('processing'), true);
    assert.equal(canReply('completed'), false);
    assert.equal(isOpenTicket('submitted'), true);
    assert.equal(isOpenTicket('completed'), false);
    assert.equal(statusAfterRecord('resolved'), 'completed');
    assert.equal(statusAfterRecord('partial'), 'processing');
    const completedAt = new Date('2026-01-01T00:00:00Z');
    assert.equal(reopenDeadline(completedAt).getTime(), completedAt.getTime() + TICKET_POLICY.reopenWindowDays * DAY);
    assert.equal(canReopen('completed', completedAt, new Date(completedAt.getTime() + TICKET_POLICY.reopenWindowDays * DAY)), true);
    assert.equal(canReopen('completed', completedAt, new Date(completedAt.getTime() + TICKET_POLICY.reopenWindowDays * DAY + 1)), false);
    assert.equal(canReopen('processing', completedAt, completedAt), false);
    assert.equal(canReopen('completed', null, completedAt), false);
  });

  test('a desk filters by open or one status, in the order of the life cycle', () => {
    assert.deepEqual(OPERATOR_TICKET_FILTERS, ['open', 'submitted', 'accepted', 'processing', 'completed']);
  });

  test('attachments are judged by name, size and first bytes', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    assert.equal(extensionOf('Screen Shot.PNG'), 'png');
    assert.deepEqual(checkAttachment({ name: 'shot.png', size: png.length, head: png }), { ok: true, contentType: 'image/png', preview: true });
    assert.deepEqual(checkAttachment({ name: 'page.svg', size: 10 }), { ok: false, code: 'attachment_type' });
    assert.deepEqual(checkAttachment({ name: 'shot.png', size: 10, head: new TextEncoder().encode('not a png') }), { ok: false, code: 'attachment_mismatch' });
    assert.deepEqual(checkAttachment({ name: 'empty.txt', size: 0 }), { ok: false, code: 'attachment_empty' });
  });
});
