import type { Locale } from '@wharf/domain';
import type { Context } from 'hono';
import type { Services } from '../services.ts';

/**
 * What every request carries through Hono's context. What a route's middleware adds (the signed-in user, the
 * membership, the operator) is typed by that middleware (`createMiddleware<{ Variables }>()`) and reaches the
 * handler through `RouteRegistry.add`.
 */
export interface AppEnv {
  Variables: {
    services: Services;
    locale: Locale;
    /** Who is calling, for throttles and captcha (the IP, or what the trusted proxy says). */
    clientKey: string;
    /** This request's id (its `X-Request-Id`, or a new one): in the answer's header, problem documents and the log. */
    requestId: string;
  };
}

/** The environment of a middleware that reads or sets `V` besides what every request carries. */
export interface EnvWith<V> {
  Variables: AppEnv['Variables'] & V;
}

/** What helpers that only read the request and the context's variables need; any route's context is one. */
export type RequestContext<E extends AppEnv = AppEnv> = Pick<Context<E>, 'req' | 'var'>;
