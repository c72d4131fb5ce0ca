import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { assertProblem } from '../../testing/accounts.ts';
import { createEnterprise, operatorToken } from '../../testing/enterprises.ts';
import { createTicket, ticketEnterprise, type TicketEnterprise } from '../../testing/tickets.ts';
import { useTestServer } from '../../testing/suite.ts';
import { TICKET_PRODUCTS, ticketBody } from '../../testing/fixtures/index.ts';

// PRODUCT §2 and seed 001: ask, follow, reply, reopen; the agents' desk accepts, records and completes.
describe('tickets', () => {
  const server = useTestServer();
  let agent: string;
  before(async () => {
    agent = await operatorToken(server, ['support']);
  });

  const accept = (number: string, body: Record<string, unknown> = { note: '马上处理', expectedBy: tomorrow() }) =>
    server.call('POST', `/v1/operator/tickets/${number}/accept`, { token: agent, body });
  const record = (number: string, result: string, note = '已设置凭证模板，请按要求进行生成凭证操作。') =>
    server.call('POST', `/v1/operator/tickets/${number}/records`, { token: agent, body: { category: 'other', note, result } });
  const tomorrow = () => new Date(server.clock.now().getTime() + 86_400_000).toISOString().slice(0, 10);
  const mailTo = async (email: string) => {
    await server.app.services.outbox.deliverDue();
    return (await server.call('GET', `/v1/dev/mailbox?to=${encodeURIComponent(email)}`)).body.data as { subject: string; text: string }[];
  };

  test('the ask form offers the subscribed products; a ticket is numbered OD + 9 digits and starts submitted', async () => {
    const customer = await ticketEnterprise(server, agent);
    const options = await server.call('GET', '/v1/tickets/options', { token: customer.token });
    assert.deepEqual(options.body.products, TICKET_PRODUCTS);
    assert.ok(options.body.categories.includes('other'));
    assert.equal(options.body.attachments.maxBytes, 10 * 1024 * 1024);

    const created = await server.call('POST', '/v1/tickets', { token: customer.token, body: ticketBody() });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.match(created.body.number, /^OD\d{9}$/);
    assert.equal(created.headers.get('location'), `/v1/tickets/${created.body.number}`);
    assert.equal(created.body.status, 'submitted');
    assert.equal(created.body.createdBy.kind, 'customer');
    assert.deepEqual(created.body.records, []);
    const next = await createTicket(server, customer.token);
    assert.equal(Number(next.number.slice(2)), Number(created.body.number.slice(2)) + 1, 'numbers are sequential');
  });

  test('refusals name each field; a product the enterprise does not subscribe to lists those it does', async () => {
    const customer = await ticketEnterprise(server, agent);
    const empty = await server.call('POST', '/v1/tickets', { token: customer.token, body: {} });
    assertProblem(empty, 422, ['contactName', 'contactPhone', 'product', 'category', 'title', 'description'].map((path) => ({ path, code: 'required' })));
    const phone = await server.call('POST', '/v1/tickets', { token: customer.token, body: ticketBody({ contactPhone: 'call me' }) });
    assertProblem(phone, 422, [{ path: 'contactPhone', code: 'phone_format' }]);
    const product = await server.call('POST', '/v1/tickets', { token: customer.token, body: ticketBody({ product: 'Something else' }) });
    assertProblem(product, 422, [{ path: 'product', code: 'product_not_subscribed' }]);
    assert.match(product.body.errors[0].message, /金蝶云-星空企业版, Wharf WMS/);
    const zh = await server.call('POST', '/v1/tickets', { token: customer.token, body: ticketBody({ product: 'X' }), headers: { 'accept-language': 'zh-CN' } });
    assert.match(zh.body.detail, /请选择贵企业订阅的产品/);
  });

  test('tickets created at the same moment never share a number', async () => {
    const customer = await ticketEnterprise(server, agent);
    const created = await Promise.all(Array.from({ length: 12 }, () => server.call('POST', '/v1/tickets', { token: customer.token, body: ticketBody() })));
    assert.deepEqual(created.map((response) => response.status), Array(12).fill(201));
    const numbers = created.map((response) => Number(response.body.number.slice(2))).sort((a, b) => a - b);
    assert.equal(new Set(numbers).size, 12);
    assert.equal(numbers.at(-1)! - numbers[0]!, 11, `consecutive: ${numbers.join(', ')}`);
  });

  test('the whole lifecycle, every step with its author and time, and the customer mailed at each', async () => {
    const customer = await ticketEnterprise(server, agent);
    const ticket = await createTicket(server, customer.token);
    const number = ticket.number;

    assertProblem(await record(number, 'partial'), 409, [{ path: 'status', code: 'ticket_not_accepted' }]);
    const accepted = await accept(number);
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    assert.equal(accepted.body.status, 'accepted');
    assert.equal(accepted.body.expectedBy, tomorrow());
    assert.deepEqual(accepted.body.records.map((r: { kind: string; note: string }) => [r.kind, r.note]), [['accepted', '马上处理']]);
    assert.equal(accepted.body.records[0].author.kind, 'agent');
    assertProblem(await accept(number), 409, [{ path: 'status', code: 'ticket_already_accepted' }]);

    const partial = await record(number, 'needs-info', '请提供凭证模板截图');
    assert.equal(partial.status, 201);
    assert.equal(partial.body.status, 'processing');
    const reply = await server.call('POST', `/v1/tickets/${number}/replies`, { token: customer.token, body: { note: '截图已补充' } });
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    assert.deepEqual(reply.body.records.at(-1).author, { kind: 'customer', name: customer.email });

    const resolved = await record(number, 'resolved');
    assert.equal(resolved.body.status, 'completed');
    assert.ok(resolved.body.completedAt);
    assert.equal(Date.parse(resolved.body.reopenableUntil) - Date.parse(resolved.body.completedAt), 7 * 86_400_000);
    const detail = await server.call('GET', `/v1/tickets/${number}`, { token: customer.token });
    assert.deepEqual(
      detail.body.records.map((r: { kind: string; result: string | null }) => [r.kind, r.result]),
      [['accepted', null], ['processed', 'needs-info'], ['reply', null], ['processed', 'resolved']],
    );
    for (const entry of detail.body.records) assert.ok(Date.parse(entry.at) > 0 && entry.author.name);

    assertProblem(await server.call('POST', `/v1/tickets/${number}/replies`, { token: customer.token, body: { note: 'more' } }), 409, [{ path: 'status', code: 'ticket_not_open' }]);
    assertProblem(await record(number, 'resolved'), 409, [{ path: 'status', code: 'ticket_not_open' }]);

    // One mail per step; the outbox may deliver mails queued close together in either order.
    const subjects = (await mailTo(customer.email)).map((mail) => mail.subject);
    assert.deepEqual(subjects.slice(0, 3).sort(), [
      `Your ticket ${number} is completed`,
      `Your ticket ${number}: Needs information from you`,
      `Your ticket ${number} was accepted`,
    ].sort());
  });

  test('a completed ticket reopens within 7 days, not after', async () => {
    const customer = await ticketEnterprise(server, agent);
    const { number } = await createTicket(server, customer.token);
    await accept(number);
    await record(number, 'resolved');
    assertProblem(await server.call('POST', `/v1/tickets/${number}/reopen`, { token: customer.token, body: {} }), 422, [{ path: 'note', code: 'required' }]);
    const reopened = await server.call('POST', `/v1/tickets/${number}/reopen`, { token: customer.token, body: { note: '仍然无法生成凭证' } });
    assert.equal(reopened.status, 201, JSON.stringify(reopened.body));
    assert.equal(reopened.body.status, 'processing');
    assert.equal(reopened.body.completedAt, null);
    assert.equal(reopened.body.records.at(-1).kind, 'reopened');
    assertProblem(await server.call('POST', `/v1/tickets/${number}/reopen`, { token: customer.token, body: { note: 'again' } }), 409, [{ path: 'status', code: 'ticket_not_completed' }]);

    await record(number, 'resolved');
    server.clock.advance(7 * 86_400 + 60);
    const late = await server.call('POST', `/v1/tickets/${number}/reopen`, { token: customer.token, body: { note: 'again' } });
    assertProblem(late, 409, [{ path: 'status', code: 'reopen_window_passed' }]);
    assert.match(late.body.detail, /within 7 days/);
  });

  test('lists: open and completed, newest first, paged by cursor; the summary counts by category', async () => {
    const customer = await ticketEnterprise(server, agent);
    const first = await createTicket(server, customer.token, { category: 'data' });
    const second = await createTicket(server, customer.token, { category: 'data' });
    const third = await createTicket(server, customer.token, { category: 'error' });
    await accept(first.number);
    await record(first.number, 'resolved');

    const open = await server.call('GET', '/v1/tickets?status=open&limit=1', { token: customer.token });
    assert.deepEqual(open.body.data.map((t: { number: string }) => t.number), [third.number]);
    const more = await server.call('GET', `/v1/tickets?status=open&limit=1&cursor=${open.body.nextCursor}`, { token: customer.token });
    assert.deepEqual(more.body.data.map((t: { number: string }) => t.number), [second.number]);
    assert.equal(more.body.nextCursor, null);
    const completed = await server.call('GET', '/v1/tickets?status=completed', { token: customer.token });
    assert.deepEqual(completed.body.data.map((t: { number: string }) => t.number), [first.number]);

    const summary = await server.call('GET', '/v1/tickets/summary', { token: customer.token });
    assert.equal(summary.body.open, 2);
    assert.equal(summary.body.completed, 1);
    assert.deepEqual(summary.body.byCategory, [
      { category: 'data', open: 1, completed: 1 },
      { category: 'error', open: 1, completed: 0 },
    ]);
    assert.deepEqual(summary.body.recentlyCompleted.map((t: { number: string }) => t.number), [first.number]);
    assert.ok(Date.parse(summary.body.serviceExpiresAt) > server.clock.now().getTime());
  });

  test('agents are mailed a new ticket; the agent who accepted it hears of replies', async () => {
    const email = `desk.${Date.now()}@agents.example`;
    const { createOperator } = await import('../../operators.ts');
    const own = await createOperator(server.connection.db, { email, roles: ['support'], now: server.clock.now() });
    const customer = await ticketEnterprise(server, own.token);
    const { number } = await createTicket(server, customer.token, { title: 'Labels print blank' });
    assert.ok((await mailTo(email)).some((mail) => mail.subject === `New ticket ${number} from Acme Trading Ltd: Labels print blank`));
    await server.call('POST', `/v1/operator/tickets/${number}/accept`, { token: own.token, body: { note: 'On it', expectedBy: tomorrow() } });
    await server.call('POST', `/v1/tickets/${number}/replies`, { token: customer.token, body: { note: 'Printer is a Zebra ZT410' } });
    const [latest] = await mailTo(email);
    assert.equal(latest!.subject, `Acme Trading Ltd replied on ticket ${number}`);
    assert.match(latest!.text, /Zebra ZT410/);
  });

  test('the desk: the open queue oldest first, with who asked; only support agents', async () => {
    const customer = await ticketEnterprise(server, agent);
    const { number } = await createTicket(server, customer.token);
    const queue = await server.call('GET', '/v1/operator/tickets?status=submitted&limit=200', { token: agent });
    const mine = queue.body.data.find((t: { number: string }) => t.number === number);
    assert.deepEqual(mine.enterprise, { id: customer.enterprise.id, name: 'Acme Trading Ltd', accountNumber: customer.enterprise.accountNumber });
    const numbers = queue.body.data.map((t: { number: string }) => t.number);
    assert.deepEqual(numbers, [...numbers].sort());
    const detail = await server.call('GET', `/v1/operator/tickets/${number}`, { token: agent });
    assert.equal(detail.body.enterprise.id, customer.enterprise.id);

    assertProblem(await server.call('GET', '/v1/operator/tickets', { token: customer.token }), 401);
    assertProblem(await server.call('GET', '/v1/operator/tickets', { token: await operatorToken(server, ['warehouse']) }), 403);
    assertProblem(await server.call('POST', `/v1/operator/tickets/${number}/accept`, { token: agent, body: { note: 'x', expectedBy: '2020-01-01' } }), 422, [
      { path: 'expectedBy', code: 'expected_by_past' },
    ]);
    assertProblem(await server.call('GET', '/v1/operator/tickets/OD999999999', { token: agent }), 404);
  });

  test('another enterprise’s ticket does not exist for you', async () => {
    const mine = await ticketEnterprise(server, agent);
    const theirs: TicketEnterprise = await ticketEnterprise(server, agent);
    const { number } = await createTicket(server, theirs.token);
    assertProblem(await server.call('GET', `/v1/tickets/${number}`, { token: mine.token }), 404);
    assertProblem(await server.call('POST', `/v1/tickets/${number}/replies`, { token: mine.token, body: { note: 'hi' } }), 404);
    assertProblem(await server.call('POST', `/v1/tickets/${number}/reopen`, { token: mine.token, body: { note: 'hi' } }), 404);
    assertProblem(await server.call('GET', '/v1/tickets/not-a-number', { token: mine.token }), 404);
    const lists = await server.call('GET', '/v1/tickets?status=open', { token: mine.token });
    assert.deepEqual(lists.body.data, []);
    const outsider = await createEnterprise(server);
    assert.equal((await server.call('GET', '/v1/tickets/summary', { token: outsider.token })).body.open, 0);
  });
});
