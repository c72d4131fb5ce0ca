import type { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppEnv } from '../../http/env.ts';
import type { RouteRegistry } from '../../http/routes.ts';

export function mountHealth(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'get',
      path: '/health',
      tag: 'Operations',
      summary: 'Liveness and database reachability',
      responses: { 200: { description: 'Healthy', schema: z.object({ status: z.literal('ok') }) } },
    },
    async (c) => {
      await c.var.services.db.execute(sql`SELECT 1`);
      return c.json({ status: 'ok' as const });
    },
  );
}
