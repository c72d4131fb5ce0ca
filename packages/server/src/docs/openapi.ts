import { z } from 'zod';
import type { RouteSpec } from '../http/routes.ts';

function schemaOf(schema: z.ZodType) {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
}

/** OpenAPI 3.1 generated from the same zod schemas the server validates with. */
export function buildOpenApi(specs: readonly RouteSpec[], info: { title: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const path = spec.path.replace(/:(\w+)/g, '{$1}');
    const parameters = [
      ...[...spec.path.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } })),
      ...(spec.query
        ? Object.entries((schemaOf(spec.query).properties ?? {}) as Record<string, unknown>).map(([name, schema]) => ({
            name,
            in: 'query',
            schema,
          }))
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
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Session token from register, login or an embed session' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'wharf_session' },
      },
    },
    paths,
  };
}
