import type { MemberRole } from '@wharf/domain/enterprises';
import { and, asc, eq } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import type { Executor } from '../../db/database.ts';
import { enterpriseMembers, enterprises } from '../../db/schema.ts';
import type { EnvWith, RequestContext } from '../../http/env.ts';
import { ProblemError } from '../../http/problem.ts';
import { isSameOrigin } from '../../http/cors.ts';
import type { SessionUser } from '../auth/sessions.ts';
import type { Services } from '../../services.ts';

export type EnterpriseRow = typeof enterprises.$inferSelect;
export interface ActingMembership {
  enterprise: EnterpriseRow;
  role: MemberRole;
}

export const ENTERPRISE_HEADER = 'wharf-enterprise';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string | undefined): value is string {
  return !!value && UUID.test(value);
}

/** Every enterprise a user belongs to (or asked to join), oldest first; an embed session sees only its own. */
export async function membershipsOf(db: Executor, userId: string, embeddedIn: string | null) {
  const rows = await db
    .select({ enterprise: enterprises, role: enterpriseMembers.role })
    .from(enterpriseMembers)
    .innerJoin(enterprises, eq(enterprises.id, enterpriseMembers.enterpriseId))
    .where(
      embeddedIn
        ? and(eq(enterpriseMembers.userId, userId), eq(enterpriseMembers.enterpriseId, embeddedIn))
        : eq(enterpriseMembers.userId, userId),
    )
    .orderBy(asc(enterpriseMembers.createdAt));
  return rows.map((row) => ({ enterprise: row.enterprise, role: row.role as MemberRole }));
}

/**
 * {@link membershipsOf} as a signed-in call needs them: remembered for a few seconds (services.sessionCache) and
 * forgotten when the user's memberships or one of the enterprises change.
 */
export async function currentMemberships(services: Services, userId: string, embeddedIn: string | null): Promise<ActingMembership[]> {
  const memberships = await services.sessionCache.remember(`memberships:${userId}:${embeddedIn ?? ''}`, async () => {
    const value = await membershipsOf(services.db, userId, embeddedIn);
    return { value, tags: [`user:${userId}`, ...value.map(({ enterprise }) => `enterprise:${enterprise.id}`)] };
  });
  return memberships ?? [];
}

/**
 * Where a user's password-reset code goes: the billing email of an enterprise they are an approved member of
 * whose policy says so (seed 000 login Q4), else undefined (their own address).
 */
export async function resetCodeDestination(db: Executor, userId: string): Promise<string | undefined> {
  const memberships = await membershipsOf(db, userId, null);
  const strict = memberships.find(({ enterprise, role }) => role !== 'pending' && enterprise.passwordResetCodesTo === 'billing-email');
  return strict?.enterprise.billingEmail;
}

/**
 * The enterprise a call acts in: the one in the path, or — for `current` and for calls without one — the
 * caller's only membership, or the one named by `Wharf-Enterprise` when there are several (API.md).
 * Anything the caller does not belong to is 404, never 403: other enterprises' existence is not revealed.
 */
async function resolveMembership(c: RequestContext, auth: SessionUser): Promise<ActingMembership> {
  const { services, locale } = c.var;
  const { user, embeddedIn } = auth;
  const messages = services.messages(locale);
  const named = c.req.param('id');
  const wanted = named && named !== 'current' ? named : c.req.header(ENTERPRISE_HEADER)?.trim() || undefined;
  const memberships = await currentMemberships(services, user.id, embeddedIn);
  if (wanted) {
    const found = isUuid(wanted) ? memberships.find((membership) => membership.enterprise.id === wanted.toLowerCase()) : undefined;
    if (!found) throw new ProblemError({ type: 'not-found' });
    return found;
  }
  if (memberships.length === 1) return memberships[0]!;
  const active = memberships.filter((membership) => membership.role !== 'pending');
  if (active.length === 1) return active[0]!;
  if (memberships.length === 0) throw new ProblemError({ type: 'forbidden', detail: messages.detail.noEnterprise });
  throw new ProblemError({
    type: 'validation',
    detail: messages.detail.chooseEnterprise,
    errors: [{ path: 'Wharf-Enterprise', code: 'required', message: messages.detail.chooseEnterprise }],
  });
}

/** Whether a page on `origin` may act for this enterprise: its own pages, the server's trusted origins, or its list. */
export function originAllowedFor(c: RequestContext, enterprise: EnterpriseRow): boolean {
  const origin = c.req.header('origin');
  if (!origin || isSameOrigin(c, origin)) return true;
  return c.var.services.config.corsOrigins.includes(origin) || enterprise.allowedOrigins.includes(origin);
}

export interface MembershipRequirement {
  /** `admin` for what only admins may do; by default any approved member. */
  role?: Exclude<MemberRole, 'pending'>;
  /** Let pending members through (to see the enterprise they are waiting for). */
  allowPending?: boolean;
}

/** What `requireMembership` gives the routes behind it (it runs after `requireUser`). */
export interface MemberVars {
  auth: SessionUser;
  membership: ActingMembership;
}
export type MemberEnv = EnvWith<MemberVars>;

/** Requires the signed-in user (after `requireUser`) to belong to the enterprise the call acts in, with a role. */
export function requireMembership(requirement: MembershipRequirement = {}) {
  return createMiddleware<MemberEnv>(async (c, next) => {
    c.set('membership', await actingMembership(c, c.var.auth, requirement));
    await next();
  });
}

/** The membership the signed-in user acts with, if it meets `requirement` and the calling page may act for it. */
export async function actingMembership(c: RequestContext, auth: SessionUser, requirement: MembershipRequirement = {}): Promise<ActingMembership> {
  const { services, locale } = c.var;
  const messages = services.messages(locale);
  const membership = await resolveMembership(c, auth);
  const origin = c.req.header('origin');
  if (!originAllowedFor(c, membership.enterprise)) {
    throw new ProblemError({ type: 'forbidden', detail: messages.detail.originNotAllowed({ field: origin }) });
  }
  if (membership.role === 'pending' && !requirement.allowPending) {
    throw new ProblemError({ type: 'forbidden', detail: messages.detail.pendingApproval({ name: membership.enterprise.name }) });
  }
  if (requirement.role === 'admin' && membership.role !== 'admin') {
    throw new ProblemError({ type: 'forbidden', detail: messages.detail.adminOnly });
  }
  return membership;
}

