import { JoinCodeSent, JoinRequest, JoinResult, JoinVerifyRequest } from '@wharf/domain';
import type { Hono } from 'hono';
import { enterpriseOrigin } from '../../http/cors.ts';
import type { AppEnv, RequestContext } from '../../http/env.ts';
import { ProblemError } from '../../http/problem.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import { requireOwnSession, requireUserOriginCheckedByRoute } from '../auth/sessions.ts';
import { findByAccountNumber } from './queries.ts';
import { finishJoining, startJoining } from './joining.ts';
import { presentJoinCodeSent } from './present.ts';

const tag = 'Enterprises';

/** A page of an enterprise's origin may join only that enterprise (an unknown number is the service's 422). */
async function refuseOriginNotListed(c: RequestContext, accountNumber: string) {
  const origin = enterpriseOrigin(c);
  if (!origin) return;
  const enterprise = await findByAccountNumber(c.var.services.db, accountNumber);
  if (enterprise && !enterprise.allowedOrigins.includes(origin)) {
    throw new ProblemError({ type: 'forbidden', detail: c.var.services.messages(c.var.locale).detail.originNotAllowed({ field: origin }) });
  }
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
    requireUserOriginCheckedByRoute,
    requireOwnSession,
    async (c, { body: { accountNumber } }) => {
      await refuseOriginNotListed(c, accountNumber);
      const { user } = c.var.auth;
      const { enterprise, sent } = await startJoining(c.var.services, { userId: user.id, email: user.email, locale: c.var.locale }, accountNumber);
      return c.json(presentJoinCodeSent(enterprise, sent), 202);
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
    requireUserOriginCheckedByRoute,
    requireOwnSession,
    async (c, { body }) => {
      await refuseOriginNotListed(c, body.accountNumber);
      const { user } = c.var.auth;
      const { enterprise, role, approvers } = await finishJoining(c.var.services, { userId: user.id, email: user.email, locale: c.var.locale }, body);
      return c.json({ enterpriseId: enterprise.id, role, enterpriseName: enterprise.name, approvers }, 201);
    },
  );
}
