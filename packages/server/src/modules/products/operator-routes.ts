import { FilingDecision, listOf, Pagination, Product, ProductListItem } from '@wharf/domain';
import { productMessagesFor } from '@wharf/domain/messages';
import { isSku } from '@wharf/domain/products';
import { and, asc, eq, gt, or } from 'drizzle-orm';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import type { Executor } from '../../db/database.ts';
import { enterprises, products } from '../../db/schema.ts';
import { listCursor } from '../../http/cursor.ts';
import type { AppEnv } from '../../http/env.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import { requireOperator } from '../operators/require-operator.ts';
import { presentListItem, presentProduct } from './present.ts';
import { findProduct } from './queries.ts';

/** The filing desk: products waiting for customs, oldest change first. */
const FILING_CURSOR = listCursor('filing-desk', ['time', 'uuid']);

const tag = 'Customs filing';
const FilingQueueItem = ProductListItem.extend({ enterprise: z.object({ id: z.string(), name: z.string(), accountNumber: z.string() }) });

/** The product in the path, of the enterprise in the path; 404 when either does not exist. */
async function filedProductOf(c: Context<AppEnv>, db: Executor, options: { forUpdate?: boolean } = {}) {
  const enterpriseId = c.req.param('enterpriseId') ?? '';
  const sku = c.req.param('sku') ?? '';
  const row = z.uuid().safeParse(enterpriseId).success && isSku(sku) ? await findProduct(db, enterpriseId, sku, options) : undefined;
  if (!row) throw new ProblemError({ type: 'not-found' });
  return row;
}

/** PRODUCT §3.3: operators with the customs role decide filings (approved → filed; refused → rejected, with why). */
export function mountFilingDesk(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/operator/products',
      tag,
      summary: 'Products waiting for a filing decision, oldest first, across enterprises',
      auth: 'operator',
      query: Pagination,
      responses: { 200: { description: 'A page', schema: listOf(FilingQueueItem) } },
    },
    requireOperator('customs'),
    async (c, { query: { limit, cursor } }) => {
      const key = FILING_CURSOR.decode(cursor);
      const after = key ? or(gt(products.updatedAt, key[0]), and(eq(products.updatedAt, key[0]), gt(products.id, key[1]))) : undefined;
      const rows = await c.var.services.db
        .select({ product: products, enterprise: { id: enterprises.id, name: enterprises.name, accountNumber: enterprises.accountNumber } })
        .from(products)
        .innerJoin(enterprises, eq(enterprises.id, products.enterpriseId))
        .where(and(eq(products.status, 'filing'), after))
        .orderBy(asc(products.updatedAt), asc(products.id))
        .limit(limit + 1);
      const page = rows.slice(0, limit);
      const last = page.at(-1)?.product;
      return c.json({
        data: page.map((row) => ({ ...presentListItem(row.product), enterprise: row.enterprise })),
        nextCursor: rows.length > limit && last ? FILING_CURSOR.encode([last.updatedAt, last.id]) : null,
      });
    },
  );

  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/operator/products/:enterpriseId/:sku',
      tag,
      summary: 'A product as filed: every field, its HS code and declared specification',
      auth: 'operator',
      responses: { 200: { description: 'The product', schema: Product }, 404: problem('No such product') },
    },
    requireOperator('customs'),
    async (c) => c.json(await presentProduct(c.var.services.db, await filedProductOf(c, c.var.services.db))),
  );

  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/operator/products/:enterpriseId/:sku/filing',
      tag,
      summary: 'Decide a filing: approved → filed; refused → rejected with the reason (the customer may edit and resubmit)',
      auth: 'operator',
      body: FilingDecision,
      responses: {
        200: { description: 'The product', schema: Product },
        409: problem('The product is not waiting for filing'),
        422: problem('A refusal without a reason'),
      },
    },
    requireOperator('customs'),
    async (c, input) => {
      const { services, locale } = c.var;
      const decision = input.body;
      const row = await services.db.transaction(async (tx) => {
        const current = await filedProductOf(c, tx, { forUpdate: true });
        if (current.status !== 'filing') {
          throw fieldProblem(locale, { type: 'conflict', path: 'status', code: 'product_not_filing', params: { status: productMessagesFor(locale).labels.statuses[current.status] } });
        }
        const now = services.clock.now();
        const [updated] = await tx
          .update(products)
          .set({ status: decision.approved ? 'filed' : 'rejected', rejectionReason: decision.approved ? null : decision.reason!, updatedAt: now })
          .where(eq(products.id, current.id))
          .returning();
        await audit(tx, services.clock, {
          actor: { kind: 'operator', id: c.var.operator.id },
          entity: 'product',
          entityId: current.id,
          action: decision.approved ? 'filed' : 'rejected',
          ...(decision.approved ? {} : { data: { reason: decision.reason } }),
        });
        return updated!;
      });
      return c.json(await presentProduct(services.db, row));
    },
  );
}
