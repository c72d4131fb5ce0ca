// What order element tests set up, through the real API (see web-test-runner.config.js): a customer with a filed
// product and a warehouse and shipping method of their own, then orders in the state a test needs.
import { acceptTerms, adjustStock, createFiledProduct, createOrder, createRoute, moveOrder, orderBody, reportOrderEvent, type RouteOptions } from '@wharf/server/testing/fixtures';
import { api, enterpriseAdmin, TEST_OPERATOR_TOKEN } from './helpers.ts';

export type OrderCustomer = Awaited<ReturnType<typeof orderCustomer>>;

/** An enterprise admin with a filed product, a warehouse and a shipping method (and `stock` units there, if given). */
export async function orderCustomer(options: RouteOptions & { stock?: number; products?: number } = {}) {
  const admin = await enterpriseAdmin();
  const route = await createRoute(api, TEST_OPERATOR_TOKEN, options);
  const products = [];
  for (let index = 0; index < (options.products ?? 1); index++) {
    products.push(await createFiledProduct(api, admin.token, admin.enterprise.id, TEST_OPERATOR_TOKEN, index ? { name: `氨基酸洁面乳 ${index}` } : {}));
  }
  if (options.stock) {
    for (const product of products) await adjustStock(api, TEST_OPERATOR_TOKEN, { enterpriseId: admin.enterprise.id, sku: product.sku, warehouse: route.warehouse, quantity: options.stock });
  }
  return { ...admin, route, products, product: products[0]! };
}

/** An order of the customer's first product, moved on to `status`; answers it. */
export async function orderIn(customer: OrderCustomer, status: 'draft' | 'confirmed' | 'submitted' | 'cleared' | 'shipped', overrides: Record<string, unknown> = {}) {
  const stock = status !== 'draft' && status !== 'confirmed';
  let order = await createOrder(api, customer.token, orderBody(customer.route, [customer.product.sku], { ...(stock ? { mode: 'stock' } : {}), ...overrides }));
  if (status === 'draft') return order;
  await acceptTerms(api, customer.token);
  order = await moveOrder(api, customer.token, order.number, 'confirm');
  if (status === 'confirmed') return order;
  order = await moveOrder(api, customer.token, order.number, 'submit');
  if (status === 'submitted') return order;
  order = await reportOrderEvent(api, TEST_OPERATOR_TOKEN, order.number, { type: 'cleared' });
  if (status === 'cleared') return order;
  return reportOrderEvent(api, TEST_OPERATOR_TOKEN, order.number, { type: 'shipped', carrier: 'SF Express', trackingNumber: 'SF1234567890' });
}
