import { Enterprise, OperatorCreateEnterpriseRequest, OperatorUpdateEnterpriseRequest } from '@wharf/domain';
import type { Hono } from 'hono';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import { enterprises } from '../../db/schema.ts';
import { eq, sql } from 'drizzle-orm';
import { ProblemError } from '../../http/problem.ts';
import { hasFees } from './ledger-state.ts';
import { isUuid } from './membership.ts';
import { presentEnterprise } from './present.ts';
import type { AppEnv } from '../../http/env.ts';
import { refuseDuplicate } from '../../http/conflicts.ts';
import { fieldProblem } from '../../http/problem.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import { requireOperator } from '../operators/require-operator.ts';
import { nextAccountNumber } from './account-numbers.ts';

const tag = 'Operators';

/** The provider's side of enterprises (API.md, Operators). */
export function mountOperatorEnterprises(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/operator/enterprises',
      tag,
      summary: 'Open an existing customer account with no members yet',
      description: 'Its first user joins with the account number and a code sent to the billing email, and becomes its admin.',
      auth: 'operator',
      body: OperatorCreateEnterpriseRequest,
      responses: {
        201: { description: 'Created', schema: z.object({ id: z.string(), accountNumber: z.string() }) },
        409: problem('The account number is taken'),
      },
    },
    requireOperator('admin'),
    async (c, { body }) => {
      const { services, locale } = c.var;
      const now = services.clock.now();
      const row = await refuseDuplicate(
        () =>
          services.db.transaction(async (tx) => {
            const [created] = await tx
              .insert(enterprises)
              .values({
                id: crypto.randomUUID(),
                accountNumber: body.accountNumber ?? (await nextAccountNumber(tx)),
                name: body.name,
                billingEmail: body.billingEmail,
                tradingCurrency: body.tradingCurrency ?? null,
                createdAt: now,
                updatedAt: now,
              })
              .returning();
            await audit(tx, services.clock, {
              actor: { kind: 'operator', id: c.var.operator.id },
              entity: 'enterprise',
              entityId: created!.id,
              action: 'opened-by-operator',
              data: { name: body.name, accountNumber: created!.accountNumber, billingEmail: body.billingEmail },
            });
            return created!;
          }),
        () => fieldProblem(locale, { type: 'conflict', path: 'accountNumber', code: 'already_member' }),
      );
      return c.json({ id: row.id, accountNumber: row.accountNumber }, 201);
    },
  );

  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/operator/enterprises/:id',
      tag,
      summary: 'An enterprise, as the provider sees it',
      auth: 'operator',
      responses: { 200: { description: 'The enterprise', schema: Enterprise }, 404: problem('No such enterprise') },
    },
    requireOperator(),
    async (c) => {
      const { db } = c.var.services;
      const id = c.req.param('id');
      const [row] = isUuid(id) ? await db.select().from(enterprises).where(eq(enterprises.id, id)) : [];
      if (!row) throw new ProblemError({ type: 'not-found' });
      return c.json(presentEnterprise(row, { currencyLocked: await hasFees(db, row.id) }));
    },
  );

  routes.add(
    app,
    {
      method: 'patch',
      path: '/v1/operator/enterprises/:id',
      tag,
      summary: 'What the enterprise subscribes to (ticket products) and until when; its billing email',
      auth: 'operator',
      body: OperatorUpdateEnterpriseRequest,
      responses: { 200: { description: 'Changed', schema: Enterprise }, 404: problem('No such enterprise') },
    },
    requireOperator('admin', 'support'),
    async (c, { body }) => {
      const { services } = c.var;
      const id = c.req.param('id');
      if (!isUuid(id)) throw new ProblemError({ type: 'not-found' });
      const row = await services.db.transaction(async (tx) => {
        const [current] = await tx.select().from(enterprises).where(eq(enterprises.id, id)).for('update');
        if (!current) throw new ProblemError({ type: 'not-found' });
        const next = {
          ...(body.serviceProducts ? { serviceProducts: [...new Set(body.serviceProducts)] } : {}),
          ...(body.serviceExpiresAt !== undefined ? { serviceExpiresAt: body.serviceExpiresAt ? new Date(body.serviceExpiresAt) : null } : {}),
          ...(body.billingEmail ? { billingEmail: body.billingEmail } : {}),
        };
        const [updated] = await tx
          .update(enterprises)
          .set({ ...next, version: sql`${enterprises.version} + 1`, updatedAt: services.clock.now() })
          .where(eq(enterprises.id, id))
          .returning();
        await audit(tx, services.clock, {
          actor: { kind: 'operator', id: c.var.operator.id },
          entity: 'enterprise',
          entityId: id,
          action: 'updated-by-operator',
          data: body as Record<string, unknown>,
        });
        return updated!;
      });
      return c.json(presentEnterprise(row, { currencyLocked: await hasFees(services.db, id) }));
    },
  );
}
