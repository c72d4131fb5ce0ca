import { createMiddleware } from 'hono/factory';
import type { OperatorRole } from '@wharf/domain/auth';
import type { EnvWith } from '../../http/env.ts';
import { findOperatorByToken } from '../../operators.ts';
import { signedIn, type UserVars } from '../auth/sessions.ts';
import type { OperatorVars } from '../operators/require-operator.ts';

const SESSION_TOKEN = /^wst_/;

/**
 * Reference data is the same for everyone: any signed-in user (member of an enterprise or not, embed sessions
 * included) or any operator may read it. 401 otherwise. Session tokens are told apart by their prefix, so a
 * member's call costs no operator lookup.
 */
export const requireSignedIn = createMiddleware<EnvWith<Partial<OperatorVars & UserVars>>>(async (c, next) => {
  const token = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (token && !SESSION_TOKEN.test(token)) {
    const operator = await findOperatorByToken(c.var.services.db, token);
    if (operator) {
      c.set('operator', { id: operator.id, email: operator.email, roles: operator.roles as OperatorRole[] });
      return next();
    }
  }
  c.set('auth', await signedIn(c));
  await next();
});
