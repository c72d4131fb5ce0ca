import { CreateOrderRequest, listOf, Order, OrderListItem, OrderLog, OrderQuery, OrderSummary, OrderTracking, Pagination, UpdateOrderRequest } from '@wharf/domain';
import { BulkEditOrdersRequest, BulkOrderResults } from '@wharf/domain/orders';
import type { Hono } from 'hono';
import { auditPage } from '../../audit.ts';
import { refuseStaleVersion } from '../../http/conflicts.ts';
import type { AppEnv } from '../../http/env.ts';
import { ProblemError } from '../../http/problem.ts';
import { problem, type RouteContext, type RouteRegistry } from '../../http/routes.ts';
import { requireUser } from '../auth/sessions.ts';
import { requireMembership, type MemberVars } from '../enterprises/membership.ts';
import { PRODUCT, productOf } from '../products/routes.ts';
import { moveOrder } from './moves.ts';
import { numberOf, ORDER } from './paths.ts';
import { presentListItem, presentOrder, presentTracking, referenceNames } from './present.ts';
import { countByStatus, findOrder, itemsOf, listOrders, trackingOf } from './queries.ts';
import { bulkEditOrders, createOrder, editOrder, type Acting } from './service.ts';

const tag = 'Orders';
export const member = [requireUser, requireMembership()] as const;

export function actingOf(c: RouteContext<MemberVars>): Acting {
  return { enterprise: c.var.membership.enterprise, userId: c.var.auth.user.id, locale: c.var.locale };
}

/** The order as the API answers it, with its ETag. */
export async function answerOrder(c: RouteContext<MemberVars>, row: Parameters<typeof presentOrder>[0], status: 200 | 201 = 200) {
  const { db } = c.var.services;
  const [items, names] = await Promise.all([itemsOf(db, [row.id]), referenceNames(db, c.var.locale)]);
  return c.json(presentOrder(row, items.get(row.id) ?? [], names), status, { etag: `"${row.version}"`, ...(status === 201 ? { location: `/v1/orders/${row.number}` } : {}) });
}

/** The caller's live order in the path (404 for a malformed number or anyone else's). */
export async function orderOf(c: RouteContext<MemberVars>) {
  const row = await findOrder(c.var.services.db, c.var.membership.enterprise.id, numberOf(c), { live: true });
  if (!row) throw new ProblemError({ type: 'not-found' });
  return row;
}

