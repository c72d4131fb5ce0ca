import { CreateProductRequest, listOf, LogEntry, Pagination, Product, ProductListItem, ProductQuery, UpdateProductRequest } from '@wharf/domain';
import { canSubmitForFiling, isSku, lockedReason, type ProductStatus } from '@wharf/domain/products';
import { eq, sql } from 'drizzle-orm';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { audit, auditPage } from '../../audit.ts';
import type { Executor } from '../../db/database.ts';
import { products } from '../../db/schema.ts';
import type { AppEnv } from '../../http/env.ts';
import { refuseDuplicate, refuseStaleVersion } from '../../http/conflicts.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import { problem, type RouteContext, type RouteRegistry } from '../../http/routes.ts';
import { requireUser } from '../auth/sessions.ts';
import { requireMembership, type MemberVars } from '../enterprises/membership.ts';
import { checkNormalFields, refuse } from './checks.ts';
import { combosUsing, findProduct, listProducts } from './queries.ts';
import { createDraft, productChanges } from './service.ts';
import { presentListItem, presentProduct, type ProductRow } from './present.ts';

const tag = 'Products';

/**
 * The product in the path. Other modules answer fixed paths beside it (reference: `/v1/products/options`,
 * imports: `/v1/products/template.xlsx`); the SKU parameter never matches those segments, so they answer
 * whichever order app.ts mounts the modules in.
 */
export const PRODUCT = '/v1/products/:sku{(?!options$|template\\.xlsx$)[^/]+}';
const member = [requireUser, requireMembership()] as const;

/** The product named in the path, in the caller's enterprise; 404 for a malformed SKU or anyone else's. */
export async function productOf(c: RouteContext<MemberVars>, db: Executor, options: { forUpdate?: boolean } = {}): Promise<ProductRow> {
  const sku = c.req.param('sku') ?? '';
  const row = isSku(sku) ? await findProduct(db, c.var.membership.enterprise.id, sku, options) : undefined;
  if (!row) throw new ProblemError({ type: 'not-found' });
  return row;
}

/** 409 at `status` with why, unless the customer may still change it. */
function refuseUnlessEditable(c: Context<AppEnv>, status: ProductStatus) {
  const reason = lockedReason(status);
  if (reason) throw fieldProblem(c.var.locale, { type: 'conflict', path: 'status', code: reason });
}

