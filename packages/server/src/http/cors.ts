import type { MiddlewareHandler } from 'hono';
import type { AppEnv, RequestContext } from './env.ts';
import { ProblemError } from './problem.ts';

const ALLOWED_HEADERS = 'authorization, content-type, accept-language, wharf-enterprise, idempotency-key, if-match, last-event-id';
const EXPOSED_HEADERS = 'retry-after, etag, content-disposition';

/** Whether `origin` is the server's own (a same-origin page sends it on every POST). */
export function isSameOrigin(c: RequestContext, origin: string): boolean {
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  return host === (c.req.header('host') ?? new URL(c.req.url).host);
}

/**
 * The origin of a cross-origin call that only an enterprise's list lets in (not the server's own, nor one it
 * trusts for everyone, WHARF_CORS_ORIGINS); undefined for every other call. Such a call may act only where that
 * enterprise's list reaches: in an enterprise listing it, for a user who belongs to one.
 */
export function enterpriseOrigin(c: RequestContext): string | undefined {
  const origin = c.req.header('origin');
  if (!origin || isSameOrigin(c, origin) || c.var.services.config.corsOrigins.includes(origin)) return undefined;
  return origin;
}

/** The provider's own routes and tokens: a page of an enterprise's origin never reaches them. */
const OPERATOR_PATH = /^\/v1\/operator(\/|$)/;
/** An operator's bearer token, wherever it is presented (attachments, reference data). */
const OPERATOR_TOKEN = /^Bearer\s+wop_/i;

/**
 * CORS with an allow-list (PRODUCT §6, "works inside a host page of another origin"). A cross-origin page may
 * call Wharf only when `isAllowed(origin)` says so — an origin some enterprise registered, or one the server
 * trusts for all. Everything else cross-origin is refused with 403 before it reaches a handler, and so is an
 * enterprise's origin on the operator routes. Which enterprise or user such a page may act for is checked where
 * the caller is known (`enterpriseOrigin`). Embeds authenticate with bearer tokens, so credentials (cookies) are
 * never allowed cross-origin.
 */
export function cors(isAllowed: (origin: string) => Promise<boolean>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (!origin || isSameOrigin(c, origin)) return next();
    const trusted = c.var.services.config.corsOrigins.includes(origin);
    const operatorCall = OPERATOR_PATH.test(c.req.path) || OPERATOR_TOKEN.test(c.req.header('authorization') ?? '');
    const allowed = trusted || (!operatorCall && (await isAllowed(origin)));
    if (!allowed) {
      throw new ProblemError({
        type: 'forbidden',
        detail: c.var.services.messages(c.var.locale).detail.originNotAllowed({ field: origin }),
      });
    }
    c.header('access-control-allow-origin', origin);
    c.header('vary', 'Origin', { append: true });
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      c.header('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE');
      c.header('access-control-allow-headers', ALLOWED_HEADERS);
      c.header('access-control-max-age', '600');
      return c.body(null, 204);
    }
    c.header('access-control-expose-headers', EXPOSED_HEADERS);
    await next();
  };
}
