import { CreateEnterpriseRequest, Enterprise, LogEntry, Pagination, UpdateEnterpriseRequest, listOf } from '@wharf/domain';
import { maskEmail } from '@wharf/domain/enterprises';
import type { Hono } from 'hono';
import { auditPage } from '../../audit.ts';
import type { AppEnv } from '../../http/env.ts';
import { refuseStaleVersion } from '../../http/conflicts.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import { requireOwnSession, requireUser } from '../auth/sessions.ts';
import { hasFees } from './ledger-state.ts';
import { requireMembership } from './membership.ts';
import { ENTERPRISE } from './paths.ts';
import { presentEnterprise } from './present.ts';
import { adminsOf } from './queries.ts';
import { changeEnterprise, registerEnterprise } from './service.ts';

const tag = 'Enterprises';

/** PRODUCT §1.4 (new enterprise) and §1.9 (settings: basic info read-only, contact editable, every change logged). */
export function mountEnterpriseProfile(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/enterprises',
      tag,
      summary: 'Register a new enterprise; the caller becomes its admin',
      description: 'The enterprise gets a customer account number. Its trading currency is fixed once any fee exists.',
      auth: 'user',
      body: CreateEnterpriseRequest,
      responses: {
        201: { description: 'Created', schema: Enterprise },
        409: problem('An enterprise with this registration number exists (join it instead)'),
        422: problem('A field is missing or invalid'),
      },
    },
    requireUser,
    requireOwnSession,
    async (c, { body }) => {
      const row = await registerEnterprise(c.var.services, c.var.locale, c.var.auth.user.id, body);
      return c.json(presentEnterprise(row, { role: 'admin', currencyLocked: false }), 201);
    },
  );

  routes.add(
    app,
    {
      method: 'get',
      path: ENTERPRISE,
      tag,
      summary: 'An enterprise the caller belongs to (`current` for the one the call acts in)',
      description: 'Pending members see the enterprise they wait for. Anything else is 404.',
      auth: 'user',
      responses: { 200: { description: 'The enterprise', schema: Enterprise }, 404: problem('Not found, or not yours') },
    },
    requireUser,
    requireMembership({ allowPending: true }),
    async (c) => {
      const { enterprise, role } = c.var.membership;
      const { db } = c.var.services;
      const locked = await hasFees(db, enterprise.id);
      const body = presentEnterprise(enterprise, { role, currencyLocked: locked });
      // Someone waiting for approval is told whom to ask (seed 000 Q5), masked.
      if (role === 'pending') body.approvers = (await adminsOf(db, enterprise.id)).map((admin) => maskEmail(admin.email));
      return c.json(body, 200, { etag: `"${enterprise.version}"` });
    },
  );

  routes.add(
    app,
    {
      method: 'patch',
      path: ENTERPRISE,
      tag,
      summary: 'Change contact information, policies, allowed origins, or the currency until a fee exists (admins)',
      description:
        'Basic information (name, registration number, account number, billing email) is read-only: 422 naming the field. `If-Match` with the version refuses a stale edit (409).',
      auth: 'user',
      body: UpdateEnterpriseRequest,
      responses: {
        200: { description: 'Changed', schema: Enterprise },
        403: problem('Not an admin'),
        409: problem('Trading currency after a fee, or a stale If-Match'),
        422: problem('A read-only or invalid field'),
      },
    },
    requireUser,
    requireMembership({ role: 'admin' }),
    async (c, { body }) => {
      const { services, locale } = c.var;
      const { enterprise, role } = c.var.membership;
      refuseStaleVersion(c, enterprise.version);
      const refuseStale = (version: number) => refuseStaleVersion(c, version);
      const updated = await changeEnterprise(services, locale, { enterprise, userId: c.var.auth.user.id, refuseStale }, body);
      const locked = await hasFees(services.db, enterprise.id);
      return c.json(presentEnterprise(updated, { role, currencyLocked: locked }), 200, { etag: `"${updated.version}"` });
    },
  );

  routes.add(
    app,
    {
      method: 'get',
      path: `${ENTERPRISE}/log`,
      tag,
      summary: 'The enterprise log: every change, who made it and when (newest first)',
      auth: 'user',
      query: Pagination,
      responses: { 200: { description: 'Log entries', schema: listOf(LogEntry) } },
    },
    requireUser,
    requireMembership(),
    async (c, input) => {
      const { enterprise } = c.var.membership;
      return c.json(await auditPage(c.var.services.db, 'enterprise', enterprise.id, input.query));
    },
  );
}
