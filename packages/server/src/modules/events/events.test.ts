import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { assertProblem } from '../../testing/accounts.ts';
import { operatorToken } from '../../testing/enterprises.ts';
import { createTicket, openEvents, ticketEnterprise } from '../../testing/tickets.ts';
import { useTestServer } from '../../testing/suite.ts';

// PRODUCT §2.5: the open widget hears an agent's step at once, and only its own enterprise's.
describe('live events', () => {
  const server = useTestServer();
  let agent: string;
  before(async () => {
    agent = await operatorToken(server, ['support']);
  });

  const accept = (number: string) =>
    server.call('POST', `/v1/operator/tickets/${number}/accept`, { token: agent, body: { note: 'On it', expectedBy: '2099-01-01' } });

  test('a member’s stream carries their enterprise’s ticket steps, and nothing of another’s', async () => {
    const customer = await ticketEnterprise(server, agent);
    const stranger = await ticketEnterprise(server, agent);
    const stream = await openEvents(server, customer.token);
    const theirs = await openEvents(server, stranger.token);
    try {
      const { number } = await createTicket(server, customer.token);
      const created = await stream.next('ticket.created');
      assert.equal(created.data.type, 'ticket.created');
      assert.equal(created.data.enterpriseId, customer.enterprise.id);
      assert.deepEqual(created.data.data, { number, status: 'submitted', title: '核销应收单的凭证模板未设置' });
      assert.equal(created.id, created.data.id);

      await accept(number);
      const accepted = await stream.next('ticket.accepted');
      assert.equal(accepted.data.data.status, 'accepted');
      assert.ok(Number(accepted.id) > Number(created.id));

      await server.call('POST', `/v1/operator/tickets/${number}/records`, { token: agent, body: { category: 'other', note: 'Done', result: 'resolved' } });
      assert.equal((await stream.next('ticket.completed')).data.data.status, 'completed');
      assert.equal(await theirs.anyWithin(300), false, 'another enterprise hears nothing');
    } finally {
      await stream.close();
      await theirs.close();
    }
  });

  test('a stream resumed with Last-Event-ID receives what it missed, in order', async () => {
    const customer = await ticketEnterprise(server, agent);
    const stream = await openEvents(server, customer.token);
    const first = await createTicket(server, customer.token);
    const seen = await stream.next('ticket.created');
    await stream.close();

    const second = await createTicket(server, customer.token);
    await accept(first.number);
    const resumed = await openEvents(server, customer.token, { lastEventId: seen.id });
    try {
      const missed = [await resumed.next(), await resumed.next()];
      assert.deepEqual(
        missed.map((event) => [event.type, event.data.data.number]),
        [
          ['ticket.created', second.number],
          ['ticket.accepted', first.number],
        ],
      );
    } finally {
      await resumed.close();
    }
  });

  test('a stream opens with its starting point, so a client dropped before any event resumes without a gap', async () => {
    const customer = await ticketEnterprise(server, agent);
    const stream = await openEvents(server, customer.token);
    const start = await stream.startingPoint();
    await stream.close();
    const { number } = await createTicket(server, customer.token); // while the client is away
    const resumed = await openEvents(server, customer.token, { lastEventId: start });
    try {
      assert.equal((await resumed.next('ticket.created')).data.data.number, number);
    } finally {
      await resumed.close();
    }
  });

  test('agents hear every enterprise on the operators’ stream; the streams need their own credentials', async () => {
    const customer = await ticketEnterprise(server, agent);
    const desk = await openEvents(server, agent, { path: '/v1/operator/events' });
    try {
      const { number } = await createTicket(server, customer.token);
      const event = await desk.next('ticket.created');
      assert.equal(event.data.data.number, number);
      assert.equal(event.data.enterpriseId, customer.enterprise.id);
    } finally {
      await desk.close();
    }
    assertProblem(await server.call('GET', '/v1/events'), 401);
    assertProblem(await server.call('GET', '/v1/operator/events', { token: customer.token }), 401);
    assertProblem(await server.call('GET', '/v1/operator/events', { token: await operatorToken(server, ['warehouse']) }), 403);
  });

  test('a rolled-back change is never announced', async () => {
    const customer = await ticketEnterprise(server, agent);
    const stream = await openEvents(server, customer.token);
    try {
      const refused = await server.call('POST', '/v1/tickets', {
        token: customer.token,
        body: { contactName: 'A', contactPhone: '+86 138 0013 8000', product: 'Wharf WMS', category: 'other', title: 't', description: 'd', attachmentIds: ['00000000-0000-4000-8000-000000000000'] },
      });
      assert.equal(refused.status, 422);
      assert.equal(await stream.anyWithin(300), false);
    } finally {
      await stream.close();
    }
  });
});
