import { ChangeRoleRequest, Member, MemberQuery, listOf } from '@wharf/domain';
import { and, asc, eq, ne } from 'drizzle-orm';
import type { Hono } from 'hono';
import { audit } from '../../audit.ts';
import type { Executor } from '../../db/database.ts';
import { enterpriseMembers, sessions, users } from '../../db/schema.ts';
import type { AppEnv } from '../../http/env.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import { problem, type RouteContext, type RouteRegistry } from '../../http/routes.ts';
import { requireUser } from '../auth/sessions.ts';
import { isUuid, requireMembership, type MemberVars } from './membership.ts';
import { presentMember } from './present.ts';
import { ENTERPRISE } from './paths.ts';

const tag = 'Members';

const memberColumns = {
  userId: enterpriseMembers.userId,
  email: users.email,
  name: users.name,
  role: enterpriseMembers.role,
  externalUserId: enterpriseMembers.externalUserId,
  createdAt: enterpriseMembers.createdAt,
};

async function findMember(db: Executor, enterpriseId: string, userId: string) {
  if (!isUuid(userId)) return undefined;
  const [row] = await db
    .select(memberColumns)
    .from(enterpriseMembers)
    .innerJoin(users, eq(users.id, enterpriseMembers.userId))
    .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.userId, userId)))
    .limit(1)
    .for('update', { of: enterpriseMembers });
  return row;
}

/** Whether someone other than `userId` is an admin (an enterprise always keeps one). */
async function anotherAdmin(tx: Executor, enterpriseId: string, userId: string) {
  const [row] = await tx
    .select({ userId: enterpriseMembers.userId })
    .from(enterpriseMembers)
    .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.role, 'admin'), ne(enterpriseMembers.userId, userId)))
    .limit(1);
  return !!row;
}

/** Runs a change to one member in a transaction; 404 when the user is not a member of the acting enterprise. */
async function changeMember<T>(
  c: RouteContext<MemberVars>,
  change: (tx: Executor, member: NonNullable<Awaited<ReturnType<typeof findMember>>>) => Promise<T>,
): Promise<T> {
  const { services } = c.var;
  const { enterprise } = c.var.membership;
  return services.db.transaction(async (tx) => {
    const member = await findMember(tx, enterprise.id, c.req.param('userId') ?? '');
    if (!member) throw new ProblemError({ type: 'not-found' });
    return change(tx, member);
  });
}

