import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import type { RouteRegistry } from '../../http/routes.ts';
import { mountAttachments } from '../attachments/routes.ts';
import { mountEvents } from '../events/routes.ts';
import { mountWebhooks } from '../webhooks/routes.ts';
import { mountTicketDesk } from './operator-routes.ts';
import { mountTicketRoutes } from './routes.ts';

/** Support tickets (PRODUCT §2) with what they need: attachments, live events, webhooks, the agents' desk. */
export function mountTickets(app: Hono<AppEnv>, routes: RouteRegistry) {
  mountAttachments(app, routes);
  mountTicketRoutes(app, routes);
  mountTicketDesk(app, routes);
  mountEvents(app, routes);
  mountWebhooks(app, routes);
}
