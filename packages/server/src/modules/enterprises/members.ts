import { ChangeRoleRequest, Member, MemberQuery, listOf } from '@wharf/domain';
import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { problem, type RouteContext, type RouteRegistry } from '../../http/routes.ts';
import { requireUser } from '../auth/sessions.ts';
import { requireMembership } from './membership.ts';
import { ENTERPRISE } from './paths.ts';
import { presentMember } from './present.ts';
import { membersOf } from './queries.ts';
import { changeRole, decideJoin, removeMember } from './service.ts';

const tag = 'Members';

/** The member named in the path (the service answers 404 for anyone not in the enterprise). */
const userIdOf = (c: RouteContext) => c.req.param('userId') ?? '';

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
      const rows = await membersOf(c.var.services.db, c.var.membership.enterprise.id, status);
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
        const admin = { enterprise: c.var.membership.enterprise, userId: c.var.auth.user.id };
        const decided = await decideJoin(c.var.services, c.var.locale, admin, userIdOf(c), action);
        const result = decided ? presentMember(decided) : undefined;
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
      const admin = { enterprise: c.var.membership.enterprise, userId: c.var.auth.user.id };
      const member = await changeRole(c.var.services, c.var.locale, admin, userIdOf(c), role);
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
      const { enterprise, role } = c.var.membership;
      await removeMember(c.var.services, c.var.locale, { enterprise, role, userId: c.var.auth.user.id }, c.req.param('userId') ?? '');
      return c.body(null, 204);
    },
  );
}