/** PRODUCT §1.4 and §1.11: admins approve or reject joiners inside the portal, give roles and remove members. */
export function mountMembers(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'get',
      path: `${ENTERPRISE}/members`,
      tag,
      summary: 'Members of the enterprise, and who waits for approval (`?status=pending`)',
      auth: 'user',
      query: MemberQuery,
      responses: { 200: { description: 'Oldest first', schema: listOf(Member) }, 403: problem('Pending members cannot list') },
    },
    requireUser,
    requireMembership(),
    async (c, { query: { status } }) => {
      const { enterprise } = c.var.membership;
      const rows = await c.var.services.db
        .select(memberColumns)
        .from(enterpriseMembers)
        .innerJoin(users, eq(users.id, enterpriseMembers.userId))
        .where(and(eq(enterpriseMembers.enterpriseId, enterprise.id), status ? eq(enterpriseMembers.role, status) : undefined))
        .orderBy(asc(enterpriseMembers.createdAt), asc(users.email));
      return c.json({ data: rows.map(presentMember), nextCursor: null });
    },
  );

  const decide = (action: 'approve' | 'reject') =>
    routes.add(
      app,
      {
        method: 'post',
        path: `${ENTERPRISE}/members/:userId/${action}`,
        tag,
        summary: action === 'approve' ? 'Approve a pending member (admins)' : 'Reject a pending member (admins)',
        auth: 'user',
        responses: {
          ...(action === 'approve' ? { 200: { description: 'Now a member', schema: Member } } : { 204: { description: 'Rejected' } }),
          403: problem('Not an admin'),
          404: problem('No such member'),
          409: problem('Not pending'),
        },
      },
      requireUser,
      requireMembership({ role: 'admin' }),
      async (c) => {
        const { services, locale } = c.var;
        const { enterprise } = c.var.membership;
        const actor = { kind: 'user' as const, id: c.var.auth.user.id };
        const result = await changeMember(c, async (tx, member) => {
          if (member.role !== 'pending') throw fieldProblem(locale, { type: 'conflict', path: 'userId', code: 'not_pending' });
          const now = services.clock.now();
          const data = { userId: member.userId, email: member.email };
          if (action === 'reject') {
            await tx
              .delete(enterpriseMembers)
              .where(and(eq(enterpriseMembers.enterpriseId, enterprise.id), eq(enterpriseMembers.userId, member.userId)));
            await audit(tx, services.clock, { actor, entity: 'enterprise', entityId: enterprise.id, action: 'member-rejected', data });
            return undefined;
          }
          await tx
            .update(enterpriseMembers)
            .set({ role: 'member', updatedAt: now })
            .where(and(eq(enterpriseMembers.enterpriseId, enterprise.id), eq(enterpriseMembers.userId, member.userId)));
          await audit(tx, services.clock, { actor, entity: 'enterprise', entityId: enterprise.id, action: 'member-approved', data });
          return presentMember({ ...member, role: 'member' });
        });
        return result ? c.json(result) : c.body(null, 204);
      },
    );
  decide('approve');
  decide('reject');

  routes.add(
    app,
    {
      method: 'patch',
      path: `${ENTERPRISE}/members/:userId`,
      tag,
      summary: 'Make a member an admin, or an admin a member (admins)',
      auth: 'user',
      body: ChangeRoleRequest,
      responses: {
        200: { description: 'Changed', schema: Member },
        409: problem('Pending members are approved first; the last admin stays admin'),
      },
    },
    requireUser,
    requireMembership({ role: 'admin' }),
    async (c, { body: { role } }) => {
      const { services, locale } = c.var;
      const { enterprise } = c.var.membership;
      const member = await changeMember(c, async (tx, member) => {
        if (member.role === 'pending') throw fieldProblem(locale, { type: 'conflict', path: 'role', code: 'not_pending' });
        if (member.role === role) return member;
        if (member.role === 'admin' && !(await anotherAdmin(tx, enterprise.id, member.userId))) {
          throw fieldProblem(locale, { type: 'conflict', path: 'role', code: 'last_admin' });
        }
        await tx
          .update(enterpriseMembers)
          .set({ role, updatedAt: services.clock.now() })
          .where(and(eq(enterpriseMembers.enterpriseId, enterprise.id), eq(enterpriseMembers.userId, member.userId)));
        await audit(tx, services.clock, {
          actor: { kind: 'user', id: c.var.auth.user.id },
          entity: 'enterprise',
          entityId: enterprise.id,
          action: 'member-role-changed',
          data: { userId: member.userId, email: member.email, role: { from: member.role, to: role } },
        });
        return { ...member, role };
      });
      return c.json(presentMember(member));
    },
  );

  routes.add(
    app,
    {
      method: 'delete',
      path: `${ENTERPRISE}/members/:userId`,
      tag,
      summary: 'Remove a member (admins), or leave the enterprise (yourself)',
      description: 'The member’s embed sessions for this enterprise end at once.',
      auth: 'user',
      responses: { 204: { description: 'Removed' }, 409: problem('The last admin cannot leave') },
    },
    requireUser,
    requireMembership({ allowPending: true }),
    async (c) => {
      const { services, locale } = c.var;
      const { enterprise, role } = c.var.membership;
      const me = c.var.auth.user.id;
      const self = c.req.param('userId') === me;
      if (!self && role !== 'admin') throw new ProblemError({ type: 'forbidden', detail: services.messages(locale).detail.adminOnly });
      await changeMember(c, async (tx, member) => {
        if (member.role === 'admin' && !(await anotherAdmin(tx, enterprise.id, member.userId))) {
          throw fieldProblem(locale, { type: 'conflict', path: 'userId', code: 'last_admin' });
        }
        await tx
          .delete(enterpriseMembers)
          .where(and(eq(enterpriseMembers.enterpriseId, enterprise.id), eq(enterpriseMembers.userId, member.userId)));
        await tx.delete(sessions).where(and(eq(sessions.userId, member.userId), eq(sessions.enterpriseId, enterprise.id)));
        await audit(tx, services.clock, {
          actor: { kind: 'user', id: me },
          entity: 'enterprise',
          entityId: enterprise.id,
          action: self ? 'member-left' : 'member-removed',
          data: { userId: member.userId, email: member.email },
        });
      });
      return c.body(null, 204);
    },
  );
}
