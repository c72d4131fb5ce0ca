import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { moduleApp, type RouteRegistry } from '../../http/routes.ts';
import { mountApiKeys } from './api-keys.ts';
import { mountEmbedSessions } from './embed-sessions.ts';
import { mountJoin } from './join.ts';
import { mountLedger } from './ledger.ts';
import { mountMembers } from './members.ts';
import { mountOperatorEnterprises } from './operator-routes.ts';
import { mountEnterpriseProfile } from './routes.ts';
import { mountSecurityPin } from './security-pin-routes.ts';

/** Everything about enterprises (PRODUCT §1.4–1.5, §1.9–1.12). Join before `:id` routes, so `join` is never an id. */
export function enterprisesModule(routes: RouteRegistry): Hono<AppEnv> {
  return moduleApp(routes, mountJoin, mountEnterpriseProfile, mountMembers, mountSecurityPin, mountApiKeys, mountLedger, mountEmbedSessions, mountOperatorEnterprises);
}
