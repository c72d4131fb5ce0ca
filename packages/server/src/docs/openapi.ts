import { z } from 'zod';
import { IDEMPOTENCY_HEADER } from '../http/idempotency.ts';
import { isCreating, type RouteSpec } from '../http/routes.ts';

const DEFS_REF = '#/$defs/';
const COMPONENTS_REF = '#/components/schemas/';

/** Points zod's `#/$defs/X` at `#/components/schemas/X`: inside an OpenAPI document `#` is the whole document. */
function retarget(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(retarget);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === '$ref' && typeof item === 'string' && item.startsWith(DEFS_REF) ? COMPONENTS_REF + item.slice(DEFS_REF.length) : retarget(item),
    ]),
  );
}

/** OpenAPI 3.1 generated from the same zod schemas the server validates with. */
export function buildOpenApi(specs: readonly RouteSpec[], info: { title: string; version: string }) {
  // Schemas with a meta `id` (User, Problem, …) are shared: described once under components.schemas.
  const shared: Record<string, unknown> = {};
  function schemaOf(schema: z.ZodType): Record<string, unknown> {
    const { $defs, $schema: _dialect, ...body } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
    for (const [id, definition] of Object.entries($defs ?? {})) shared[id] ??= retarget(definition);
    return retarget(body) as Record<string, unknown>;
  }
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    // `:name` or `:name{pattern}` (a constrained parameter) is `{name}` in the document.
    const path = spec.path.replace(/:(\w+)(?:\{[^}]*\})?/g, '{$1}');
    const parameters = [
      ...[...spec.path.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } })),
      ...(spec.query
        ? Object.entries((schemaOf(spec.query).properties ?? {}) as Record<string, unknown>).map(([name, schema]) => ({
            name,
            in: 'query',
            schema,
          }))
        : []),
      ...(isCreating(spec)
        ? [{ name: IDEMPOTENCY_HEADER, in: 'header', schema: { type: 'string', maxLength: 255 }, description: 'Repeating the request with the same key within 24 hours answers the first result again' }]
        : []),
    ];
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(spec.responses)) {
      const type = response.contentType ?? (Number(status) >= 400 ? 'application/problem+json' : 'application/json');
      responses[status] = {
        description: response.description,
        ...(response.schema ? { content: { [type]: { schema: schemaOf(response.schema) } } } : {}),
      };
    }
    (paths[path] ??= {})[spec.method] = {
      tags: [spec.tag],
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(spec.body) } } } } : {}),
      ...(spec.auth === 'user' || spec.auth === 'operator' ? { security: [{ bearer: [] }, { cookie: [] }] } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info,
    servers: [{ url: '/' }],
    components: {
      schemas: shared,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Session token from register, login or an embed session' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'wharf_session' },
      },
    },
    paths,
  };
}
