import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { moduleApp, type RouteRegistry } from '../../http/routes.ts';
import { mountReferenceDesk } from './operator-routes.ts';
import { mountOrderOptions } from './routes.ts';

/** Warehouses and shipping methods (PRODUCT §4.12): kept by operators, offered to customers by the order form. */
export function warehousesModule(routes: RouteRegistry): Hono<AppEnv> {
  return moduleApp(routes, mountOrderOptions, mountReferenceDesk);
}
