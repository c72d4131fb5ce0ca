import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { moduleApp, type RouteRegistry } from '../../http/routes.ts';
import { mountFilingDesk } from './operator-routes.ts';
import { mountProductRoutes } from './routes.ts';

/** Products (PRODUCT §3): the customers' catalogue and the operators' filing decisions. */
export function productsModule(routes: RouteRegistry): Hono<AppEnv> {
  return moduleApp(routes, mountProductRoutes, mountFilingDesk);
}
