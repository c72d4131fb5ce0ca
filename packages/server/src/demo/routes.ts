import type { Hono } from 'hono';
import { pageHeaders } from '../http/page-headers.ts';
import type { AppEnv } from '../http/env.ts';
import { renderDeskPage, type renderDemoPage } from './page.ts';

/** The demo portal at `/` (already rendered) and the agents' desk at `/desk`, each with the pages' security headers. */
export function mountDemoPages(app: Hono<AppEnv>, portal: ReturnType<typeof renderDemoPage>) {
  app.get('/', pageHeaders({ scripts: true }), (c) => c.html(portal));
  app.get('/desk', pageHeaders({ scripts: true }), (c) => c.html(renderDeskPage()));
}
