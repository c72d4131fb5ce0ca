import { Problem } from '@wharf/domain';
import { Hono, type Context, type Handler, type MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from './env.ts';
import { idempotent, type CallerOf } from './idempotency.ts';
import { readValidated } from './validate.ts';

export interface RouteResponse {
  description: string;
  schema?: z.ZodType;
  contentType?: string;
}

/** One HTTP operation as the OpenAPI document describes it; registered together with its handler. */
export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Hono-style path, e.g. `/v1/tickets/:number`; a parameter may carry a pattern (`:sku{…}`). */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  auth?: 'none' | 'user' | 'operator';
  /** Validated before the handler runs (after the route's middleware): the handler reads `input.body`. */
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
  responses: Record<number, RouteResponse>;
}

/** A refusal a route answers with, as RFC 9457 JSON. */
export const problem = (description: string): RouteResponse => ({ description, schema: Problem });

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What the handler of `S` reads, already validated against the spec's schemas. */
export interface RouteInput<S extends RouteSpec> {
  body: Parsed<S['body']>;
  query: Parsed<S['query']>;
  params: S['params'] extends z.ZodType ? z.output<S['params']> : Record<string, string>;
}

/** The variables a middleware sets, as its `createMiddleware<{ Variables }>()` type says. */
type VariablesOf<M> = M extends MiddlewareHandler<infer E> ? (E extends { Variables: infer V } ? V : object) : object;
type ChainVariables<M extends readonly unknown[]> = M extends readonly [infer First, ...infer Rest] ? VariablesOf<First> & ChainVariables<Rest> : object;

/** The context of a handler behind middleware that set `V`. */
export type RouteContext<V = object> = Context<AppEnv> & { var: Readonly<V> };
export type RouteHandler<S extends RouteSpec, V> = (c: RouteContext<V>, input: RouteInput<S>) => Response | Promise<Response>;
type AnyMiddleware = MiddlewareHandler<any>;

/** A POST answering 201 creates something: it takes an `Idempotency-Key` (http/idempotency.ts). */
export const isCreating = (spec: RouteSpec) => spec.method === 'post' && 201 in spec.responses;

export class RouteRegistry {
  readonly specs: RouteSpec[] = [];
  /** Who a request's middleware found calling, for the scope of idempotency keys; none by default. */
  readonly #callerOf: CallerOf;

  constructor(options: { callerOf?: CallerOf } = {}) {
    this.#callerOf = options.callerOf ?? (() => undefined);
  }

  /**
   * Mounts a route on a module's app and records its description for /openapi.json. The middleware runs first
   * (authentication, membership…), then the spec's `body`/`query`/`params` are validated, then the handler gets
   * them typed, with the variables its middleware set.
   */
  add<const S extends RouteSpec, const M extends readonly AnyMiddleware[]>(
    app: Hono<AppEnv>,
    spec: S,
    ...chain: [...M, RouteHandler<S, ChainVariables<M>>]
  ) {
    this.specs.push(spec);
    const handler = chain.at(-1) as unknown as RouteHandler<S, object>;
    const middleware = chain.slice(0, -1) as AnyMiddleware[];
    const callerOf = this.#callerOf;
    const respond = async (c: Context<AppEnv>) => handler(c as RouteContext, (await readValidated(c, spec)) as RouteInput<S>);
    // Behind the route's middleware, so that a key belongs to the caller it found.
    const run: Handler<AppEnv> = isCreating(spec) ? (c) => idempotent(c, callerOf, () => respond(c)) : respond;
    app.on(spec.method.toUpperCase(), spec.path, ...(middleware as [Handler<AppEnv>]), run);
  }
}

/** Adds a part of a module's routes to its app. */
export type MountRoutes = (app: Hono<AppEnv>, routes: RouteRegistry) => void;

/**
 * A module's own Hono app, holding its routes (each recorded in `routes` for /openapi.json); app.ts mounts it
 * with `app.route('/', …)`.
 */
export function moduleApp(routes: RouteRegistry, ...parts: MountRoutes[]): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const mount of parts) mount(app, routes);
  return app;
}
