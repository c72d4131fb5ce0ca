import { LabelsRequest } from '@wharf/domain/orders';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Hono } from 'hono';
import type { Executor } from '../../db/database.ts';
import { orders } from '../../db/schema.ts';
import type { AppEnv } from '../../http/env.ts';
import { ProblemError } from '../../http/problem.ts';
import { problem, type RouteContext, type RouteRegistry } from '../../http/routes.ts';
import type { MemberVars } from '../enterprises/membership.ts';
import { renderWaybills, type WaybillLabel } from './labels/index.ts';
import { ORDER } from './paths.ts';
import { referenceNames } from './present.ts';
import { itemsOf, type OrderRow } from './queries.ts';
import { member, orderOf } from './routes.ts';

const tag = 'Orders';
const pdf = { description: 'A PDF, a 100 × 150 mm page per order', contentType: 'application/pdf' };

/** The orders' labels, in the order given, in the caller's language. */
async function labelsOf(db: Executor, c: RouteContext<MemberVars>, rows: readonly OrderRow[]): Promise<WaybillLabel[]> {
  const locale = c.var.locale;
  const [items, names] = await Promise.all([itemsOf(db, rows.map((row) => row.id)), referenceNames(db, locale)]);
  return rows.map((row) => ({
    number: row.number,
    createdAt: row.createdAt,
    locale,
    warehouse: { code: row.warehouse, name: names.warehouse(row.warehouse) },
    shippingMethod: { code: row.shippingMethod, name: names.shippingMethod(row.shippingMethod) },
    sender: row.sender ?? null,
    recipient: row.recipient,
    items: (items.get(row.id) ?? []).map((item) => ({ sku: item.sku, name: item.name, quantity: item.quantity })),
    remarks: row.remarks,
  }));
}

const answerPdf = (bytes: Uint8Array, name: string) =>
  new Response(bytes as BodyInit, { headers: { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="${name}.pdf"`, 'cache-control': 'no-store' } });

/** PRODUCT §4.9 (seed 000 usage Q1, Q7): waybill labels for one order or many, printable from creation on. */
export function mountOrderLabels(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    { method: 'get', path: `${ORDER}/label.pdf`, tag, summary: 'The order’s waybill label (100 × 150 mm, Code 128 of the number)', auth: 'user', responses: { 200: pdf, 404: problem('Not found, or not yours') } },
    ...member,
    async (c) => {
      const row = await orderOf(c);
      return answerPdf(await renderWaybills(await labelsOf(c.var.services.db, c, [row])), row.number);
    },
  );

  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/orders/labels',
      tag,
      summary: 'Waybill labels of many orders in one PDF, a page each in the order given (up to 500)',
      auth: 'user',
      body: LabelsRequest,
      responses: { 200: pdf, 404: problem('A number the enterprise has no order with') },
    },
    ...member,
    async (c, { body }) => {
      const { db } = c.var.services;
      const numbers = [...new Set(body.numbers)];
      const rows = await db
        .select()
        .from(orders)
        .where(and(eq(orders.enterpriseId, c.var.membership.enterprise.id), inArray(orders.number, numbers), ne(orders.status, 'deleted')));
      const byNumber = new Map(rows.map((row) => [row.number, row]));
      const missing = numbers.filter((number) => !byNumber.has(number));
      if (missing.length) throw new ProblemError({ type: 'not-found', extra: { numbers: missing } });
      const labels = await labelsOf(db, c, numbers.map((number) => byNumber.get(number)!));
      return answerPdf(await renderWaybills(labels), numbers.length === 1 ? numbers[0]! : 'waybills');
    },
  );
}
