import { MailboxMessage } from '@wharf/domain';
import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/env.ts';
import { ProblemError } from '../../http/problem.ts';
import type { RouteRegistry } from '../../http/routes.ts';
import { readMailbox } from '../../mail/dev-mailbox.ts';

const MailboxQuery = z.object({ to: z.string().trim().toLowerCase().optional() });

export function mountDev(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/dev/mailbox',
      tag: 'Development',
      summary: 'Mail the server would have sent (only without SMTP and outside production)',
      query: MailboxQuery,
      responses: { 200: { description: 'Newest first', schema: z.object({ data: z.array(MailboxMessage) }) } },
    },
    async (c, input) => {
      if (!c.var.services.config.devMailbox) throw new ProblemError({ type: 'not-found' });
      const { to } = input.query;
      return c.json({ data: await readMailbox(c.var.services.db, to) });
    },
  );
}
