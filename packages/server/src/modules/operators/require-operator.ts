import type { OperatorRole } from '@wharf/domain/auth';
import { createMiddleware } from 'hono/factory';
import type { EnvWith } from '../../http/env.ts';
import { ProblemError } from '../../http/problem.ts';
import { findOperatorByToken } from '../../operators.ts';

/** The operator calling, as the routes behind `requireOperator` see them. */
export interface ActingOperator {
  id: string;
  email: string;
  roles: OperatorRole[];
}
export interface OperatorVars {
  operator: ActingOperator;
}
export type OperatorEnv = EnvWith<OperatorVars>;

/**
 * Requires an operator's bearer token (PRODUCT §1.11): 401 without one, 403 when the operator has none of
 * `roles` (the provider-admin role may do everything).
 */
export function requireOperator(...roles: OperatorRole[]) {
  return createMiddleware<OperatorEnv>(async (c, next) => {
    const { services, locale } = c.var;
    const token = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const operator = token ? await findOperatorByToken(services.db, token) : undefined;
    if (!operator) throw new ProblemError({ type: 'unauthorized', detail: services.messages(locale).detail.operatorOnly });
    const allowed = roles.length === 0 || operator.roles.includes('admin') || roles.some((role) => operator.roles.includes(role));
    if (!allowed) throw new ProblemError({ type: 'forbidden', detail: services.messages(locale).detail.operatorOnly });
    c.set('operator', { id: operator.id, email: operator.email, roles: operator.roles as OperatorRole[] });
    await next();
  });
}
