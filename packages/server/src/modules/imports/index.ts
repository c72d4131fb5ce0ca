import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { moduleApp, type RouteRegistry } from '../../http/routes.ts';
import { mountImportRoutes } from './routes.ts';

export { IMPORT_UPLOAD_PATHS } from './routes.ts';

/** Batch uploads (PRODUCT §3.6–3.7): templates, uploads checked at the cell, fixes in place, all-or-nothing commits. */
export function importsModule(routes: RouteRegistry): Hono<AppEnv> {
  return moduleApp(routes, mountImportRoutes);
}
