import { monthOf, previousMonth } from '@wharf/domain/enterprises';
import { sql } from 'drizzle-orm';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertProblem } from '../../testing/accounts.ts';
import { createEnterprise, operatorToken, type EnterpriseAdmin } from '../../testing/enterprises.ts';
import { acceptTerms, addStock, createOrder, fileProduct, orderBody, setUpOrderReference, uniqueEmail } from '../../testing/fixtures/index.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';
import { openWorkbook } from '../../testing/imports.ts';
import { mailDueStatements, mailStatements } from './statement-mail.ts';

// Seed 000 月结账单: the ledger by period, the monthly statement as .xlsx (opening balance, each fee with its order
// number, top-ups, closing balance, in the trading currency) and its mailing to the billing email once a month.
describe('ledger periods and monthly statements', () => {
  let server: TestServer;
  let operator: string;
  /** An enterprise whose statements go to an address of its own (the fixture's contact is shared). */
  const withOwnBillingEmail = () => createEnterprise(server, { contact: { name: 'Chan Tai Man', phone: '+852 2730 0273', email: uniqueEmail('billing'), address: '1 Harbour Road, Hong Kong' } });
  let customer: EnterpriseAdmin;
  let orderNumber: string;
  before(async () => {
    server = await startTestServer();
    operator = await operatorToken(server, ['admin', 'warehouse', 'customs']);
    customer = await withOwnBillingEmail();
    // October: a top-up (the opening balance of November). November: an order's shipping fee (25.00), a top-up, a fee
    // an instant before midnight UTC+8. December: a fee.
    await record(customer, 'top-up', '1000.00', 'Bank transfer', '2025-10-15T02:00:00Z');
    orderNumber = await shipOrder(customer, '2025-11-03T01:00:00Z');
    await record(customer, 'top-up', '200', 'Bank transfer', '2025-11-10T03:00:00Z');
    await record(customer, 'fee', '0.75', 'Storage', '2025-11-30T15:59:59Z');
    await record(customer, 'fee', '5', 'Storage', '2025-11-30T16:00:00Z');
  });
  after(async () => {
    await server.close();
  });

  /** Dates a ledger entry: the statement's months are in the past, the API records entries now. */
  const dateEntry = (id: number, at: string) => server.connection.db.execute(sql`UPDATE ledger_entries SET at = ${at}::timestamptz WHERE id = ${id}`);

  /** Records an entry through the API and dates it. */
  async function record(who: EnterpriseAdmin, kind: 'fee' | 'top-up', amount: string, note: string, at: string) {
    const entry = await server.call('POST', `/v1/operator/enterprises/${who.enterprise.id}/ledger`, { token: operator, body: { kind, amount, note } });
    assert.equal(entry.status, 201, JSON.stringify(entry.body));
    await dateEntry(Number(entry.body.id), at);
  }

  /** Ships an order through the API (its shipping fee goes to the ledger, noted with its number) and dates the fee. */
  async function shipOrder(who: EnterpriseAdmin, at: string): Promise<string> {
    const reference = await setUpOrderReference(server.call, operator);
    const sku = await fileProduct(server.call, who.token, operator, who.enterprise.id);
    await addStock(server.call, operator, { enterpriseId: who.enterprise.id, sku, warehouse: reference.warehouse, quantity: 1 });
    await acceptTerms(server.call, who.token);
    const order = await createOrder(server.call, who.token, orderBody(reference, [sku]));
    for (const [path, token, body] of [
      [`/v1/orders/${order.number}/confirm`, who.token, undefined],
      [`/v1/orders/${order.number}/submit`, who.token, {}],
      [`/v1/operator/orders/${order.number}/events`, operator, { type: 'cleared' }],
      [`/v1/operator/orders/${order.number}/events`, operator, { type: 'shipped', carrier: 'SF', trackingNumber: 'SF1234567890' }],
    ] as const) {
      const moved = await server.call('POST', path, { token, body });
      assert.equal(moved.status, 200, `${path}: ${JSON.stringify(moved.body)}`);
    }
    const ledger = await server.call('GET', '/v1/enterprises/current/ledger', { token: who.token });
    const fee = ledger.body.data.find((entry: { note: string }) => entry.note === order.number);
    await dateEntry(Number(fee.id), at);
    return order.number;
  }

  const billingEmail = async (who: EnterpriseAdmin) => (await server.call('GET', '/v1/enterprises/current', { token: who.token })).body.billingEmail as string;
  const mailTo = async (email: string) => (await server.call('GET', `/v1/dev/mailbox?to=${encodeURIComponent(email)}`)).body.data as { subject: string; text: string }[];
  const download = async (path: string, token: string, locale = 'zh-CN') => {
    const response = await server.app.request(path, { headers: { authorization: `Bearer ${token}`, 'accept-language': locale, 'x-forwarded-for': '203.0.113.9' } });
    return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
  };

  test('the ledger keeps a period’s entries: whole days UTC+8, the last day included; the balance stays the whole ledger’s', async () => {
    const ledger = async (query: string) => (await server.call('GET', `/v1/enterprises/current/ledger${query}`, { token: customer.token })).body;
    const november = await ledger('?from=2025-11-01&to=2025-11-30');
    assert.deepEqual(november.data.map((entry: { amount: string }) => entry.amount), ['0.75', '200.00', '25.00']);
    assert.equal(november.balance, '1169.25');
    assert.deepEqual((await ledger('?from=2025-12-01')).data.map((entry: { amount: string }) => entry.amount), ['5.00']);
    assert.deepEqual((await ledger('?to=2025-10-31')).data.map((entry: { amount: string }) => entry.amount), ['1000.00']);
    assert.deepEqual((await ledger('?from=2025-11-01T00:00:00%2B08:00&to=2025-11-03T09:00:00%2B08:00')).data.map((entry: { amount: string }) => entry.amount), ['25.00']);
    const paged = await ledger('?from=2025-11-01&to=2025-11-30&limit=2');
    const rest = await ledger(`?from=2025-11-01&to=2025-11-30&limit=2&cursor=${paged.nextCursor}`);
    assert.deepEqual(rest.data.map((entry: { amount: string }) => entry.amount), ['25.00']);
    assertProblem(await server.call('GET', '/v1/enterprises/current/ledger?from=2025-11-31', { token: customer.token }), 422, [{ path: 'from', code: 'invalid_format' }]);
  });

  test('the statement: opening balance, each entry with its order number and the balance after it, totals, closing balance', async () => {
    const file = await download(`/v1/enterprises/${customer.enterprise.id}/statements/2025-11.xlsx`, customer.token);
    assert.equal(file.status, 200);
    assert.equal(file.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.match(file.headers.get('content-disposition') ?? '', /filename\*=UTF-8''%E6%9C%88%E7%BB%93%E8%B4%A6%E5%8D%95-2025-11\.xlsx/);
    const sheet = (await openWorkbook(file.bytes)).worksheets[0]!;
    assert.equal(sheet.name, '月结账单');
    const rows = Array.from({ length: sheet.rowCount }, (_, index) => (sheet.getRow(index + 1).values as unknown[]).slice(1));
    assert.match(String(rows[0]![0]), /2025-11 月结账单$/);
    assert.deepEqual(rows[1], ['账号', customer.enterprise.accountNumber, '币种', 'HKD', '账期（北京时间）', '2025-11-01 – 2025-11-30']);
    assert.deepEqual(rows[3], ['日期', '类型', '订单号', '备注', '充值', '费用', '余额']);
    assert.deepEqual(rows.slice(4).map((row) => Array.from({ length: 7 }, (_, column) => row[column] ?? null)), [
      ['期初余额', null, null, null, null, null, 1000],
      ['2025-11-03 09:00', '费用', orderNumber, orderNumber, null, 25, 975],
      ['2025-11-10 11:00', '充值', null, 'Bank transfer', 200, null, 1175],
      ['2025-11-30 23:59', '费用', null, 'Storage', null, 0.75, 1174.25],
      ['本期合计', null, null, null, 200, 25.75, null],
      ['期末余额', null, null, null, null, null, 1174.25],
    ]);
    assert.equal(sheet.getCell('F6').numFmt, '#,##0.00');

    const english = (await openWorkbook((await download(`/v1/enterprises/current/statements/2025-11.xlsx`, customer.token, 'en')).bytes)).worksheets[0]!;
    assert.deepEqual((english.getRow(4).values as string[]).slice(1), ['Date', 'Type', 'Order number', 'Note', 'Top-up', 'Fee', 'Balance']);
    const hongKong = (await openWorkbook((await download(`/v1/enterprises/current/statements/2025-11.xlsx`, customer.token, 'zh-HK')).bytes)).worksheets[0]!;
    assert.equal(hongKong.getCell('A5').value, '期初餘額');
  });

  test('a month is YYYY-MM; another enterprise’s statement does not exist for you; a month without entries is all zeros', async () => {
    const bad = await server.call('GET', `/v1/enterprises/current/statements/2025-13.xlsx`, { token: customer.token });
    assertProblem(bad, 422, [{ path: 'month', code: 'invalid_format' }]);
    const stranger = await createEnterprise(server);
    assert.equal((await download(`/v1/enterprises/${customer.enterprise.id}/statements/2025-11.xlsx`, stranger.token)).status, 404);
    const empty = (await openWorkbook((await download('/v1/enterprises/current/statements/2025-11.xlsx', stranger.token)).bytes)).worksheets[0]!;
    assert.deepEqual([empty.getCell('G5').value, empty.getCell('A6').value, empty.getCell('G7').value], [0, '本期合计', 0]);
  });

  test('each month’s statement is mailed to the billing email once, however often and however concurrently it is checked', async () => {
    const services = server.app.services;
    const billing = await billingEmail(customer);
    const queued = await Promise.all([mailStatements(services, '2025-11'), mailStatements(services, '2025-11')]);
    assert.ok(queued.includes(1), `queued ${queued}`);
    assert.equal(await mailStatements(services, '2025-11'), 0);
    await services.outbox.deliverDue();
    const mail = (await mailTo(billing)).filter((m) => m.subject.includes('statement'));
    assert.equal(mail.length, 1);
    // In the language of the enterprise's administrator (English here).
    assert.match(mail[0]!.text, /Opening balance: 1000\.00\nTop-ups: 200\.00\nFees: 25\.75\nClosing balance: 1174\.25/);

    // The monthly check mails last month's: an entry then makes this enterprise due; a second check sends nothing.
    const lastMonth = previousMonth(monthOf(server.clock.now()));
    const fresh = await withOwnBillingEmail();
    await record(fresh, 'top-up', '50', 'Opening', `${lastMonth}-15T04:00:00Z`);
    const sent = await mailDueStatements(services);
    assert.ok(sent >= 1);
    assert.equal(await mailDueStatements(services), 0);
    await services.outbox.deliverDue();
    const due = (await mailTo(await billingEmail(fresh))).filter((m) => m.subject.includes('statement'));
    assert.deepEqual(due.map((m) => m.subject.includes(lastMonth)), [true]);
  });
});
