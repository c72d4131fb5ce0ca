import { InventoryAdjustment, InventoryAdjustmentRequest, ProductInventory } from '@wharf/domain/orders';
import { and, desc, eq } from 'drizzle-orm';
import type { Hono } from 'hono';
import { audit } from '../../audit.ts';
import { inventoryMovements } from '../../db/schema.ts';
import type { AppEnv } from '../../http/env.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import { requireUser } from '../auth/sessions.ts';
import { isUuid, requireMembership } from '../enterprises/membership.ts';
import { requireOperator } from '../operators/require-operator.ts';
import { findProduct } from '../products/queries.ts';
import { PRODUCT, productOf } from '../products/routes.ts';
import { findWarehouse } from '../warehouses/queries.ts';
import { movementsOf, presentLine, presentMovement, stockOf } from './queries.ts';
import { adjustStock } from './stock.ts';

/** PRODUCT §3.4 and §4.13: a product's stock per warehouse with its movements, and operators' stock counts. */
export function mountInventory(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'get',
      path: `${PRODUCT}/inventory`,
      tag: 'Products',
      summary: 'Stock per warehouse (on hand, reserved by orders, available) and the latest movements',
      auth: 'user',
      responses: { 200: { description: 'Stock and movements', schema: ProductInventory } },
    },
    requireUser,
    requireMembership(),
    async (c) => {
      const { db } = c.var.services;
      const product = await productOf(c, db);
      const [lines, movements] = await Promise.all([stockOf(db, product.id), movementsOf(db, product.id, product.sku)]);
      return c.json({ data: lines.map(presentLine), movements });
    },
  );

  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/operator/inventory/adjustments',
      tag: 'Operators',
      summary: 'A stock count: add to (or take from) what is on hand, with the reason',
      auth: 'operator',
      body: InventoryAdjustmentRequest,
      responses: {
        201: { description: 'The stock line after it, and the movement', schema: InventoryAdjustment },
        404: problem('No such enterprise product'),
        409: problem('Less would be on hand than orders hold (`stock_negative`)'),
        422: problem('Unknown warehouse'),
      },
    },
    requireOperator('warehouse'),
    async (c, { body }) => {
      const { services, locale } = c.var;
      if (!isUuid(body.enterpriseId)) throw new ProblemError({ type: 'not-found' });
      const product = await findProduct(services.db, body.enterpriseId, body.sku);
      if (!product) throw fieldProblem(locale, { type: 'not-found', path: 'sku', code: 'item_unknown', params: { field: body.sku } });
      if (!(await findWarehouse(services.db, body.warehouse))) throw fieldProblem(locale, { path: 'warehouse', code: 'warehouse_unknown' });
      const now = services.clock.now();
      const actor = { kind: 'operator' as const, id: c.var.operator.id };
      const result = await services.db.transaction(async (tx) => {
        const adjusted = await adjustStock(tx, { warehouse: body.warehouse, orderId: null, actor, now }, product.id, body.quantity, body.reason);
        if (!adjusted.ok) throw fieldProblem(locale, { type: 'conflict', path: 'quantity', code: 'stock_negative', params: { min: adjusted.reserved }, extra: { reserved: adjusted.reserved } });
        const [movement] = await tx
          .select()
          .from(inventoryMovements)
          .where(and(eq(inventoryMovements.productId, product.id), eq(inventoryMovements.warehouse, body.warehouse)))
          .orderBy(desc(inventoryMovements.id))
          .limit(1);
        await audit(tx, services.clock, { actor, entity: 'product', entityId: product.id, action: 'stock-adjusted', data: { warehouse: body.warehouse, quantity: body.quantity, reason: body.reason } });
        return { line: adjusted.row, movement: movement! };
      });
      return c.json({ line: { sku: product.sku, ...presentLine(result.line) }, movement: presentMovement(result.movement, product.sku, null, c.var.operator.email) }, 201);
    },
  );
}
