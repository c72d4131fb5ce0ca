import { CheckSecurityPinRequest, SetSecurityPinRequest } from '@wharf/domain';
import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import { requireUser } from '../auth/sessions.ts';
import { requireMembership } from './membership.ts';
import { ENTERPRISE } from './paths.ts';
import { checkSecurityPin } from './security-pin.ts';
import { removeSecurityPin, setSecurityPin } from './service.ts';

const tag = 'Security';

/** PRODUCT §1.5: admins set, change or switch off the enterprise's security PIN; members check it before a step that needs it. */
export function mountSecurityPin(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'put',
      path: `${ENTERPRISE}/security-pin`,
      tag,
      summary: 'Set or change the security PIN (admins)',
      description: 'Six digits, not one digit repeated and not a run such as 123456. Stored hashed; wrong-PIN blocks are lifted.',
      auth: 'user',
      body: SetSecurityPinRequest,
      responses: { 204: { description: 'Set' }, 403: problem('Not an admin'), 422: problem('Not six digits, or too simple') },
    },
    requireUser,
    requireMembership({ role: 'admin' }),
    async (c, { body: { pin } }) => {
      await setSecurityPin(c.var.services, { enterprise: c.var.membership.enterprise, userId: c.var.auth.user.id }, pin);
      return c.body(null, 204);
    },
  );

  routes.add(
    app,
    {
      method: 'delete',
      path: `${ENTERPRISE}/security-pin`,
      tag,
      summary: 'Switch the security PIN off (admins)',
      auth: 'user',
      responses: { 204: { description: 'Off (also when it was not set)' }, 403: problem('Not an admin') },
    },
    requireUser,
    requireMembership({ role: 'admin' }),
    async (c) => {
      await removeSecurityPin(c.var.services, { enterprise: c.var.membership.enterprise, userId: c.var.auth.user.id });
      return c.body(null, 204);
    },
  );

  routes.add(
    app,
    {
      method: 'post',
      path: `${ENTERPRISE}/security-pin/check`,
      tag,
      summary: 'Check the security PIN before a step that requires it (e.g. submitting orders)',
      description: 'Wrong PINs count: after 5 within 15 minutes PIN entry is blocked for that user (423, `lockedUntil`). 204 when no PIN is set.',
      auth: 'user',
      body: CheckSecurityPinRequest,
      responses: {
        204: { description: 'Right (or no PIN set)' },
        422: problem('Wrong PIN (`remainingAttempts`)'),
        423: problem('Blocked (`lockedUntil`)'),
      },
    },
    requireUser,
    requireMembership(),
    async (c, { body: { pin } }) => {
      const { enterprise } = c.var.membership;
      await checkSecurityPin(c.var.services, { enterprise, userId: c.var.auth.user.id, pin, locale: c.var.locale, path: 'pin' });
      return c.body(null, 204);
    },
  );
}
