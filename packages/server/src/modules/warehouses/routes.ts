import { OrderOptions, ORDER_MODES, ORDER_STATUSES, orderMessagesFor } from '@wharf/domain/orders';
import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import type { RouteRegistry } from '../../http/routes.ts';
import { requireUser } from '../auth/sessions.ts';
import { listShippingMethods, listWarehouses } from './queries.ts';
import { localName } from './present.ts';

/** PRODUCT §4.12: what the order form offers a customer — modes, states, the active warehouses and shipping methods. */
export function mountOrderOptions(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/orders/options',
      tag: 'Orders',
      summary: 'Modes, states, and the active warehouses and shipping methods, in the caller’s language',
      auth: 'user',
      responses: { 200: { description: 'The choices', schema: OrderOptions } },
    },
    requireUser,
    async (c) => {
      const { services, locale } = c.var;
      const labels = orderMessagesFor(locale).labels;
      const [warehouseRows, methodRows] = await Promise.all([listWarehouses(services.db, { activeOnly: true }), listShippingMethods(services.db, { activeOnly: true })]);
      return c.json({
        modes: ORDER_MODES.map((code) => ({ code, name: labels.modes[code] })),
        statuses: ORDER_STATUSES.map((code) => ({ code, name: labels.statuses[code] })),
        warehouses: warehouseRows.map((row) => ({ code: row.code, name: localName(row.names, locale) })),
        shippingMethods: methodRows.map((row) => ({ code: row.code, name: localName(row.names, locale), requiresIdNumber: row.requiresIdNumber, fees: row.fees })),
      });
    },
  );
}
