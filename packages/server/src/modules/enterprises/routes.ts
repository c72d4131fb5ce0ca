import {
  CreateEnterpriseRequest,
  Enterprise,
  LogEntry,
  Pagination,
  Problem,
  UpdateEnterpriseRequest,
  listOf,
} from '@wharf/domain';
import { maskEmail } from '@wharf/domain/enterprises';
import { and, eq, sql } from 'drizzle-orm';
import type { Hono } from 'hono';
import { audit, auditPage } from '../../audit.ts';
import { enterpriseMembers, enterprises } from '../../db/schema.ts';
import type { AppEnv } from '../../http/env.ts';
import { refuseDuplicate, refuseStaleVersion } from '../../http/conflicts.ts';
import { fieldProblem } from '../../http/problem.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import { requireOwnSession, requireUser } from '../auth/sessions.ts';
import { nextAccountNumber } from './account-numbers.ts';
import { adminsOf } from './join.ts';
import { hasFees } from './ledger-state.ts';
import { requireMembership } from './membership.ts';
import { presentEnterprise } from './present.ts';
import { ENTERPRISE } from './paths.ts';

const tag = 'Enterprises';

/** The differences between two flat records, as `{ field: { from, to } }` for the enterprise log. */
function changes(before: Record<string, unknown>, after: Record<string, unknown>) {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) out[key] = { from: before[key] ?? null, to: after[key] };
  }
  return out;
}

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
      const { services, locale } = c.var;
      const { user } = c.var.auth;
      const now = services.clock.now();
      const row = await refuseDuplicate(
        () =>
          services.db.transaction(async (tx) => {
            const [created] = await tx
              .insert(enterprises)
              .values({
                id: crypto.randomUUID(),
                accountNumber: await nextAccountNumber(tx),
                name: body.name,
                registrationNumber: body.registrationNumber,
                tradingCurrency: body.tradingCurrency,
                billingEmail: body.contact.email,
                contact: body.contact,
                createdAt: now,
                updatedAt: now,
              })
              .returning();
            await tx.insert(enterpriseMembers).values({ enterpriseId: created!.id, userId: user.id, role: 'admin', createdAt: now, updatedAt: now });
            await audit(tx, services.clock, {
              actor: { kind: 'user', id: user.id },
              entity: 'enterprise',
              entityId: created!.id,
              action: 'created',
              data: { name: body.name, accountNumber: created!.accountNumber, tradingCurrency: body.tradingCurrency },
            });
            return created!;
          }),
        () => fieldProblem(locale, { type: 'conflict', path: 'registrationNumber', code: 'registration_number_taken' }),
      );
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
      const { user } = c.var.auth;
      refuseStaleVersion(c, enterprise.version);
      const updated = await services.db.transaction(async (tx) => {
        const [current] = await tx.select().from(enterprises).where(eq(enterprises.id, enterprise.id)).for('update');
        refuseStaleVersion(c, current!.version);
        if (body.tradingCurrency && body.tradingCurrency !== current!.tradingCurrency && (await hasFees(tx, enterprise.id))) {
          throw fieldProblem(locale, { type: 'conflict', path: 'tradingCurrency', code: 'currency_locked' });
        }
        const next = {
          contact: body.contact ? { ...(current!.contact ?? {}), ...body.contact } : current!.contact,
          tradingCurrency: body.tradingCurrency ?? current!.tradingCurrency,
          passwordResetCodesTo: body.passwordResetCodesTo ?? current!.passwordResetCodesTo,
          allowedOrigins: body.allowedOrigins ? [...new Set(body.allowedOrigins)] : current!.allowedOrigins,
        };
        const flat = (state: typeof next) => ({
          ...Object.fromEntries(Object.entries(state.contact ?? {}).map(([key, value]) => [`contact.${key}`, value])),
          tradingCurrency: state.tradingCurrency,
          passwordResetCodesTo: state.passwordResetCodesTo,
          allowedOrigins: state.allowedOrigins,
        });
        const changed = changes(flat(current!), flat(next));
        if (Object.keys(changed).length === 0) return current!;
        const [row] = await tx
          .update(enterprises)
          .set({ ...next, version: sql`${enterprises.version} + 1`, updatedAt: services.clock.now() })
          .where(eq(enterprises.id, enterprise.id))
          .returning();
        await audit(tx, services.clock, { actor: { kind: 'user', id: user.id }, entity: 'enterprise', entityId: enterprise.id, action: 'updated', data: changed });
        return row!;
      });
      if (body.allowedOrigins) services.origins.forget();
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
