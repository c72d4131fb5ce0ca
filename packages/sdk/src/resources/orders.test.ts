// Orders through the SDK against the real server over real HTTP: options, create, terms, confirm, submit, an
// operator's reports, tracking, stock and the conflicts a form shows.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createEnterprise, fileProduct, operatorToken, orderBody, setUpOrderReference } from '@wharf/server/testing';
import { serveBackend } from '../testing/served.ts';
import { createWharfClient, isConflictError } from '../index.ts';

let operator: string;
const served = serveBackend(async ({ backend }) => {
  operator = await operatorToken(backend, ['admin']);
});

describe('orders through the SDK', () => {
  test('create, accept the terms, confirm, submit; an operator clears and ships; tracking, stock and the ledger follow', async () => {
    const customer = await createEnterprise(served.backend);
    const call = served.backend.call;
    const reference = await setUpOrderReference(call, operator);
    const sku = await fileProduct(call, customer.token, operator, customer.enterprise.id);
    const wharf = createWharfClient({ baseUrl: served.baseUrl, token: customer.token });
    const desk = createWharfClient({ baseUrl: served.baseUrl, token: operator });

    const options = await wharf.orders.options();
    assert.ok(options.shippingMethods.some((method) => method.code === reference.idShippingMethod && method.requiresIdNumber));
    const order = await wharf.orders.create(orderBody(reference, [sku], { items: [{ sku, quantity: 2, unitPrice: '30' }] }) as Parameters<typeof wharf.orders.create>[0]);
    assert.equal(order.status, 'draft');

    await assert.rejects(wharf.orders.confirm(order.number), (error: unknown) => isConflictError(error) && error.fieldErrors.some((field) => field.code === 'terms_not_accepted'));
    const terms = await wharf.orders.terms.get();
    assert.equal((await wharf.orders.terms.accept(terms.version)).version, terms.version);
    await assert.rejects(wharf.orders.confirm(order.number), (error: unknown) => isConflictError(error) && error.fieldErrors.some((field) => field.path === 'items.0.quantity'));
    await desk.operator.inventory.adjust({ enterpriseId: customer.enterprise.id, sku, warehouse: reference.warehouse, quantity: 2, reason: 'Count' });
    assert.equal((await wharf.orders.confirm(order.number)).status, 'confirmed');
    assert.equal((await wharf.orders.submit(order.number)).status, 'submitted');
    assert.deepEqual((await wharf.orders.summary()).counts.awaitingPickup, 1);
    await desk.operator.orders.report(order.number, { type: 'cleared' });
    const shipped = await desk.operator.orders.report(order.number, { type: 'shipped', carrier: 'SF', trackingNumber: 'SF0001' });
    assert.equal(shipped.status, 'shipped');
    assert.deepEqual((await wharf.orders.tracking(order.number)).data.map((event) => event.type), ['created', 'confirmed', 'submitted', 'cleared', 'shipped']);
    const stock = await wharf.products.inventory(sku);
    assert.deepEqual([stock.data[0]?.onHand, stock.data[0]?.reserved], [0, 0]);
    assert.deepEqual(stock.movements.map((movement) => movement.reason), ['ship', 'reserve', 'adjustment']);
    const label = await wharf.orders.label(order.number);
    assert.equal(label.type, 'application/pdf');
    assert.equal(new TextDecoder().decode((await label.arrayBuffer()).slice(0, 5)), '%PDF-');
    const page = await wharf.orders.list({ status: 'shipped' });
    assert.deepEqual(page.data.map((row) => row.number), [order.number]);
    const edited = await wharf.orders.updateMany({ numbers: [order.number], remarks: '易碎' });
    assert.equal(edited.results[0]?.ok, true);
  });
});
