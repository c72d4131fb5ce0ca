import { html } from 'hono/html';
import type { HostUser } from './users.ts';

const shell = (title: string, body: unknown, head: unknown = '') => html`<!doctype html>
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${title}</title>
      <link rel="icon" href="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 16 16%22%3E%3Crect width=%2216%22 height=%2216%22 rx=%223%22 fill=%22%230b5cad%22/%3E%3C/svg%3E" />
      <style>
        body { margin: 0; font: 15px/1.5 system-ui, sans-serif; background: #f3f5f8; color: #1b2430; }
        header { display: flex; gap: 1rem; align-items: center; padding: 0.75rem 1.5rem; background: #0b5cad; color: #fff; }
        header strong { margin-inline-end: auto; }
        header button { font: inherit; }
        main { max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; display: grid; gap: 1.5rem; }
        .card { background: #fff; border-radius: 8px; padding: 1.25rem; box-shadow: 0 1px 3px rgb(0 0 0 / 0.12); }
        form.login { display: grid; gap: 0.75rem; max-width: 20rem; }
        label { display: grid; gap: 0.25rem; }
        input, button { font: inherit; padding: 0.4rem 0.6rem; }
        .error { color: #a4000f; }
      </style>
      ${head}
    </head>
    <body>
      ${body}
    </body>
  </html>`;

export function loginPage(error?: string) {
  return shell(
    'ERP portal — sign in',
    html`<header><strong>ERP portal (example host)</strong></header>
      <main>
        <section class="card">
          <h1>Sign in to the ERP</h1>
          <p>This is the host application's own sign-in. Wharf is shown after it, without a second sign-in.</p>
          ${error ? html`<p class="error" role="alert">${error}</p>` : ''}
          <form class="login" method="post" action="/login">
            <label>User name <input name="username" autocomplete="username" required /></label>
            <label>Password <input name="password" type="password" autocomplete="current-password" required /></label>
            <button type="submit">Sign in</button>
          </form>
          <p>Try <code>alice</code> / <code>erp-demo</code>.</p>
        </section>
      </main>`,
  );
}

/**
 * The portal page: Wharf's elements from the Wharf server's origin, signed in with an embed session the host's
 * server mints (`/wharf-session`). The provider calls `fetchSession` again whenever the session runs out.
 */
export function portalPage(user: HostUser, wharfUrl: string) {
  return shell(
    'ERP portal — logistics',
    html`<header>
        <strong>ERP portal (example host)</strong>
        <span>${user.name}</span>
        <form method="post" action="/logout"><button type="submit">Sign out of the ERP</button></form>
      </header>
      <main>
        <wharf-provider id="wharf" base-url="${wharfUrl}" locale="en">
          <section class="card"><wharf-account-menu></wharf-account-menu></section>
          <section class="card"><wharf-enterprise-profile></wharf-enterprise-profile></section>
        </wharf-provider>
      </main>
      <script type="module">
        const provider = document.getElementById('wharf');
        provider.fetchSession = async () => {
          const response = await fetch('/wharf-session', { method: 'POST' });
          if (!response.ok) throw new Error('The ERP could not open a Wharf session');
          return response.json();
        };
      </script>`,
    html`<script type="module" src="${wharfUrl}/assets/wharf-elements.js"></script>`,
  );
}
