import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkOrderDraft, type OrderDraft, type OrderDraftContext } from './check.ts';
import { CreateOrderRequest } from './schemas.ts';

const recipient = { name: '李四', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', street: '科技园南路 1 号' };
const draft: OrderDraft = {
  mode: 'stock',
  reference: 'PO-1',
  warehouse: 'SZ-QH',
  shippingMethod: 'EMS-CB',
  recipient,
  items: [{ sku: 'HB-1', quantity: 2, unitPrice: '19.90' }],
  declaredGoods: '护肤品',
};
const context: OrderDraftContext = {
  currency: 'CNY',
  warehouses: [{ code: 'SZ-QH' }],
  shippingMethods: [
    { code: 'EMS-CB', requiresIdNumber: false },
    { code: 'BC-DIRECT', requiresIdNumber: true },
  ],
  product: (sku) => (sku === 'HB-1' ? { status: 'filed' } : sku === 'HB-2' ? { status: 'draft' } : undefined),
  today: '2026-12-08',
};
const codes = (values: OrderDraft, ctx: OrderDraftContext = context) => checkOrderDraft(values, ctx).map((issue) => `${issue.path}:${issue.code}`);

describe('checkOrderDraft', () => {
  test('a complete draft passes', () => {
    assert.deepEqual(codes(draft), []);
  });

  test('required fields are named', () => {
    assert.deepEqual(codes({}), ['mode:required', 'reference:required', 'warehouse:required', 'shippingMethod:required', 'recipient:required', 'items:items_required', 'declaredGoods:required']);
  });

  test('items must be filed products of the enterprise, each once', () => {
    assert.deepEqual(
      codes({
        ...draft,
        items: [
          { sku: 'HB-1', quantity: 1, unitPrice: '1' },
          { sku: 'hb-1', quantity: 1, unitPrice: '1' },
          { sku: 'HB-2', quantity: 1, unitPrice: '1' },
          { sku: 'NOPE', quantity: '0', unitPrice: '0' },
        ],
      }),
      ['items.1.sku:item_duplicate', 'items.2.sku:item_not_filed', 'items.3.sku:item_unknown', 'items.3.quantity:number_too_small', 'items.3.unitPrice:price_not_positive'],
    );
  });

  test('unit prices follow the price rule in the trading currency', () => {
    assert.deepEqual(codes({ ...draft, items: [{ sku: 'HB-1', quantity: 1, unitPrice: '1.999' }] }), ['items.0.unitPrice:price_decimals']);
    assert.deepEqual(codes({ ...draft, items: [{ sku: 'HB-1', quantity: 1, unitPrice: '100.50' }] }, { ...context, currency: 'JPY' }), ['items.0.unitPrice:amount_precision']);
    assert.deepEqual(codes({ ...draft, items: [{ sku: 'HB-1', quantity: 1, unitPrice: '100.00' }] }, { ...context, currency: 'JPY' }), []);
  });

  test('the ID number is required when the shipping method says so', () => {
    assert.deepEqual(codes({ ...draft, shippingMethod: 'BC-DIRECT' }), ['recipient.idNumber:id_number_required']);
    assert.deepEqual(codes({ ...draft, shippingMethod: 'BC-DIRECT', recipient: { ...recipient, idNumber: '11010519491231002X' } }), []);
    assert.deepEqual(codes({ ...draft, shippingMethod: 'BC-DIRECT' }, { ...context, fieldsChecked: true }), ['recipient.idNumber:id_number_required']);
  });

  test('reference data must be offered', () => {
    assert.deepEqual(codes({ ...draft, warehouse: 'XX', shippingMethod: 'YY' }), ['warehouse:warehouse_unknown', 'shippingMethod:shipping_method_unknown']);
  });

  test('the appointment is a real day from today with a window', () => {
    assert.deepEqual(codes({ ...draft, appointment: { date: '2026-12-07', from: '10:00', to: '09:00' } }), ['appointment.date:appointment_past', 'appointment.to:appointment_window']);
    assert.deepEqual(codes({ ...draft, appointment: { date: '2026-13-01', from: '9:00', to: '' } }), ['appointment.date:date_format', 'appointment.from:time_format', 'appointment.to:required']);
  });
});

describe('CreateOrderRequest', () => {
  test('reads a request and refuses cross-field problems at their paths', () => {
    const parsed = CreateOrderRequest.parse({ ...draft, recipient: { ...recipient, phone: '+86 138 0013 8000' } });
    assert.equal(parsed.recipient.phone, '13800138000');
    assert.equal(parsed.items[0]?.unitPrice, '19.90');
    const result = CreateOrderRequest.safeParse({ ...draft, items: [{ sku: 'A', quantity: 1, unitPrice: 1 }, { sku: 'a', quantity: 1, unitPrice: 0 }] });
    assert.deepEqual(result.error?.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`), ['items.1.sku:item_duplicate', 'items.1.unitPrice:price_not_positive']);
  });
});
