import { negotiateLocale } from '@wharf/domain';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { WharfConfig } from './config.ts';
import { buildOpenApi } from './docs/openapi.ts';
import { renderReference } from './docs/reference-page.ts';
import type { AppEnv } from './http/env.ts';
import { allowedMethodsOf } from './http/allowed-methods.ts';
import { cors } from './http/cors.ts';
import { InvalidCursorError } from './http/cursor.ts';
import { createRequestMetrics } from './http/metrics.ts';
import { metricsRoute, observeRequests } from './http/observability.ts';
import { pageHeaders } from './http/page-headers.ts';
import { fieldProblem, ProblemError } from './http/problem.ts';
import { moduleApp, RouteRegistry } from './http/routes.ts';
import { mountAuth } from './modules/auth/routes.ts';
import type { UserVars } from './modules/auth/sessions.ts';
import type { OperatorVars } from './modules/operators/require-operator.ts';
import { mountDev } from './modules/dev/routes.ts';
import { addressesModule } from './modules/addresses/index.ts';
import { enterprisesModule } from './modules/enterprises/index.ts';
import { mountHealth } from './modules/health/routes.ts';
import { IMPORT_UPLOAD_PATHS, importsModule } from './modules/imports/index.ts';
import { productsModule } from './modules/products/index.ts';
import { referenceModule } from './modules/reference/index.ts';
import { UPLOAD_PATHS } from './modules/attachments/routes.ts';
import { ticketsModule } from './modules/tickets/index.ts';
import { inventoryModule } from './modules/inventory/index.ts';
import { ordersModule } from './modules/orders/index.ts';
import { warehousesModule } from './modules/warehouses/index.ts';
import { createOriginRegistry } from './modules/enterprises/origins.ts';
import { readSheetHere } from './modules/imports/xlsx/sheet-source.ts';
import { enqueueWebhooks, WEBHOOK_TOPIC, webhookTopic } from './modules/webhooks/delivery.ts';
import { createServices, type ModuleParts, type Services, type WharfDeps } from './services.ts';

export const API_VERSION = '0.1.0';

export type WharfApp = Hono<AppEnv> & { services: Services; registry: RouteRegistry };

