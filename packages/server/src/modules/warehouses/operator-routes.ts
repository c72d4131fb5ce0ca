import { listOf } from '@wharf/domain';
import { CreateShippingMethodRequest, CreateWarehouseRequest, ShippingMethod, UpdateShippingMethodRequest, UpdateWarehouseRequest, Warehouse } from '@wharf/domain/orders';
import { eq } from 'drizzle-orm';
import type { Hono } from 'hono';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import { shippingMethods, warehouses } from '../../db/schema.ts';
import { refuseDuplicate } from '../../http/conflicts.ts';
import type { AppEnv } from '../../http/env.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import { requireOperator } from '../operators/require-operator.ts';
import { presentShippingMethod, presentWarehouse } from './present.ts';
import { findShippingMethod, findWarehouse, listShippingMethods, listWarehouses } from './queries.ts';

const tag = 'Operators';
const keeper = requireOperator('warehouse');
const CodeParam = z.object({ code: z.string().max(16) });

/** PRODUCT §4.12: operators keep the warehouses and shipping methods (with fees per currency). */
export function mountReferenceDesk(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    { method: 'get', path: '/v1/operator/warehouses', tag, summary: 'Every warehouse, active or not', auth: 'operator', responses: { 200: { description: 'Warehouses', schema: listOf(Warehouse) } } },
    keeper,
    async (c) => c.json({ data: (await listWarehouses(c.var.services.db)).map(presentWarehouse), nextCursor: null }),
  );

  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/operator/warehouses',
      tag,
      summary: 'Add a warehouse',
      auth: 'operator',
      body: CreateWarehouseRequest,
      responses: { 201: { description: 'The warehouse', schema: Warehouse }, 409: problem('The code is taken') },
    },
    keeper,
    async (c, { body }) => {
      const { services, locale } = c.var;
      const now = services.clock.now();
      const row = await refuseDuplicate(
        () =>
          services.db.transaction(async (tx) => {
            const [created] = await tx.insert(warehouses).values({ code: body.code, names: body.names, active: body.active, createdAt: now, updatedAt: now }).returning();
            await audit(tx, services.clock, { actor: { kind: 'operator', id: c.var.operator.id }, entity: 'warehouse', entityId: body.code, action: 'created', data: { ...body } });
            return created!;
          }),
        () => fieldProblem(locale, { type: 'conflict', path: 'code', code: 'reference_code_taken', params: { field: body.code } }),
      );
      return c.json(presentWarehouse(row), 201);
    },
  );

  routes.add(
    app,
    {
      method: 'patch',
      path: '/v1/operator/warehouses/:code',
      tag,
      summary: 'Rename a warehouse, or make it (in)active; orders keep the warehouse they have',
      auth: 'operator',
      params: CodeParam,
      body: UpdateWarehouseRequest,
      responses: { 200: { description: 'The warehouse', schema: Warehouse }, 404: problem('No such warehouse') },
    },
    keeper,
    async (c, { body, params }) => {
      const { services } = c.var;
      const row = await services.db.transaction(async (tx) => {
        if (!(await findWarehouse(tx, params.code))) throw new ProblemError({ type: 'not-found' });
        const [updated] = await tx.update(warehouses).set({ ...body, updatedAt: services.clock.now() }).where(eq(warehouses.code, params.code)).returning();
        await audit(tx, services.clock, { actor: { kind: 'operator', id: c.var.operator.id }, entity: 'warehouse', entityId: params.code, action: 'updated', data: { ...body } });
        return updated!;
      });
      return c.json(presentWarehouse(row));
    },
  );

  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/operator/shipping-methods',
      tag,
      summary: 'Every shipping method, active or not, with its fees',
      auth: 'operator',
      responses: { 200: { description: 'Shipping methods', schema: listOf(ShippingMethod) } },
    },
    keeper,
    async (c) => c.json({ data: (await listShippingMethods(c.var.services.db)).map(presentShippingMethod), nextCursor: null }),
  );

  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/operator/shipping-methods',
      tag,
      summary: 'Add a shipping method: its fee per order in each currency it is offered in, and whether it needs the recipient’s ID number',
      auth: 'operator',
      body: CreateShippingMethodRequest,
      responses: { 201: { description: 'The shipping method', schema: ShippingMethod }, 409: problem('The code is taken') },
    },
    keeper,
    async (c, { body }) => {
      const { services, locale } = c.var;
      const now = services.clock.now();
      const row = await refuseDuplicate(
        () =>
          services.db.transaction(async (tx) => {
            const [created] = await tx
              .insert(shippingMethods)
              .values({ code: body.code, names: body.names, active: body.active, requiresIdNumber: body.requiresIdNumber, fees: body.fees, createdAt: now, updatedAt: now })
              .returning();
            await audit(tx, services.clock, { actor: { kind: 'operator', id: c.var.operator.id }, entity: 'shipping-method', entityId: body.code, action: 'created', data: { ...body } });
            return created!;
          }),
        () => fieldProblem(locale, { type: 'conflict', path: 'code', code: 'reference_code_taken', params: { field: body.code } }),
      );
      return c.json(presentShippingMethod(row), 201);
    },
  );

  routes.add(
    app,
    {
      method: 'patch',
      path: '/v1/operator/shipping-methods/:code',
      tag,
      summary: 'Change a shipping method’s names, fees, ID-number rule or active flag',
      description: 'A fee already recorded for a shipped order stays as it was.',
      auth: 'operator',
      params: CodeParam,
      body: UpdateShippingMethodRequest,
      responses: { 200: { description: 'The shipping method', schema: ShippingMethod }, 404: problem('No such shipping method') },
    },
    keeper,
    async (c, { body, params }) => {
      const { services } = c.var;
      const row = await services.db.transaction(async (tx) => {
        if (!(await findShippingMethod(tx, params.code))) throw new ProblemError({ type: 'not-found' });
        const [updated] = await tx.update(shippingMethods).set({ ...body, updatedAt: services.clock.now() }).where(eq(shippingMethods.code, params.code)).returning();
        await audit(tx, services.clock, { actor: { kind: 'operator', id: c.var.operator.id }, entity: 'shipping-method', entityId: params.code, action: 'updated', data: { ...body } });
        return updated!;
      });
      return c.json(presentShippingMethod(row));
    },
  );
}
