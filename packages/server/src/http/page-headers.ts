import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers for the HTML pages this server renders (the demo portal, the agents' desk, the API
 * reference): a Content-Security-Policy allowing only what the page loads — its own scripts (none for a page
 * without), its own styles (Lit's and the reference's inline ones), its own images and `data:`/`blob:` previews,
 * calls to this server — no plugins, no `<base>`, forms only to this server; and never framed by another site
 * (`frame-ancestors 'none'`, `X-Frame-Options: DENY`: the desk is where operators paste tokens). Also `nosniff`
 * and `Referrer-Policy: no-referrer`.
 */
export function pageHeaders(page: { scripts: boolean }): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: page.scripts ? ["'self'"] : ["'none'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    xContentTypeOptions: true,
    referrerPolicy: 'no-referrer',
    crossOriginResourcePolicy: 'same-origin',
  });
}
