import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { seed, startMockServer, type SeededUser } from './index.ts';

/**
 * Documents the mock server every story talks to: requests to `/v1/*` are intercepted by msw and answered by
 * the real Wharf app running in this page on in-memory PGlite (`@wharf/mocks`). Nothing here is a canned
 * response.
 */
const meta: Meta = {
  title: 'Mocks/Mock server',
  tags: ['!autodocs'],
};
export default meta;

function panel(rows: Array<[label: string, id: string]>): HTMLElement {
  const root = document.createElement('dl');
  root.style.cssText = 'display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.4rem 1rem;font:14px/1.4 system-ui,sans-serif';
  for (const [label, id] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = label;
    dt.style.fontWeight = '600';
    const dd = document.createElement('dd');
    dd.dataset.testid = id;
    dd.style.cssText = 'margin:0;overflow-wrap:anywhere';
    dd.textContent = '…';
    root.append(dt, dd);
  }
  return root;
}

function show(root: HTMLElement, id: string, text: string) {
  root.querySelector<HTMLElement>(`[data-testid="${id}"]`)!.textContent = text;
}

/**
 * A page asks for a registration code with a plain `fetch`, then reads it back from the server's dev mailbox
 * (`GET /v1/dev/mailbox`), as a user would from their inbox.
 */
export const EmailCode: StoryObj = {
  render: () => {
    const email = seed.email('demo');
    const root = panel([
      ['Email', 'email'],
      ['POST /v1/auth/email-codes', 'sent'],
      ['Code from the dev mailbox', 'code'],
      ['Mock server start-up', 'timings'],
    ]);
    show(root, 'email', email);
    void (async () => {
      try {
        const { timings } = await startMockServer();
        show(root, 'timings', `${timings.total} ms (PGlite ${timings.pglite} ms, migrations ${timings.migrations} ms)`);
        const sent = await fetch('/v1/auth/email-codes', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, purpose: 'register' }),
        });
        show(root, 'sent', `${sent.status} ${sent.statusText}`.trim());
        // The code is mailed from the outbox just after the response: poll like a user refreshing their inbox.
        for (let tries = 0; tries < 50; tries++) {
          const mailbox = await (await fetch(`/v1/dev/mailbox?to=${encodeURIComponent(email)}`)).json();
          const code: string | undefined = mailbox.data?.[0]?.code;
          if (code) return show(root, 'code', code);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        show(root, 'code', 'no mail arrived');
      } catch (error) {
        show(root, 'code', `failed: ${String(error)}`);
      }
    })();
    return root;
  },
  play: async ({ canvasElement }) => {
    const code = canvasElement.querySelector('[data-testid="code"]')!;
    await waitFor(() => expect(code.textContent).toMatch(/^\d{6}$/), { timeout: 15_000 });
  },
};

/**
 * How element stories get data: a `loaders` entry calls a `seed` helper (through the app's own API), and the
 * story uses what it returns, here a bearer token for `GET /v1/me`.
 */
export const SeededUserSession: StoryObj = {
  loaders: [async () => ({ user: await seed.registeredUser() })],
  render: (_args, { loaded }) => {
    const user = loaded.user as SeededUser;
    const root = panel([
      ['Seeded with', 'seeded'],
      ['GET /v1/me (Bearer token)', 'me'],
    ]);
    show(root, 'seeded', `seed.registeredUser() → ${user.email}`);
    void fetch('/v1/me', { headers: { authorization: `Bearer ${user.token}` } })
      .then(async (response) => show(root, 'me', `${response.status}: ${(await response.json()).user?.email}`))
      .catch((error: unknown) => show(root, 'me', `failed: ${String(error)}`));
    return root;
  },
  play: async ({ canvasElement, loaded }) => {
    const me = canvasElement.querySelector('[data-testid="me"]')!;
    await waitFor(() => expect(me.textContent).toBe(`200: ${(loaded.user as SeededUser).email}`), { timeout: 15_000 });
  },
};
