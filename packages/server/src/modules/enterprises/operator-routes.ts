import { Enterprise, OperatorCreateEnterpriseRequest, OperatorUpdateEnterpriseRequest } from '@wharf/domain';
import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/env.ts';
import { ProblemError } from '../../http/problem.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import { requireOperator } from '../operators/require-operator.ts';
import { hasFees } from './ledger-state.ts';
import { presentEnterprise } from './present.ts';
import { findEnterprise } from './queries.ts';
import { changeSubscription, openEnterprise } from './service.ts';

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
      const row = await openEnterprise(c.var.services, c.var.locale, c.var.operator.id, body);
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
      const row = await findEnterprise(db, c.req.param('id') ?? '');
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
      const id = c.req.param('id') ?? '';
      const row = await changeSubscription(services, c.var.operator.id, id, body);
      return c.json(presentEnterprise(row, { currencyLocked: await hasFees(services.db, id) }));
    },
  );
}
