import type { Handler, Hono, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from './env.ts';

export interface RouteResponse {
  description: string;
  schema?: z.ZodType;
  contentType?: string;
}

/** One HTTP operation as the OpenAPI document describes it; registered together with its handler. */
export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Hono-style path, e.g. `/v1/tickets/:number`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  auth?: 'none' | 'user' | 'operator';
  body?: z.ZodType;
  query?: z.ZodType;
  responses: Record<number, RouteResponse>;
}

export class RouteRegistry {
  readonly specs: RouteSpec[] = [];

  /** Mounts a handler on the app and records its description for /openapi.json. */
  add(app: Hono<AppEnv>, spec: RouteSpec, ...handlers: (MiddlewareHandler<AppEnv> | Handler<AppEnv>)[]) {
    this.specs.push(spec);
    app.on(spec.method.toUpperCase(), spec.path, ...(handlers as [Handler<AppEnv>]));
  }
}