function clientKeyOf(c: Context<AppEnv>, config: WharfConfig): string {
  if (config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}

/** Whom an idempotency key belongs to: the operator, the embed session or the user the route's middleware found. */
const callerOf = (vars: Partial<UserVars & OperatorVars>) =>
  vars.operator ? `operator:${vars.operator.id}` : vars.auth ? (vars.auth.embeddedIn ? `embed:${vars.auth.sessionId}` : `user:${vars.auth.user.id}`) : undefined;

/** What the modules lend the infrastructure (services.ts imports no module). */
const moduleParts: ModuleParts = {
  outboxTopics: (core) => ({ [WEBHOOK_TOPIC]: webhookTopic(core) }),
  origins: createOriginRegistry,
  afterEvent: (tx, event, outbox) => enqueueWebhooks(tx, outbox, event),
  services: (deps) => ({ readSheet: deps.readSheet ?? readSheetHere }),
};

/** A module's Hono app, its routes recorded in `routes` for /openapi.json. */
export type ApiModule = (routes: RouteRegistry) => Hono<AppEnv>;

/**
 * The API's modules, each a Hono app of its own. Their order is only the order of /openapi.json: no route of one
 * module can take another's, since a path parameter beside a fixed segment is constrained (`/v1/products/:sku`
 * never matches `options` or `template.xlsx`, `/v1/enterprises/:id` never `join`); a test mounts them reversed.
 */
export const API_MODULES: readonly ApiModule[] = [
  (routes) => moduleApp(routes, mountHealth),
  (routes) => moduleApp(routes, mountAuth),
  (routes) => moduleApp(routes, mountDev),
  enterprisesModule,
  referenceModule,
  importsModule,
  productsModule,
  ticketsModule,
  warehousesModule,
  ordersModule,
  inventoryModule,
  addressesModule,
];

/**
 * Builds the Wharf HTTP app from its parts. No globals: tests, the CLI, the in-browser mock and a scaled
 * deployment all call this with different parts. `modules` are
 * the API's, in another order only in the test that shows order does not matter.
 */
export function createApp(deps: WharfDeps, modules: readonly ApiModule[] = API_MODULES): WharfApp {
  const services = createServices(deps, moduleParts);
  const app = new Hono<AppEnv>();
  const routes = new RouteRegistry({ callerOf });
  const metrics = createRequestMetrics();

  app.use('*', observeRequests(metrics, deps.requestLog));
  app.use('*', async (c, next) => {
    c.set('services', services);
    c.set('locale', negotiateLocale(c.req.header('accept-language')));
    c.set('clientKey', clientKeyOf(c, services.config));
    await next();
  });
  app.use(
    '/v1/*',
    cors((origin) => services.origins.isRegistered(origin)),
  );
  app.use('/v1/*', secureHeaders({ xFrameOptions: false, crossOriginResourcePolicy: false }));
  const apiBodyLimit = bodyLimit({
      maxSize: services.config.bodyLimitBytes,
      onError: () => {
        throw new ProblemError({
          type: 'payload-too-large',
          detail: undefined,
          extra: { maxBytes: services.config.bodyLimitBytes },
        });
      },
    });
  // Uploads have their own, larger limit (modules/attachments); everything else the API's.
  const uploadPaths = [...UPLOAD_PATHS, ...IMPORT_UPLOAD_PATHS];
  app.use('/v1/*', (c, next) => (c.req.method === 'POST' && uploadPaths.includes(c.req.path) ? next() : apiBodyLimit(c, next)));

  for (const module of modules) app.route('/', module(routes));

  const openApi = () => buildOpenApi(routes.specs, { title: 'Wharf API', version: API_VERSION });
  app.get('/openapi.json', (c) => c.json(openApi()));
  app.get('/reference', pageHeaders({ scripts: false }), (c) => c.html(renderReference(openApi())));
  app.get('/metrics', metricsRoute(metrics));

  const allowedMethods = allowedMethodsOf(routes.specs);
  app.notFound((c) => {
    const allow = allowedMethods(c.req.path);
    const problem = new ProblemError({ type: allow.length ? 'method-not-allowed' : 'not-found' });
    const headers = { 'content-type': 'application/problem+json', ...(allow.length ? { allow: allow.join(', ') } : {}) };
    return c.json({ ...problem.toDocument(c.var.locale ?? 'en', c.req.path), requestId: c.var.requestId }, problem.status as 404, headers);
  });

  app.onError((error, c) => {
    const locale = c.var.locale ?? 'en';
    let problem: ProblemError;
    if (error instanceof ProblemError) problem = error;
    else if (error instanceof InvalidCursorError) problem = fieldProblem(locale, { path: 'cursor', code: 'invalid_format' });
    else if (error instanceof HTTPException && error.status < 500) {
      problem = new ProblemError({ type: error.status === 413 ? 'payload-too-large' : 'malformed-request' });
    } else {
      services.log(`unexpected error on ${c.req.method} ${c.req.path} (request ${c.var.requestId})`, error);
      problem = new ProblemError({ type: 'internal' });
    }
    // The API's body limit, unless the refusal says its own (an upload names the file and its limit).
    const doc = problem.type === 'payload-too-large' && problem.detail === undefined
      ? { ...problem.toDocument(locale, c.req.path), detail: services.messages(locale).problem['payload-too-large'].detail({ max: services.config.bodyLimitBytes }) }
      : problem.toDocument(locale, c.req.path);
    return c.json({ ...doc, requestId: c.var.requestId }, problem.status as 400, { ...problem.headers, 'content-type': 'application/problem+json' });
  });

  return Object.assign(app, { services, registry: routes });
}
