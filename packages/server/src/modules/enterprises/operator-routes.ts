import { OperatorCreateEnterpriseRequest, Problem } from '@wharf/domain';
import type { Hono } from 'hono';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { enterprises } from '../../db/schema.ts';
import type { AppEnv } from '../../http/env.ts';
import { fieldProblem } from '../../http/problem.ts';
import type { RouteRegistry } from '../../http/routes.ts';
import { readJson } from '../../http/validate.ts';
import { requireOperator } from '../operators/require-operator.ts';
import { nextAccountNumber } from './account-numbers.ts';

const problem = (description: string) => ({ description, schema: Problem });
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
    async (c) => {
      const body = await readJson(c, OperatorCreateEnterpriseRequest);
      const { services, locale } = c.var;
      const now = services.clock.now();
      try {
        const row = await services.db.transaction(async (tx) => {
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
            actor: { kind: 'operator', id: c.var.operator!.id },
            entity: 'enterprise',
            entityId: created!.id,
            action: 'opened-by-operator',
            data: { name: body.name, accountNumber: created!.accountNumber, billingEmail: body.billingEmail },
          });
          return created!;
        });
        return c.json({ id: row.id, accountNumber: row.accountNumber }, 201);
      } catch (error) {
        if (isUniqueViolation(error)) throw fieldProblem(locale, { type: 'conflict', path: 'accountNumber', code: 'already_member' });
        throw error;
      }
    },
  );
}