/** PRODUCT §4.2, §4.7, §4.10, §4.11: create, read, list, count, change and delete orders; their log and tracking. */
export function mountOrderRoutes(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/orders',
      tag,
      summary: 'A consolidation or stock order, as a draft',
      description: 'Items must be filed products of the enterprise, priced in its trading currency; the recipient’s ID number is required when the shipping method says so. The same `reference` again is refused (409) naming the order that has it.',
      auth: 'user',
      body: CreateOrderRequest,
      responses: { 201: { description: 'The order', schema: Order }, 409: problem('The reference is taken'), 422: problem('A field breaks a rule: each is named with how to fix it') },
    },
    ...member,
    async (c, { body }) => answerOrder(c, await createOrder(c.var.services, actingOf(c), body), 201),
  );

  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/orders',
      tag,
      summary: 'The enterprise’s orders, filtered and sorted, by keyset cursor',
      description: '`status=awaiting-pickup` lists submitted and cleared orders; `q` finds part of a number, reference or recipient name or phone; `number` and `reference` are prefixes.',
      auth: 'user',
      query: OrderQuery,
      responses: { 200: { description: 'A page', schema: listOf(OrderListItem) } },
    },
    ...member,
    async (c, { query }) => {
      const { db } = c.var.services;
      const [page, names] = await Promise.all([listOrders(db, c.var.membership.enterprise.id, query), referenceNames(db, c.var.locale)]);
      return c.json({ data: page.rows.map((row) => presentListItem(row, names)), nextCursor: page.nextCursor });
    },
  );

  routes.add(
    app,
    { method: 'get', path: '/v1/orders/summary', tag, summary: 'Orders per state, and those awaiting pickup', auth: 'user', responses: { 200: { description: 'Counts', schema: OrderSummary } } },
    ...member,
    async (c) => c.json({ counts: await countByStatus(c.var.services.db, c.var.membership.enterprise.id) }),
  );

  routes.add(
    app,
    {
      method: 'patch',
      path: '/v1/orders',
      tag,
      summary: 'Remarks and the pickup appointment of many orders at once, in any state',
      auth: 'user',
      body: BulkEditOrdersRequest,
      responses: { 200: { description: 'One result per number', schema: BulkOrderResults }, 422: problem('A bad appointment or remark') },
    },
    ...member,
    async (c, { body }) => c.json({ results: await bulkEditOrders(c.var.services, actingOf(c), body) }),
  );

  routes.add(
    app,
    { method: 'get', path: ORDER, tag, summary: 'An order with its items and the moves allowed now', auth: 'user', responses: { 200: { description: 'The order', schema: Order }, 404: problem('Not found, or not yours') } },
    ...member,
    async (c) => answerOrder(c, await orderOf(c)),
  );

  routes.add(
    app,
    {
      method: 'patch',
      path: ORDER,
      tag,
      summary: 'Change an order: remarks and the appointment in any state, the rest only in draft',
      description: '`If-Match` with the order’s `version` refuses the change (409 `version_stale`) when someone changed it since.',
      auth: 'user',
      body: UpdateOrderRequest,
      responses: { 200: { description: 'The order', schema: Order }, 409: problem('Not a draft, a stale version or a taken reference'), 422: problem('A field breaks a rule') },
    },
    ...member,
    async (c, { body }) => answerOrder(c, await editOrder(c.var.services, actingOf(c), numberOf(c), body, (version) => refuseStaleVersion(c, version))),
  );

  routes.add(
    app,
    { method: 'delete', path: ORDER, tag, summary: 'Delete a draft: it leaves the lists, its log stays', auth: 'user', responses: { 204: { description: 'Deleted' }, 409: problem('Not a draft') } },
    ...member,
    async (c) => {
      await moveOrder(c.var.services, actingOf(c), numberOf(c), 'delete');
      return c.body(null, 204);
    },
  );

  routes.add(
    app,
    { method: 'get', path: `${ORDER}/log`, tag, summary: 'Every change to the order: who, when, what (newest first)', auth: 'user', query: Pagination, responses: { 200: { description: 'Log entries', schema: OrderLog } } },
    ...member,
    async (c, { query }) => {
      const row = await orderOf(c);
      return c.json(await auditPage(c.var.services.db, 'order', row.number, query));
    },
  );

  routes.add(
    app,
    { method: 'get', path: `${ORDER}/tracking`, tag, summary: 'The order’s way: created, confirmed, submitted, cleared, shipped (carrier, tracking number), signed, exceptions', auth: 'user', responses: { 200: { description: 'Events, oldest first', schema: OrderTracking } } },
    ...member,
    async (c) => {
      const row = await orderOf(c);
      return c.json({ data: (await trackingOf(c.var.services.db, row.id)).map(presentTracking) });
    },
  );

  routes.add(
    app,
    { method: 'get', path: `${PRODUCT}/orders`, tag: 'Products', summary: 'The enterprise’s orders that carry the product, newest first', auth: 'user', query: OrderQuery, responses: { 200: { description: 'A page', schema: listOf(OrderListItem) } } },
    ...member,
    async (c, { query }) => {
      const { db } = c.var.services;
      const product = await productOf(c, db);
      const [page, names] = await Promise.all([listOrders(db, c.var.membership.enterprise.id, query, { productId: product.id }), referenceNames(db, c.var.locale)]);
      return c.json({ data: page.rows.map((row) => presentListItem(row, names)), nextCursor: page.nextCursor });
    },
  );
}
