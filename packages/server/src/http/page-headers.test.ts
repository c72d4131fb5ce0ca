import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createApp } from '../app.ts';
import { mountDemoPages } from '../demo/routes.ts';
import { renderDemoPage } from '../demo/page.ts';
import { useTestServer } from '../testing/suite.ts';

/** The directives of a Content-Security-Policy, by name. */
function directives(header: string | null): Map<string, string> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name, ...values] = part.split(/\s+/);
        return [name!, values.join(' ')];
      }),
  );
}

// ISSUE: the HTML pages carry a CSP with what they load, cannot be framed, and are not sniffed.
describe('security headers on the HTML pages', () => {
  const server = useTestServer();

  const page = async (path: string, app: { request: (path: string) => Response | Promise<Response> } = server.app) => {
    const response = await app.request(path);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    return { headers: response.headers, html: await response.text() };
  };

  const assertCommon = (headers: Headers) => {
    const csp = directives(headers.get('content-security-policy'));
    assert.equal(csp.get('frame-ancestors'), "'none'", 'no site may frame it');
    assert.equal(csp.get('default-src'), "'self'");
    assert.equal(csp.get('object-src'), "'none'");
    assert.equal(csp.get('base-uri'), "'none'");
    assert.equal(csp.get('connect-src'), "'self'");
    assert.equal(headers.get('x-frame-options'), 'DENY');
    assert.equal(headers.get('x-content-type-options'), 'nosniff');
    assert.equal(headers.get('referrer-policy'), 'no-referrer');
    return csp;
  };

  test('/reference: no scripts at all, its inline styles, never framed', async () => {
    const { headers, html } = await page('/reference');
    const csp = assertCommon(headers);
    assert.equal(csp.get('script-src'), "'none'");
    assert.match(csp.get('style-src') ?? '', /'unsafe-inline'/, 'the page styles itself inline');
    assert.doesNotMatch(html, /<script/);
  });

  test('/ and /desk: only this server’s scripts; every script the page loads is its own', async () => {
    // The pages `wharf serve --demo` adds, on an app of their own (routes cannot be added once one has answered).
    const app = createApp({ db: server.connection.db, log: () => {} });
    mountDemoPages(app, renderDemoPage({ demoEmail: 'demo@wharf.example', demoPassword: 'Demo-2025' }));
    for (const path of ['/', '/desk']) {
      const { headers, html } = await page(path, app);
      const csp = assertCommon(headers);
      assert.equal(csp.get('script-src'), "'self'", path);
      assert.doesNotMatch(csp.get('script-src') ?? '', /unsafe/, path);
      for (const [, src] of html.matchAll(/<script[^>]*src="([^"]+)"/g)) assert.match(src!, /^\/assets\//, `${path} loads ${src} from this server`);
      assert.doesNotMatch(html.replace(/<script[^>]*src="[^"]+"[^>]*><\/script>/g, ''), /<script/, `${path} has no inline script`);
    }
  });

  test('the API keeps its own headers (no page CSP on JSON)', async () => {
    const response = await server.app.request('/v1/auth/captcha');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  });
});
