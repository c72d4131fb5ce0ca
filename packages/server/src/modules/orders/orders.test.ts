import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertProblem } from '../../testing/accounts.ts';
import { createEnterprise, operatorToken, type EnterpriseAdmin } from '../../testing/enterprises.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';
import { acceptTerms, addStock, createOrder, fileProduct, orderBody, RECIPIENT, setUpOrderReference } from '../../testing/fixtures/index.ts';

// PRODUCT §4: orders of both modes, their rules, moves, terms, PIN, stock, operator events, fees and lists.
describe('orders', () => {
  let server: TestServer;
  let customer: EnterpriseAdmin;
  let operator: string;
  let reference: Awaited<ReturnType<typeof setUpOrderReference>>;
  let sku: string;
  before(async () => {
    server = await startTestServer();
    customer = await createEnterprise(server);
    operator = await operatorToken(server);
    reference = await setUpOrderReference(server.call, operator);
    sku = await fileProduct(server.call, customer.token, operator, customer.enterprise.id);
  });
  after(async () => {
    await server.close();
  });

  const body = (overrides: Record<string, unknown> = {}) => orderBody(reference, [sku], overrides);

  test('the options are localised; an order is created as a draft with an SO number; its reference is unique', async () => {
    const options = await server.call('GET', '/v1/orders/options', { token: customer.token, headers: { 'accept-language': 'zh-CN' } });
    assert.equal(options.status, 200);
    assert.equal(options.body.warehouses.find((w: { code: string }) => w.code === reference.warehouse).name, '前海保税仓');
    assert.deepEqual(options.body.modes.map((m: { name: string }) => m.name), ['集货', '备货']);
    const sent = body({ recipient: { ...RECIPIENT, phone: '+86 138 0013 8000' } });
    const created = await server.call('POST', '/v1/orders', { token: customer.token, body: sent });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.match(created.body.number, /^SO\d{10}$/);
    assert.equal(created.body.status, 'draft');
    assert.equal(created.body.recipient.phone, '13800138000');
    assert.deepEqual(created.body.allowed, ['confirm', 'delete']);
    assert.equal(created.body.items[0].unitPrice, '129.90');
    const again = await server.call('POST', '/v1/orders', { token: customer.token, body: { ...body(), reference: sent.reference } });
    assertProblem(again, 409, [{ path: 'reference', code: 'reference_taken' }]);
    assert.match(again.body.detail, new RegExp(created.body.number));
    const other = await createEnterprise(server);
    assert.equal((await server.call('GET', `/v1/orders/${created.body.number}`, { token: other.token })).status, 404);
  });

  test('every broken rule is named at its field', async () => {
    const draftSku = (await server.call('POST', '/v1/products', { token: customer.token, body: { type: 'normal', sku: `D-${Date.now()}`, name: 'x', category: 'cosmetics', unit: '007', originCountry: 'KR', purchasePrice: 1, salePrice: 2 } })).body.sku;
    const response = await server.call('POST', '/v1/orders', {
      token: customer.token,
      body: body({
        shippingMethod: reference.idShippingMethod,
        recipient: { ...RECIPIENT, idNumber: undefined, phone: '021-1234' },
        items: [{ sku, quantity: 1, unitPrice: '1.999' }, { sku: draftSku, quantity: 1, unitPrice: 1 }, { sku: 'NO-SUCH', quantity: 1, unitPrice: 1 }],
      }),
    });
    assertProblem(response, 422, [
      { path: 'recipient.phone', code: 'address_phone_format' },
      { path: 'items.0.unitPrice', code: 'price_decimals' },
    ]);
    const context = await server.call('POST', '/v1/orders', {
      token: customer.token,
      body: body({ shippingMethod: reference.idShippingMethod, recipient: { ...RECIPIENT, idNumber: undefined }, items: [{ sku: draftSku, quantity: 1, unitPrice: 1 }, { sku: 'NO-SUCH', quantity: 1, unitPrice: 1 }] }),
    });
    assertProblem(context, 422, [
      { path: 'recipient.idNumber', code: 'id_number_required' },
      { path: 'items.0.sku', code: 'item_not_filed' },
      { path: 'items.1.sku', code: 'item_unknown' },
    ]);
  });

  test('confirming needs the terms once; a stock order reserves, and back to draft releases', async () => {
    const order = await createOrder(server.call, customer.token, body({ items: [{ sku, quantity: 3, unitPrice: '10' }] }));
    const withoutTerms = await server.call('POST', `/v1/orders/${order.number}/confirm`, { token: customer.token });
    assertProblem(withoutTerms, 409, [{ path: 'terms', code: 'terms_not_accepted' }]);
    const short = await (async () => {
      await acceptTerms(server.call, customer.token);
      return server.call('POST', `/v1/orders/${order.number}/confirm`, { token: customer.token });
    })();
    assertProblem(short, 409, [{ path: 'items.0.quantity', code: 'stock_short' }]);
    await addStock(server.call, operator, { enterpriseId: customer.enterprise.id, sku, warehouse: reference.warehouse, quantity: 5 });
    const confirmed = await server.call('POST', `/v1/orders/${order.number}/confirm`, { token: customer.token });
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
    assert.deepEqual(confirmed.body.allowed, ['unconfirm', 'submit']);
    let stock = await server.call('GET', `/v1/products/${sku}/inventory`, { token: customer.token });
    assert.deepEqual(stock.body.data.map((line: Record<string, unknown>) => [line.warehouse, line.onHand, line.reserved, line.available]), [[reference.warehouse, 5, 3, 2]]);
    const terms = await server.call('GET', '/v1/orders/terms', { token: customer.token });
    assert.ok(terms.body.acceptedAt, 'accepted once, never asked again for the version');
    const refused = await server.call('POST', `/v1/orders/${order.number}/confirm`, { token: customer.token });
    assert.equal(refused.status, 409);
    assert.equal(refused.body.orderStatus, 'confirmed');
    assert.deepEqual(refused.body.allowed, ['unconfirm', 'submit']);
    assert.equal((await server.call('POST', `/v1/orders/${order.number}/unconfirm`, { token: customer.token })).status, 200);
    stock = await server.call('GET', `/v1/products/${sku}/inventory`, { token: customer.token });
    assert.equal(stock.body.data[0].reserved, 0);
    assert.deepEqual(stock.body.movements.map((m: { reason: string }) => m.reason), ['release', 'reserve', 'adjustment']);
    assert.equal(stock.body.movements[0].order, order.number);
    assert.equal((await server.call('DELETE', `/v1/orders/${order.number}`, { token: customer.token })).status, 204);
    assert.equal((await server.call('GET', `/v1/orders/${order.number}`, { token: customer.token })).status, 404);
  });

  test('20 confirmations competing for the last 10 units: exactly 10 succeed and nothing goes negative', async () => {
    const contested = await fileProduct(server.call, customer.token, operator, customer.enterprise.id);
    await acceptTerms(server.call, customer.token);
    await addStock(server.call, operator, { enterpriseId: customer.enterprise.id, sku: contested, warehouse: reference.warehouse, quantity: 10 });
    const orders = [];
    for (let index = 0; index < 20; index++) orders.push(await createOrder(server.call, customer.token, orderBody(reference, [contested])));
    const answers = await Promise.all(orders.map((order) => server.call('POST', `/v1/orders/${order.number}/confirm`, { token: customer.token })));
    assert.equal(answers.filter((answer) => answer.status === 200).length, 10);
    for (const answer of answers.filter((answer) => answer.status !== 200)) assertProblem(answer, 409, [{ path: 'items.0.quantity', code: 'stock_short' }]);
    const stock = await server.call('GET', `/v1/products/${contested}/inventory`, { token: customer.token });
    assert.deepEqual([stock.body.data[0].onHand, stock.body.data[0].reserved, stock.body.data[0].available], [10, 10, 0]);
  });

  test('submitting asks for the PIN; operators clear and ship (stock deducted, fee charged once) and tracking follows', async () => {
    await acceptTerms(server.call, customer.token);
    const shipped = await fileProduct(server.call, customer.token, operator, customer.enterprise.id);
    await addStock(server.call, operator, { enterpriseId: customer.enterprise.id, sku: shipped, warehouse: reference.warehouse, quantity: 4 });
    const order = await createOrder(server.call, customer.token, orderBody(reference, [shipped], { items: [{ sku: shipped, quantity: 2, unitPrice: '20' }] }));
    await server.call('POST', `/v1/orders/${order.number}/confirm`, { token: customer.token });
    assert.equal((await server.call('PUT', `/v1/enterprises/${customer.enterprise.id}/security-pin`, { token: customer.token, body: { pin: '731946' } })).status, 204);
    assertProblem(await server.call('POST', `/v1/orders/${order.number}/submit`, { token: customer.token, body: {} }), 422, [{ path: 'securityPin', code: 'pin_required' }]);
    assertProblem(await server.call('POST', `/v1/orders/${order.number}/submit`, { token: customer.token, body: { securityPin: '000001' } }), 422, [{ path: 'securityPin', code: 'pin_wrong' }]);
    const submitted = await server.call('POST', `/v1/orders/${order.number}/submit`, { token: customer.token, body: { securityPin: '731946' } });
    assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
    assert.equal(submitted.body.status, 'submitted');
    const summary = await server.call('GET', '/v1/orders/summary', { token: customer.token });
    assert.ok(summary.body.counts.awaitingPickup >= 1);
    const pickup = await server.call('GET', '/v1/orders?status=awaiting-pickup', { token: customer.token });
    assert.ok(pickup.body.data.some((row: { number: string }) => row.number === order.number));

    const early = await server.call('POST', `/v1/operator/orders/${order.number}/events`, { token: operator, body: { type: 'shipped', carrier: 'SF', trackingNumber: 'SF1234567890' } });
    assertProblem(early, 409, [{ path: 'type', code: 'order_event_refused' }]);
    assert.equal((await server.call('POST', `/v1/operator/orders/${order.number}/events`, { token: operator, body: { type: 'cleared' } })).status, 200);
    assertProblem(await server.call('POST', `/v1/operator/orders/${order.number}/events`, { token: operator, body: { type: 'shipped' } }), 422, [
      { path: 'carrier', code: 'required' },
      { path: 'trackingNumber', code: 'required' },
    ]);
    const out = await server.call('POST', `/v1/operator/orders/${order.number}/events`, { token: operator, body: { type: 'shipped', carrier: 'SF', trackingNumber: 'SF1234567890' } });
    assert.equal(out.status, 200, JSON.stringify(out.body));
    assert.equal(out.body.trackingNumber, 'SF1234567890');
    const stock = await server.call('GET', `/v1/products/${shipped}/inventory`, { token: customer.token });
    assert.deepEqual([stock.body.data[0].onHand, stock.body.data[0].reserved], [2, 0]);
    await server.call('POST', `/v1/operator/orders/${order.number}/events`, { token: operator, body: { type: 'exception', note: '地址不详' } });
    await server.call('POST', `/v1/operator/orders/${order.number}/events`, { token: operator, body: { type: 'signed' } });
    const ledger = await server.call('GET', `/v1/enterprises/${customer.enterprise.id}/ledger`, { token: customer.token });
    const fees = ledger.body.data.filter((entry: { note: string }) => entry.note === order.number);
    assert.deepEqual(fees.map((entry: Record<string, unknown>) => [entry.kind, entry.amount, entry.currency]), [['fee', '25.00', 'HKD']]);
    const tracking = await server.call('GET', `/v1/orders/${order.number}/tracking`, { token: customer.token });
    assert.deepEqual(tracking.body.data.map((event: { type: string }) => event.type), ['created', 'confirmed', 'submitted', 'cleared', 'shipped', 'exception', 'signed']);
    const log = await server.call('GET', `/v1/orders/${order.number}/log`, { token: customer.token });
    assert.equal(log.body.data[0].action, 'signed');
    // PGlite answers { rows }, postgres.js the rows themselves.
    const events: unknown = await server.connection.db.execute(`select type from events where data->>'number' = '${order.number}' order by id`);
    const eventRows = (Array.isArray(events) ? events : ((events as { rows?: unknown[] }).rows ?? [])) as { type: string }[];
    assert.deepEqual(eventRows.map((row) => row.type), ['order.created', 'order.confirmed', 'order.submitted', 'order.cleared', 'order.shipped', 'order.exception', 'order.signed']);
    await server.call('DELETE', `/v1/enterprises/${customer.enterprise.id}/security-pin`, { token: customer.token });
  });

  test('consolidation orders wait for their ASN to be received before submission', async () => {
    await acceptTerms(server.call, customer.token);
    const order = await createOrder(server.call, customer.token, body({ mode: 'consolidation' }));
    const confirmed = await server.call('POST', `/v1/orders/${order.number}/confirm`, { token: customer.token });
    assert.deepEqual(confirmed.body.allowed, ['unconfirm']);
    assertProblem(await server.call('POST', `/v1/orders/${order.number}/submit`, { token: customer.token, body: {} }), 409, [{ path: 'status', code: 'asn_not_received' }]);
  });

  test('remarks and the appointment change in every state, singly and in bulk; other fields only in draft, with If-Match', async () => {
    await acceptTerms(server.call, customer.token);
    const order = await createOrder(server.call, customer.token, body({ mode: 'consolidation' }));
    const stale = await server.call('PATCH', `/v1/orders/${order.number}`, { token: customer.token, headers: { 'if-match': '"99"' }, body: { declaredGoods: '面霜' } });
    assertProblem(stale, 409, [{ path: 'version', code: 'version_stale' }]);
    const edited = await server.call('PATCH', `/v1/orders/${order.number}`, { token: customer.token, headers: { 'if-match': `"${order.version}"` }, body: { declaredGoods: '面霜', items: [{ sku, quantity: 2, unitPrice: 5 }] } });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.deepEqual([edited.body.declaredGoods, edited.body.items[0].quantity], ['面霜', 2]);
    await server.call('POST', `/v1/orders/${order.number}/confirm`, { token: customer.token });
    assertProblem(await server.call('PATCH', `/v1/orders/${order.number}`, { token: customer.token, body: { declaredGoods: '别的' } }), 409, [{ path: 'declaredGoods', code: 'order_not_editable' }]);
    const remarks = await server.call('PATCH', `/v1/orders/${order.number}`, { token: customer.token, body: { remarks: '请勿挤压', appointment: { date: '2099-01-02', from: '09:00', to: '12:00' } } });
    assert.equal(remarks.status, 200);
    assertProblem(await server.call('PATCH', `/v1/orders/${order.number}`, { token: customer.token, body: { appointment: { date: '2000-01-02', from: '09:00', to: '12:00' } } }), 422, [{ path: 'appointment.date', code: 'appointment_past' }]);
    const many = [];
    for (let index = 0; index < 30; index++) many.push((await createOrder(server.call, customer.token, body())).number);
    const bulk = await server.call('PATCH', '/v1/orders', { token: customer.token, body: { numbers: [...many, 'SO9999999999'], remarks: '周末不收货' } });
    assert.equal(bulk.status, 200);
    assert.equal(bulk.body.results.filter((result: { ok: boolean }) => result.ok).length, 30);
    assert.equal(bulk.body.results.at(-1).problem.status, 404);
    const read = await server.call('GET', `/v1/orders/${many[7]}`, { token: customer.token });
    assert.equal(read.body.remarks, '周末不收货');
    const deleted = await server.call('POST', '/v1/orders/bulk/delete', { token: customer.token, body: { numbers: [many[0], order.number] } });
    assert.deepEqual(deleted.body.results.map((result: { ok: boolean }) => result.ok), [true, false]);
    assert.equal(deleted.body.results[1].problem.status, 409);
  });

  test('lists filter, search and page by cursor; a product lists its orders', async () => {
    const mine = await createEnterprise(server);
    const filed = await fileProduct(server.call, mine.token, operator, mine.enterprise.id);
    const numbers = [];
    for (let index = 0; index < 5; index++) numbers.push((await createOrder(server.call, mine.token, orderBody(reference, [filed], { mode: index % 2 ? 'consolidation' : 'stock', recipient: { ...RECIPIENT, name: index === 3 ? '王小明' : RECIPIENT.name } }))).number);
    const first = await server.call('GET', '/v1/orders?limit=2', { token: mine.token });
    assert.deepEqual(first.body.data.map((row: { number: string }) => row.number), [numbers[4], numbers[3]]);
    const second = await server.call('GET', `/v1/orders?limit=2&cursor=${first.body.nextCursor}`, { token: mine.token });
    assert.deepEqual(second.body.data.map((row: { number: string }) => row.number), [numbers[2], numbers[1]]);
    const ascending = await server.call('GET', '/v1/orders?sort=number&limit=1', { token: mine.token });
    assert.equal(ascending.body.data[0].number, numbers[0]);
    const consolidation = await server.call('GET', '/v1/orders?mode=consolidation', { token: mine.token });
    assert.deepEqual(consolidation.body.data.map((row: { number: string }) => row.number), [numbers[3], numbers[1]]);
    const search = await server.call('GET', `/v1/orders?q=${encodeURIComponent('小明')}`, { token: mine.token });
    assert.deepEqual(search.body.data.map((row: { number: string }) => row.number), [numbers[3]]);
    const byWarehouse = await server.call('GET', `/v1/orders?warehouse=${reference.warehouse}&shippingMethod=${reference.shippingMethod}&number=${numbers[2]}`, { token: mine.token });
    assert.deepEqual(byWarehouse.body.data.map((row: { number: string }) => row.number), [numbers[2]]);
    const product = await server.call('GET', `/v1/products/${filed}/orders`, { token: mine.token });
    assert.equal(product.body.data.length, 5);
    const summary = await server.call('GET', '/v1/orders/summary', { token: mine.token });
    assert.deepEqual(summary.body.counts, { draft: 5, confirmed: 0, submitted: 0, cleared: 0, shipped: 0, signed: 0, awaitingPickup: 0 });
  });
});