/** PRODUCT §3.1–3.4: normal products and combos, their filing, the list and the detail tabs. */
export function mountProductRoutes(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/products',
      tag,
      summary: 'The enterprise’s products, newest first, filtered',
      description: '`sku` is a prefix, `name` any part of the name; `createdFrom`/`createdTo` take days (inclusive) or instants.',
      auth: 'user',
      query: ProductQuery,
      responses: { 200: { description: 'A page', schema: listOf(ProductListItem) } },
    },
    ...member,
    async (c, { query }) => {
      const page = await listProducts(c.var.services.db, c.var.membership.enterprise.id, query);
      return c.json({ data: page.rows.map(presentListItem), nextCursor: page.nextCursor });
    },
  );

  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/products',
      tag,
      summary: 'A normal product or a combo, as a draft',
      description: 'Normal products need their HS code and its declaration elements before they can be sent for filing; combos are made of two or more normal products.',
      auth: 'user',
      body: CreateProductRequest,
      responses: {
        201: { description: 'The product', schema: Product },
        409: problem('The SKU is taken'),
        422: problem('A field breaks a rule: each is named with how to fix it'),
      },
    },
    ...member,
    async (c, { body }) => {
      const { services, locale } = c.var;
      const enterprise = c.var.membership.enterprise;
      const actor = { kind: 'user' as const, id: c.var.auth.user.id };
      const row = await refuseDuplicate(() => services.db.transaction(async (tx) => {
        const created = await createDraft(tx, locale, { enterprise, actor, now: services.clock.now() }, body);
        await audit(tx, services.clock, { actor, entity: 'product', entityId: created.id, action: 'created', data: { sku: created.sku, type: created.type } });
        return created;
      }), () => fieldProblem(locale, { type: 'conflict', path: 'sku', code: 'sku_taken', params: { field: body.sku } }));
      return c.json(await presentProduct(services.db, row), 201, { location: `/v1/products/${encodeURIComponent(row.sku)}` });
    },
  );

  routes.add(
    app,
    {
      method: 'get',
      path: PRODUCT,
      tag,
      summary: 'A product, with its declared specification and (for combos) its components',
      auth: 'user',
      responses: { 200: { description: 'The product', schema: Product }, 404: problem('Not found, or not yours') },
    },
    ...member,
    async (c) => {
      const row = await productOf(c, c.var.services.db);
      return c.json(await presentProduct(c.var.services.db, row), 200, { etag: `"${row.version}"` });
    },
  );

  routes.add(
    app,
    {
      method: 'patch',
      path: PRODUCT,
      tag,
      summary: 'Change a draft or rejected product (a rejected one returns to draft)',
      description: '`If-Match` with the product’s `version` refuses the change (409 `version_stale`) when someone changed it since.',
      auth: 'user',
      body: UpdateProductRequest,
      responses: {
        200: { description: 'The product', schema: Product },
        409: problem('Filing or filed: it cannot change'),
        422: problem('A field breaks a rule'),
      },
    },
    ...member,
    async (c, { body }) => {
      const { services, locale } = c.var;
      const actor = { kind: 'user' as const, id: c.var.auth.user.id };
      const row = await services.db.transaction(async (tx) => {
        const current = await productOf(c, tx, { forUpdate: true });
        refuseUnlessEditable(c, current.status);
        refuseStaleVersion(c, current.version);
        const changes = await productChanges(tx, locale, current, body, services.clock.now());
        const [updated] = await tx.update(products).set(changes).where(eq(products.id, current.id)).returning();
        await audit(tx, services.clock, { actor, entity: 'product', entityId: current.id, action: 'updated', data: { fields: Object.keys(body) } });
        return updated!;
      });
      return c.json(await presentProduct(services.db, row), 200, { etag: `"${row.version}"` });
    },
  );

  routes.add(
    app,
    {
      method: 'delete',
      path: PRODUCT,
      tag,
      summary: 'Delete a draft or rejected product: it leaves the lists, its log stays',
      auth: 'user',
      responses: {
        204: { description: 'Deleted' },
        409: problem('Filing or filed, or part of a combo'),
      },
    },
    ...member,
    async (c) => {
      const { services, locale } = c.var;
      const actor = { kind: 'user' as const, id: c.var.auth.user.id };
      await services.db.transaction(async (tx) => {
        const current = await productOf(c, tx, { forUpdate: true });
        refuseUnlessEditable(c, current.status);
        const combos = await combosUsing(tx, [current.id]);
        if (combos.length) throw fieldProblem(locale, { type: 'conflict', path: 'sku', code: 'product_in_combo', params: { options: combos.map((combo) => combo.sku) } });
        const now = services.clock.now();
        await tx.update(products).set({ status: 'deleted', deletedAt: now, updatedAt: now }).where(eq(products.id, current.id));
        await audit(tx, services.clock, { actor, entity: 'product', entityId: current.id, action: 'deleted', data: { sku: current.sku } });
      });
      return c.body(null, 204);
    },
  );

  routes.add(
    app,
    {
      method: 'post',
      path: `${PRODUCT}/submit`,
      tag,
      summary: 'Send a normal product for filing with customs; it is locked until an operator decides',
      auth: 'user',
      responses: {
        200: { description: 'The product, now filing', schema: Product },
        409: problem('Already filing or filed, or a combo'),
        422: problem('No HS code yet, or its declaration elements are incomplete'),
      },
    },
    ...member,
    async (c) => {
      const { services, locale } = c.var;
      const actor = { kind: 'user' as const, id: c.var.auth.user.id };
      const row = await services.db.transaction(async (tx) => {
        const current = await productOf(c, tx, { forUpdate: true });
        if (current.type === 'combo') throw fieldProblem(locale, { type: 'conflict', path: 'type', code: 'combo_not_filed' });
        refuseUnlessEditable(c, current.status);
        if (!canSubmitForFiling(current)) throw fieldProblem(locale, { type: 'conflict', path: 'status', code: 'product_filing' });
        if (!current.hsCode) refuse(locale, [{ path: 'hsCode', code: 'hs_code_required' }]);
        const declaredSpecification = await checkNormalFields(tx, locale, { hsCode: current.hsCode, declarationElements: current.declarationElements });
        const now = services.clock.now();
        const [updated] = await tx
          .update(products)
          .set({ status: 'filing', declaredSpecification, rejectionReason: null, updatedAt: now, version: sql`${products.version} + 1` })
          .where(eq(products.id, current.id))
          .returning();
        await audit(tx, services.clock, { actor, entity: 'product', entityId: current.id, action: 'submitted' });
        return updated!;
      });
      return c.json(await presentProduct(services.db, row));
    },
  );

  routes.add(
    app,
    {
      method: 'get',
      path: `${PRODUCT}/log`,
      tag,
      summary: 'Everything that happened to the product, who did it and when (newest first)',
      auth: 'user',
      query: Pagination,
      responses: { 200: { description: 'Log entries', schema: listOf(LogEntry) } },
    },
    ...member,
    async (c, input) => {
      const row = await productOf(c, c.var.services.db);
      return c.json(await auditPage(c.var.services.db, 'product', row.id, input.query));
    },
  );

  // ASNs bring products in; until that module exists a product has none (its orders and stock: modules/orders, modules/inventory).
  for (const related of ['asns'] as const) {
    routes.add(
      app,
      {
        method: 'get',
        path: `${PRODUCT}/${related}`,
        tag,
        summary: 'ASNs that bring the product in',
        auth: 'user',
        query: Pagination,
        responses: { 200: { description: 'A page', schema: listOf(z.object({ number: z.string() })) } },
      },
      ...member,
      async (c) => {
        await productOf(c, c.var.services.db);
        return c.json({ data: [], nextCursor: null });
      },
    );
  }
}
