import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { moduleApp, type RouteRegistry } from '../../http/routes.ts';
import { mountInventory } from './routes.ts';

/** Inventory (PRODUCT §4.13): stock per product and warehouse, its movements, and operators' stock counts. */
export function inventoryModule(routes: RouteRegistry): Hono<AppEnv> {
  return moduleApp(routes, mountInventory);
}
