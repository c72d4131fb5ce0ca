// What order element tests set up, through the real API (see web-test-runner.config.js): a customer with filed
// products, a warehouse and shipping methods of their own, then orders in the state a test needs.
import { acceptTerms, addStock, createOrder, fileProduct, moveOrder, orderBody, reportOrderEvent, setUpOrderReference } from '@wharf/server/testing/fixtures';
import { api, enterpriseAdmin, TEST_OPERATOR_TOKEN } from './helpers.ts';

export type OrderCustomer = Awaited<ReturnType<typeof orderCustomer>>;

/** The English name of the warehouses the fixtures make. */
export const WAREHOUSE_NAME = 'Qianhai bonded warehouse';
const PRODUCT_NAME = '玻尿酸保湿面霜 50ml';

/**
 * An enterprise admin with a filed product, a warehouse and a shipping method (the one needing the recipient's ID
 * number when `requiresIdNumber`), and `stock` units of the product there when given.
 */
export async function orderCustomer(options: { stock?: number; requiresIdNumber?: boolean } = {}) {
  const admin = await enterpriseAdmin();
  const reference = await setUpOrderReference(api, TEST_OPERATOR_TOKEN);
  const route = { warehouse: reference.warehouse, shippingMethod: options.requiresIdNumber ? reference.idShippingMethod : reference.shippingMethod, warehouseName: WAREHOUSE_NAME };
  const sku = await fileProduct(api, admin.token, TEST_OPERATOR_TOKEN, admin.enterprise.id);
  if (options.stock) await addStock(api, TEST_OPERATOR_TOKEN, { enterpriseId: admin.enterprise.id, sku, warehouse: route.warehouse, quantity: options.stock });
  return { ...admin, route, product: { sku, name: PRODUCT_NAME } };
}

/** An order of the customer's product (a stock order unless `mode` says otherwise), moved on to `status`; answers it. */
export async function orderIn(customer: OrderCustomer, status: 'draft' | 'confirmed' | 'submitted' | 'cleared' | 'shipped', overrides: Record<string, unknown> = {}) {
  let order = await createOrder(api, customer.token, orderBody(customer.route, [customer.product.sku], overrides));
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
