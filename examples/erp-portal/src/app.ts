import { createWharfClient } from '@wharf/sdk';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { loginPage, portalPage } from './pages.ts';
import { HOST_USERS, type HostUser } from './users.ts';

export interface HostOptions {
  /** Where the Wharf server is, e.g. `http://127.0.0.1:8787`. */
  wharfUrl: string;
  /** An API key of the enterprise (Security settings → API keys). Stays on this server. */
  apiKey: string;
  users?: readonly HostUser[];
}

const COOKIE = 'erp_session';

/**
 * A small ERP-style host: its own users and sign-in, and a page that embeds Wharf. The only Wharf-specific part
 * is `/wharf-session`, which asks Wharf — server to server, with the API key — for a short-lived session for
 * the signed-in host user.
 */
export function createHostApp(options: HostOptions) {
  const users = options.users ?? HOST_USERS;
  const wharf = createWharfClient({ baseUrl: options.wharfUrl, token: options.apiKey });
  // The host's own sessions (in memory: it is an example).
  const sessions = new Map<string, HostUser>();
  const app = new Hono();

  const signedIn = (cookie: string | undefined) => (cookie ? sessions.get(cookie) : undefined);

  app.get('/', (c) => {
    const user = signedIn(getCookie(c, COOKIE));
    return c.html(user ? portalPage(user, options.wharfUrl) : loginPage());
  });

  app.post('/login', async (c) => {
    const form = await c.req.formData();
    const user = users.find((u) => u.username === form.get('username') && u.password === form.get('password'));
    if (!user) return c.html(loginPage('Wrong user name or password.'), 401);
    const id = crypto.randomUUID();
    sessions.set(id, user);
    setCookie(c, COOKIE, id, { httpOnly: true, sameSite: 'Lax', path: '/' });
    return c.redirect('/', 303);
  });

  app.post('/logout', (c) => {
    const cookie = getCookie(c, COOKIE);
    if (cookie) sessions.delete(cookie);
    deleteCookie(c, COOKIE, { path: '/' });
    return c.redirect('/', 303);
  });

  // The integration: mint a Wharf embed session for the host's signed-in user.
  app.post('/wharf-session', async (c) => {
    const user = signedIn(getCookie(c, COOKIE));
    if (!user) return c.json({ error: 'not signed in' }, 401);
    const session = await wharf.embed.createSession({ externalUserId: user.id, email: user.email, name: user.name });
    return c.json({ token: session.token, expiresAt: session.expiresAt });
  });

  return app;
}
