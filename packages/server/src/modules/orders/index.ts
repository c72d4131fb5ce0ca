import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { moduleApp, type RouteRegistry } from '../../http/routes.ts';
import { mountOrderLabels } from './label-routes.ts';
import { mountOrderMoves } from './move-routes.ts';
import { mountOrderDesk } from './operator-routes.ts';
import { mountOrderRoutes } from './routes.ts';

/** Orders (PRODUCT §4): the customers' orders and their moves, the waybill terms, and what operators report. */
export function ordersModule(routes: RouteRegistry): Hono<AppEnv> {
  return moduleApp(routes, mountOrderRoutes, mountOrderMoves, mountOrderLabels, mountOrderDesk);
}
