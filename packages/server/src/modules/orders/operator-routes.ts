import { Order, OrderEventRequest, PublishTermsRequest } from '@wharf/domain/orders';
import type { Hono } from 'hono';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import type { AppEnv } from '../../http/env.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import { requireOperator } from '../operators/require-operator.ts';
import { reportOrderEvent } from './operator-events.ts';
import { numberOf } from './paths.ts';
import { presentOrder, referenceNames } from './present.ts';
import { itemsOf } from './queries.ts';
import { publishTerms } from './terms.ts';

const tag = 'Operators';

/** What customs and the warehouse report on orders, and new versions of the waybill terms. */
export function mountOrderDesk(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/operator/orders/:number{SO[0-9]+}/events',
      tag,
      summary: 'Report cleared, shipped (carrier, tracking number), signed or an exception (with the reason as note)',
      description: 'Shipping takes a stock order’s items out of stock and records the shipping method’s fee in the enterprise’s ledger, once per order.',
      auth: 'operator',
      body: OrderEventRequest,
      responses: { 200: { description: 'The order', schema: Order }, 409: problem('The state does not allow it (with `orderStatus` and `allowed`), or no fee in the enterprise’s currency') },
    },
    requireOperator('warehouse', 'customs'),
    async (c, { body }) => {
      const row = await reportOrderEvent(c.var.services, c.var.locale, c.var.operator.id, numberOf(c), body);
      const { db } = c.var.services;
      const [items, names] = await Promise.all([itemsOf(db, [row.id]), referenceNames(db, c.var.locale)]);
      return c.json(presentOrder(row, items.get(row.id) ?? [], names));
    },
  );

  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/operator/orders/terms',
      tag,
      summary: 'Publish a new version of the waybill terms: every user accepts it once before confirming again',
      auth: 'operator',
      body: PublishTermsRequest,
      responses: { 201: { description: 'The new version', schema: z.object({ version: z.number().int() }) } },
    },
    requireOperator('admin'),
    async (c, { body }) => {
      const { services } = c.var;
      const row = await services.db.transaction(async (tx) => {
        const published = await publishTerms(tx, body.texts, services.clock.now());
        await audit(tx, services.clock, { actor: { kind: 'operator', id: c.var.operator.id }, entity: 'waybill-terms', entityId: String(published.version), action: 'published' });
        return published;
      });
      return c.json({ version: row.version }, 201);
    },
  );
}
