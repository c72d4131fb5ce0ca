import { EmbedSession, EmbedSessionRequest } from '@wharf/domain';
import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { ProblemError } from '../../http/problem.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import { mintEmbedSession } from './joining.ts';
import { presentEmbedSession } from './present.ts';

/** PRODUCT §1.10: the host's server mints a short-lived session for its signed-in user, with the enterprise's API key. */
export function mountEmbedSessions(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/embed/sessions',
      tag: 'Embedding',
      summary: 'Mint a 15-minute session for one of the host’s users (server to server, with an API key)',
      description:
        '`Authorization: Bearer <api key>`. The user is found by `externalUserId`, or by email among the enterprise’s members, or created as a member without a password. The session acts only in the key’s enterprise, never slides, and cannot change the password. Refused from browsers (any `Origin`).',
      body: EmbedSessionRequest,
      responses: {
        201: { description: 'The session', schema: EmbedSession },
        401: problem('Missing, unknown or revoked API key'),
        403: problem('Called from a browser'),
        409: problem('The email belongs to an account outside the enterprise'),
      },
    },
    async (c, input) => {
      const { services, locale } = c.var;
      if (c.req.header('origin')) throw new ProblemError({ type: 'forbidden', detail: services.messages(locale).detail.apiKeyFromBrowser });
      const secret = c.req.header('authorization')?.match(/^Bearer\s+(wak_\S+)$/i)?.[1];
      return c.json(presentEmbedSession(await mintEmbedSession(services, locale, secret, input.body)), 201);
    },
  );
}
