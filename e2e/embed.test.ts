// End to end: the example ERP host on one origin embeds Wharf served from another, in headless Chromium with
// third-party cookies blocked. The host signs its user in; Wharf trusts the host's server-minted embed session.
import { serve, type ServerType } from '@hono/node-server';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { createHostApp } from '../examples/erp-portal/src/app.ts';
import { bootstrapDemo } from '../examples/erp-portal/src/bootstrap.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, freePort, startDemoServer } from './server.ts';

let wharf: Awaited<ReturnType<typeof startDemoServer>>;
let host: ServerType;
let hostOrigin: string;
let browser: Browser;

before(async () => {
  wharf = await startDemoServer();
  // Wharf on 127.0.0.1, the host on localhost: two sites, so Wharf is third-party on the host's page.
  const port = await freePort();
  hostOrigin = `http://localhost:${port}`;
  const apiKey = await bootstrapDemo({ wharfUrl: wharf.url, origin: hostOrigin });
  host = serve({ fetch: createHostApp({ wharfUrl: wharf.url, apiKey }).fetch, port });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--test-third-party-cookie-phaseout'] });
});
after(async () => {
  await browser?.close();
  host?.close();
  await wharf?.stop();
});

test('the host signs its user in and shows the enterprise profile from Wharf, with no Wharf cookie', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });

  await page.goto(hostOrigin);
  await page.getByLabel('User name').fill('alice');
  await page.getByLabel('Password').fill('erp-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const profile = page.locator('wharf-enterprise-profile');
  await profile.getByText('Harbour Demo Trading Ltd').first().waitFor({ timeout: 20_000 });
  assert.ok(await profile.getByText('91440300MA5DEMO01X').first().isVisible());

  // Signed in to Wharf as the host's user, bound by the host's id, without a password and without cookies.
  const me = await page.evaluate(async () => {
    const provider = document.getElementById('wharf') as HTMLElement & { client: { auth: { me(): Promise<unknown> } } };
    return provider.client.auth.me();
  });
  assert.equal((me as { user: { email: string } }).user.email, 'alice.wong@harbour-demo.example');
  assert.deepEqual(await context.cookies(wharf.url), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a page on an origin the enterprise did not allow cannot use Wharf', async () => {
  const response = await fetch(`${wharf.url}/v1/me`, { headers: { origin: 'http://evil.localhost:9' } });
  assert.equal(response.status, 403);
  assert.equal(response.headers.get('access-control-allow-origin'), null);
});
