import fc, { type Arbitrary } from 'fast-check';
import { fuzzString, malformedValue, plausibleValue, type JsonSchema } from './malformed.ts';

/** One operation of /openapi.json. */
export interface Operation {
  method: string;
  /** OpenAPI path, `{name}` for each parameter. */
  path: string;
  parameters: { name: string; in: 'path' | 'query'; schema: JsonSchema }[];
  body: JsonSchema | undefined;
  authenticated: boolean;
}

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: BodyInit | undefined;
}

/** Real values for path parameters and cursors, so that some requests get past "not found" to deeper checks. */
export interface KnownValues {
  params: Record<string, string[]>;
  /** `nextCursor`s the lists answered, to pass to other lists. */
  cursors: string[];
}

export function operationsOf(document: { paths: Record<string, Record<string, any>> }): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      parameters: operation.parameters ?? [],
      body: operation.requestBody?.content?.['application/json']?.schema,
      authenticated: Boolean(operation.security),
    })),
  );
}

/** How a path parameter reaches the URL: encoded as a client would, or raw (a `%` left alone). */
const inPath = (value: string): Arbitrary<string> =>
  fc.constantFrom('encoded', 'raw').map((how) => {
    if (how === 'raw') return value.replace(/[/?#]/g, '_') || '_';
    try {
      return encodeURIComponent(value) || '_';
    } catch {
      return '_';
    }
  });

const asText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? '');

function bodyOf(operation: Operation, components: Record<string, JsonSchema>): Arbitrary<{ body: BodyInit | undefined; type: string | undefined }> {
  if (operation.body) {
    const schema = operation.body;
    return fc.oneof(
      { weight: 6, arbitrary: malformedValue(schema, components).map((value) => ({ body: JSON.stringify(value) ?? 'null', type: 'application/json' })) },
      { weight: 2, arbitrary: plausibleValue(schema, components).map((value) => ({ body: JSON.stringify(value) ?? 'null', type: 'application/json' })) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }).map((text) => ({ body: text, type: 'application/json' })) },
      { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data').map((type) => ({ body: 'a=1', type })) },
      { weight: 1, arbitrary: fc.constant({ body: undefined, type: undefined }) },
    );
  }
  if (operation.method === 'POST' || operation.method === 'PATCH' || operation.method === 'PUT') {
    // Uploads (multipart) and bodiless commands: a form with odd fields and bytes, JSON, or nothing.
    const form = fc
      .record({ field: fc.constantFrom('file', 'kind', 'x', ''), kind: fuzzString, name: fuzzString, bytes: fc.uint8Array({ maxLength: 64 }) })
      .map(({ field, kind, name, bytes }) => {
        const data = new FormData();
        data.set('kind', kind);
        data.set(field || 'file', new Blob([bytes]), name.replace(/[\r\n"]/g, '') || 'x');
        return { body: data as BodyInit, type: undefined };
      });
    return fc.oneof(
      form,
      fc.constant({ body: 'not a form', type: 'multipart/form-data; boundary=zz' }),
      malformedValue({}, components).map((value) => ({ body: JSON.stringify(value) ?? 'null', type: 'application/json' })),
      fc.constant({ body: undefined, type: undefined }),
    );
  }
  return fc.constant({ body: undefined, type: undefined });
}

/** Requests to one operation, each malformed somewhere: a path parameter, a query parameter or the body. */
export function requestsFor(operation: Operation, components: Record<string, JsonSchema>, known: KnownValues, token: string): Arbitrary<FuzzRequest> {
  const pathParams = operation.parameters.filter((p) => p.in === 'path');
  const queryParams = operation.parameters.filter((p) => p.in === 'query');
  const path = fc.tuple(
    ...pathParams.map((param) => {
      const real = known.params[param.name] ?? [];
      const value = real.length ? fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...real) }, { weight: 1, arbitrary: fuzzString }) : fuzzString;
      return value.chain(inPath).map((text) => [param.name, text] as const);
    }),
  );
  const query = fc.tuple(
    ...queryParams.map((param) => {
      const value = param.name === 'cursor' && known.cursors.length
        ? fc.oneof(fc.constantFrom(...known.cursors), fuzzString)
        : fc.oneof(malformedValue(param.schema, components).map(asText), plausibleValue(param.schema, components).map(asText));
      return fc.option(value, { freq: 3 }).map((text) => [param.name, text] as const);
    }),
  );
  return fc.record({ path, query, body: bodyOf(operation, components) }).map(({ path: params, query: pairs, body }) => {
    let url = operation.path;
    for (const [name, text] of params) url = url.replace(`{${name}}`, text);
    const search = new URLSearchParams();
    for (const [name, text] of pairs) if (text !== null) search.append(name, text);
    const headers: Record<string, string> = {};
    if (body.type) headers['content-type'] = body.type;
    // Signed in, so that the checks behind authentication are reached.
    if (operation.authenticated) headers.authorization = `Bearer ${token}`;
    return { method: operation.method, url: search.size ? `${url}?${search}` : url, headers, body: body.body };
  });
}
