import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { moduleApp, type RouteRegistry } from '../../http/routes.ts';
import { mountReferenceRoutes } from './routes.ts';

export { findHsCode, presentHsCode, searchHsCodes } from './hs-codes.ts';
// The catalogue import (./import.ts) reads files with node:fs: the CLI imports it directly, so that the app stays
// buildable for the browser mock.

/** Reference data (PRODUCT §3.5): the HS-code catalogue and the product options. */
export function referenceModule(routes: RouteRegistry): Hono<AppEnv> {
  return moduleApp(routes, mountReferenceRoutes);
}
