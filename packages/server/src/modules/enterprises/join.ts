import { JoinCodeSent, JoinRequest, JoinResult, JoinVerifyRequest } from '@wharf/domain';
import { maskEmail } from '@wharf/domain/enterprises';
import { and, eq, ne } from 'drizzle-orm';
import type { Hono } from 'hono';
import { audit } from '../../audit.ts';
import type { Executor } from '../../db/database.ts';
import { enterpriseMembers, enterprises } from '../../db/schema.ts';
import type { AppEnv } from '../../http/env.ts';
import { fieldProblem } from '../../http/problem.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import type { Services } from '../../services.ts';
import { sendEmailCode, spendEmailCode, verifyEmailCode } from '../auth/email-codes.ts';
import { requireOwnSession, requireUser } from '../auth/sessions.ts';
import { adminsOf, existingRole, findByAccountNumber } from './queries.ts';
import { checkSecurityPin } from './security-pin.ts';

const tag = 'Enterprises';

/** Join codes belong to one user and one account: two colleagues joining at once never replace each other's. */
const codeKey = (enterpriseId: string, userId: string) => `join:${enterpriseId}:${userId}`;

/**
 * Tells the admins someone waits for them (the approval itself happens in the portal, never by mail link), and
 * returns their addresses masked, so the joiner knows whom to ask.
 */
async function notifyAdmins(tx: Executor, services: Services, enterprise: { id: string; name: string }, email: string) {
  const admins = await adminsOf(tx, enterprise.id);
  for (const admin of admins) {
    const mail = services.messages(admin.locale as 'en').mail;
    await services.outbox.enqueue(tx, 'mail', {
      to: admin.email,
      subject: mail.joinRequestSubject({ enterprise: enterprise.name }),
      text: mail.joinRequestBody({ email, enterprise: enterprise.name }),
    });
  }
  return admins.map((admin) => maskEmail(admin.email));
}

/**
 * PRODUCT §1.4, existing customer account (seed 000, binding): account number → a code to the account's billing
 * email, shown masked → code (+ PIN when set) → the first joiner is admin, later joiners wait for approval.
 */
export function mountJoin(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/enterprises/join',
      tag,
      summary: 'Start joining an existing customer account: a code goes to its billing email',
      description: 'The answer shows the billing email masked, so the user knows whom to ask for the code.',
      auth: 'user',
      body: JoinRequest,
      responses: {
        202: { description: 'Code sent to the billing email', schema: JoinCodeSent },
        409: problem('Already a member, or already waiting for approval'),
        422: problem('Unknown or malformed account number'),
        429: problem('Asked again within 60 seconds (Retry-After)'),
      },
    },
    requireUser,
    requireOwnSession,
    async (c, { body: { accountNumber } }) => {
      const { services, locale } = c.var;
      const { user } = c.var.auth;
      const enterprise = await findByAccountNumber(services.db, accountNumber);
      if (!enterprise) throw fieldProblem(locale, { path: 'accountNumber', code: 'account_number_unknown' });
      const role = await existingRole(services.db, enterprise.id, user.id);
      if (role) throw fieldProblem(locale, { type: 'conflict', path: 'accountNumber', code: role === 'pending' ? 'join_pending' : 'already_member' });
      const sent = await sendEmailCode(services, {
        email: codeKey(enterprise.id, user.id),
        sendTo: enterprise.billingEmail,
        purpose: 'join-enterprise',
        locale,
      });
      return c.json(
        {
          billingEmailMasked: maskEmail(enterprise.billingEmail),
          securityPinRequired: enterprise.securityPinHash !== null,
          expiresAt: sent.expiresAt.toISOString(),
          resendAt: sent.resendAt.toISOString(),
        },
        202,
      );
    },
  );

  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/enterprises/join/verify',
      tag,
      summary: 'Finish joining with the code (and the security PIN when the enterprise has one)',
      description: 'The first user to join an account becomes its admin; everyone after waits (`pending`) until an admin approves.',
      auth: 'user',
      body: JoinVerifyRequest,
      responses: {
        201: { description: 'Joined (admin) or waiting for approval (pending)', schema: JoinResult },
        409: problem('Already a member'),
        422: problem('Wrong code, PIN missing or wrong'),
        423: problem('Too many wrong PINs (`lockedUntil`)'),
      },
    },
    requireUser,
    requireOwnSession,
    async (c, { body }) => {
      const { services, locale } = c.var;
      const { user } = c.var.auth;
      const enterprise = await findByAccountNumber(services.db, body.accountNumber);
      if (!enterprise) throw fieldProblem(locale, { path: 'accountNumber', code: 'account_number_unknown' });
      const key = codeKey(enterprise.id, user.id);
      const codeId = await verifyEmailCode(services, { email: key, purpose: 'join-enterprise', code: body.code, locale });
      await checkSecurityPin(services, { enterprise, userId: user.id, pin: body.securityPin, locale });
      const now = services.clock.now();
      const { role, approvers } = await services.db.transaction(async (tx) => {
        await spendEmailCode(tx, services, codeId, locale);
        // One joiner at a time per enterprise, so two first joiners cannot both become admin.
        await tx.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.id, enterprise.id)).for('update');
        if (await existingRole(tx, enterprise.id, user.id)) {
          throw fieldProblem(locale, { type: 'conflict', path: 'accountNumber', code: 'already_member' });
        }
        const [someone] = await tx
          .select({ userId: enterpriseMembers.userId })
          .from(enterpriseMembers)
          .where(and(eq(enterpriseMembers.enterpriseId, enterprise.id), ne(enterpriseMembers.role, 'pending')))
          .limit(1);
        const role = someone ? 'pending' : 'admin';
        await tx.insert(enterpriseMembers).values({ enterpriseId: enterprise.id, userId: user.id, role, createdAt: now, updatedAt: now });
        await audit(tx, services.clock, {
          actor: { kind: 'user', id: user.id },
          entity: 'enterprise',
          entityId: enterprise.id,
          action: role === 'admin' ? 'joined-as-first-admin' : 'join-requested',
          data: { userId: user.id, email: user.email },
        });
        const approvers = role === 'pending' ? await notifyAdmins(tx, services, enterprise, user.email) : [];
        return { role, approvers };
      });
      services.outbox.kick();
      return c.json({ enterpriseId: enterprise.id, role, enterpriseName: enterprise.name, approvers }, 201);
    },
  );
}
