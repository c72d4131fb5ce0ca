import { toFieldErrors } from '@wharf/domain';
import { fieldMessage } from '@wharf/domain/messages';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from './env.ts';
import { ProblemError } from './problem.ts';

// U+0000 and unpaired UTF-16 surrogates: JSON can carry them, but PostgreSQL text and jsonb cannot store them.
// (No lookbehind: this also runs in the browser mock.)
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;

// What no search or identifier holds: control characters and Unicode non-characters (U+FFFE, U+FFFF, U+FDD0–U+FDEF).
// A query or path parameter carrying one is refused, rather than reaching a LIKE or a range bound as a NUL.
const UNSEARCHABLE = /[\u0000-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]/;

interface PathNode {
  key: string;
  parent: PathNode | undefined;
}
const dotted = (node: PathNode | undefined) => {
  const keys: string[] = [];
  for (let at = node; at; at = at.parent) keys.unshift(at.key);
  return keys.join('.');
};

/** Dotted paths of the strings (values or keys) in `data` the database could not store. Iterative: depth is no risk. */
function unstorablePaths(data: unknown): string[] {
  const found: string[] = [];
  const pending: [unknown, PathNode | undefined][] = [[data, undefined]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, node] = next;
    if (typeof value === 'string') {
      if (UNSTORABLE.test(value)) found.push(dotted(node));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const child = { key, parent: node };
        if (UNSTORABLE.test(key)) found.push(dotted(child));
        else pending.push([item, child]);
      }
    }
  }
  return found.reverse();
}

/** The parameters (query or path) holding a character no search or identifier holds. */
const unsearchablePaths = (values: Record<string, string>) => Object.keys(values).filter((key) => UNSEARCHABLE.test(values[key]!));

function check<T extends z.ZodType>(c: Context<AppEnv>, schema: T, data: unknown, strings: 'text' | 'parameters' = 'text'): z.output<T> {
  const locale = c.var.locale;
  if (strings === 'parameters') {
    const refused = unsearchablePaths(data as Record<string, string>);
    if (refused.length > 0) {
      const message = fieldMessage(locale, 'invalid_format');
      throw new ProblemError({ type: 'validation', errors: refused.map((path) => ({ path, code: 'invalid_format', message })) });
    }
  }
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) throw new ProblemError({ type: 'validation', errors: toFieldErrors(result.error.issues, locale) });
  // What passed the schema is what gets stored: refuse what the database cannot hold here, naming the field,
  // rather than as a 500 from the query.
  const unstorable = unstorablePaths(result.data);
  if (unstorable.length > 0) {
    const message = fieldMessage(locale, 'invalid_format');
    throw new ProblemError({ type: 'validation', errors: unstorable.map((path) => ({ path, code: 'invalid_format', message })) });
  }
  return result.data;
}

/**
 * Reads a JSON body and validates it against a domain schema. Not JSON → 415; malformed → 400; breaks a
 * rule → 422 naming every field. Requiring `application/json` also keeps cross-site HTML forms from posting.
 */
async function readJson<T extends z.ZodType>(c: Context<AppEnv>, schema: T): Promise<z.output<T>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) throw new ProblemError({ type: 'unsupported-media-type' });
  const text = await c.req.text();
  let data: unknown;
  try {
    data = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    // Named like any other refusal, so that a client shows it at the body it sent.
    const locale = c.var.locale;
    const errors = [{ path: 'body', code: 'invalid_format', message: fieldMessage(locale, 'invalid_format') }];
    throw new ProblemError({ type: 'malformed-request', detail: c.var.services.messages(locale).problem['malformed-request'].detail({}), errors });
  }
  return check(c, schema, data);
}

/** The schemas a route declares for its input (see `RouteSpec`). */
export interface InputSchemas {
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
}

/** A route's input, each part validated against its schema; the path parameters as they are when it has none. */
export async function readValidated(c: Context<AppEnv>, schemas: InputSchemas) {
  return {
    params: schemas.params ? check(c, schemas.params, c.req.param(), 'parameters') : c.req.param(),
    query: schemas.query ? check(c, schemas.query, c.req.query(), 'parameters') : undefined,
    body: schemas.body ? await readJson(c, schemas.body) : undefined,
  };
}
