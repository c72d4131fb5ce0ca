// Tickets, attachments and live events through the SDK against the real server over real HTTP.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { operatorToken, PNG_BYTES, ticketBody, ticketEnterprise } from '@wharf/server/testing';
import { serveBackend } from '../testing/served.ts';
import { createWharfClient, isValidationError, type WharfEvent } from '../index.ts';

let agentToken: string;
const served = serveBackend(async ({ backend }) => {
  agentToken = await operatorToken(backend, ['support']);
});

/** Resolves with the first event `predicate` accepts, or fails after `ms`. */
function waitFor(events: WharfEvent[], predicate: (event: WharfEvent) => boolean, ms = 8000) {
  const deadline = Date.now() + ms;
  return new Promise<WharfEvent>((resolve, reject) => {
    const check = () => {
      const found = events.find(predicate);
      if (found) resolve(found);
      else if (Date.now() > deadline) reject(new Error(`no matching event in ${ms} ms; saw ${events.map((e) => e.type).join(', ')}`));
      else setTimeout(check, 20);
    };
    check();
  });
}

describe('tickets through the SDK', () => {
  test('upload a screenshot, ask, follow the agent’s steps live, read the records', async () => {
    const customer = await ticketEnterprise(served.backend, agentToken);
    const wharf = createWharfClient({ baseUrl: served.baseUrl, token: customer.token });
    const desk = createWharfClient({ baseUrl: served.baseUrl, token: agentToken });

    const options = await wharf.tickets.options();
    const progress: number[] = [];
    const file = new File([PNG_BYTES(4096) as BlobPart], 'screen.png', { type: 'image/png' });
    const attachment = await wharf.attachments.upload(file, { onProgress: (p) => progress.push(p.fraction) });
    assert.equal(attachment.preview, true);
    assert.deepEqual(progress, [1]);
    assert.deepEqual(new Uint8Array(await (await wharf.attachments.download(attachment.id)).arrayBuffer()), PNG_BYTES(4096));

    const events: WharfEvent[] = [];
    let connected!: () => void;
    const open = new Promise<void>((resolve) => (connected = resolve));
    const live = wharf.events.subscribe((event) => events.push(event), { onOpen: () => connected() });
    try {
      await open; // a stream without Last-Event-ID starts with what happens next
      const ticket = await wharf.tickets.create({ ...ticketBody({ product: options.products[0] }), category: 'error', attachmentIds: [attachment.id] } as never);
      assert.match(ticket.number, /^OD\d{9}$/);
      await waitFor(events, (event) => event.type === 'ticket.created' && event.data.number === ticket.number);

      const queue = await desk.operator.tickets.list({ status: 'submitted', limit: 200 });
      assert.ok(queue.data.some((item) => item.number === ticket.number && item.enterprise?.id === customer.enterprise.id));
      await desk.operator.tickets.accept(ticket.number, { note: 'Looking now', expectedBy: '2099-01-01' });
      const accepted = await waitFor(events, (event) => event.type === 'ticket.accepted');
      assert.equal(accepted.data.number, ticket.number);
      assert.equal(live.connected, true);
      assert.equal(live.lastEventId, events.at(-1)!.id);

      await wharf.tickets.reply(ticket.number, { note: 'It happens on every voucher' });
      await desk.operator.tickets.addRecord(ticket.number, { category: 'configuration', note: 'Template set', result: 'resolved' });
      await waitFor(events, (event) => event.type === 'ticket.completed');
      const detail = await wharf.tickets.get(ticket.number);
      assert.deepEqual(detail.records.map((record) => record.kind), ['accepted', 'reply', 'processed']);
      const completed = await wharf.tickets.list({ status: 'completed' });
      assert.deepEqual(completed.data.map((item) => item.number), [ticket.number]);
      assert.equal((await wharf.tickets.summary()).completed, 1);
    } finally {
      live.close();
    }
  });

  test('a dropped stream reconnects by itself and receives what happened meanwhile', async () => {
    const customer = await ticketEnterprise(served.backend, agentToken);
    const wharf = createWharfClient({ baseUrl: served.baseUrl, token: customer.token });
    const events: WharfEvent[] = [];
    let opened = 0;
    let connected!: () => void;
    const open = new Promise<void>((resolve) => (connected = resolve));
    const live = wharf.events.subscribe((event) => events.push(event), { onOpen: () => (opened++, connected()), types: ['ticket.created'] });
    try {
      await open; // a stream without Last-Event-ID starts with what happens next
      const first = await wharf.tickets.create(ticketBody() as never);
      await waitFor(events, (event) => event.data.number === first.number);

      served.dropConnections(); // the network drops
      const second = await wharf.tickets.create(ticketBody() as never);
      await waitFor(events, (event) => event.data.number === second.number, 15_000);
      assert.ok(opened >= 2, `reconnected (${opened} opens)`);
      assert.equal(events.filter((event) => event.data.number === first.number).length, 1, 'nothing twice');
    } finally {
      live.close();
    }
  });

  test('a refused file rejects with a ValidationError at `file`, in the client’s language', async () => {
    const customer = await ticketEnterprise(served.backend, agentToken);
    const wharf = createWharfClient({ baseUrl: served.baseUrl, token: customer.token, locale: 'zh-CN' });
    const error = await wharf.attachments.upload(new File(['<html>'], 'page.html')).catch((caught: unknown) => caught);
    assert.ok(isValidationError(error));
    assert.equal(error.fieldErrors[0]?.path, 'file');
    assert.match(error.fieldErrors[0]!.message, /[\u4e00-\u9fff]/);
  });
});
