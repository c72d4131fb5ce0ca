import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { moduleApp, type RouteRegistry } from '../../http/routes.ts';
import { mountAttachments } from '../attachments/routes.ts';
import { mountEvents } from '../events/routes.ts';
import { mountWebhooks } from '../webhooks/routes.ts';
import { mountTicketDesk } from './operator-routes.ts';
import { mountTicketRoutes } from './routes.ts';

/** Support tickets (PRODUCT §2) with what they need: attachments, live events, webhooks, the agents' desk. */
export function ticketsModule(routes: RouteRegistry): Hono<AppEnv> {
  return moduleApp(routes, mountAttachments, mountTicketRoutes, mountTicketDesk, mountEvents, mountWebhooks);
}
