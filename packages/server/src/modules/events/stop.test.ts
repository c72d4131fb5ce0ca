import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { operatorToken } from '../../testing/enterprises.ts';
import { useTestServer } from '../../testing/suite.ts';
import { openEvents, ticketEnterprise } from '../../testing/tickets.ts';

// ISSUE: stopping the event hub (as a server shutting down does) ends the open streams instead of leaving them hanging.
describe('event streams when the hub stops', () => {
  const server = useTestServer();

  test('a member’s and an operator’s open streams end when the hub stops', async () => {
    const agent = await operatorToken(server, ['support']);
    const customer = await ticketEnterprise(server, agent);
    const streams = [await openEvents(server, customer.token), await openEvents(server, agent, { path: '/v1/operator/events' })];
    for (const stream of streams) await stream.startingPoint();
    await server.app.services.events.stop();
    for (const stream of streams) await assert.rejects(stream.next(undefined, 3000), /the event stream ended/);
  });
});
