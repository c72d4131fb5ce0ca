import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { moduleApp, type MountRoutes, type RouteRegistry } from '../../http/routes.ts';
import { mountApiKeys } from './api-keys.ts';
import { mountEmbedSessions } from './embed-sessions.ts';
import { mountJoin } from './join.ts';
import { mountLedger } from './ledger.ts';
import { mountMembers } from './members.ts';
import { mountOperatorEnterprises } from './operator-routes.ts';
import { mountEnterpriseProfile } from './routes.ts';
import { mountSecurityPin } from './security-pin-routes.ts';

/** Everything about enterprises (PRODUCT §1.4–1.5, §1.9–1.12). In any order: `join` is never an id (paths.ts). */
export function enterprisesModule(routes: RouteRegistry): Hono<AppEnv> {
  return moduleApp(routes, ...ENTERPRISE_ROUTES);
}

/** The module's parts, in the order of /openapi.json. */
export const ENTERPRISE_ROUTES: readonly MountRoutes[] = [
  mountJoin,
  mountEnterpriseProfile,
  mountMembers,
  mountSecurityPin,
  mountApiKeys,
  mountLedger,
  mountEmbedSessions,
  mountOperatorEnterprises,
];
