import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import type { RouteRegistry } from '../../http/routes.ts';
import { mountJoin } from './join.ts';
import { mountMembers } from './members.ts';
import { mountOperatorEnterprises } from './operator-routes.ts';
import { mountEnterpriseProfile } from './routes.ts';

/** Everything about enterprises (PRODUCT §1.4–1.5, §1.9–1.12). Join before `:id` routes, so `join` is never an id. */
export function mountEnterprises(app: Hono<AppEnv>, routes: RouteRegistry) {
  mountJoin(app, routes);
  mountEnterpriseProfile(app, routes);
  mountMembers(app, routes);
  mountOperatorEnterprises(app, routes);
}
