import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertProblem } from '../../testing/accounts.ts';
import { createEnterprise, operatorToken } from '../../testing/enterprises.ts';
import { enterpriseBody } from '../../testing/fixtures/index.ts';
import { useTestServer } from '../../testing/suite.ts';
import { createTicket, ticketEnterprise } from '../../testing/tickets.ts';

// ISSUE: direction overrides (U+202E) and line breaks never reach names and titles: they are normalised away.
describe('names and titles are one line, without direction overrides', () => {
  const server = useTestServer();

  test('a ticket title with U+202E and line breaks is stored as one plain line; the description keeps its lines', async () => {
    const customer = await ticketEnterprise(server, await operatorToken(server, ['support']));
    const { number } = await createTicket(server, customer.token, { title: 'Refund\u202Efdp.exe\r\nplease', description: 'First line\nSecond\u202E line' });
    const ticket = await server.call('GET', `/v1/tickets/${number}`, { token: customer.token });
    assert.equal(ticket.status, 200, JSON.stringify(ticket.body));
    assert.equal(ticket.body.title, 'Refundfdp.exe please');
    assert.equal(ticket.body.description, 'First line\nSecond line');
  });

  test('an enterprise name with breaks and isolates is one line; one of nothing but controls is required', async () => {
    const admin = await createEnterprise(server, { name: '\u2067Kowloon\nImports\u2069' });
    const view = await server.call('GET', '/v1/enterprises/current', { token: admin.token });
    assert.equal(view.body.name, 'Kowloon Imports');
    const empty = await server.call('POST', '/v1/enterprises', { token: admin.token, body: enterpriseBody({ name: '\u202E\r\n' }) });
    assertProblem(empty, 422);
    assert.equal(empty.body.errors[0].path, 'name');
  });
});
