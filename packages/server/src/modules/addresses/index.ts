import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { moduleApp, type RouteRegistry } from '../../http/routes.ts';
import { mountAddressRoutes } from './routes.ts';

/** The address book (API.md "Orders and addresses"): an enterprise's senders and recipients. */
export function addressesModule(routes: RouteRegistry): Hono<AppEnv> {
  return moduleApp(routes, mountAddressRoutes);
}
