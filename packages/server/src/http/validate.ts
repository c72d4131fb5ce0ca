import { toFieldErrors } from '@wharf/domain';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from './env.ts';
import { ProblemError } from './problem.ts';

function check<T extends z.ZodType>(c: Context<AppEnv>, schema: T, data: unknown): z.output<T> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const errors = toFieldErrors(result.error.issues, c.var.locale);
  throw new ProblemError({ type: 'validation', errors });
}

/**
 * Reads a JSON body and validates it against a domain schema. Not JSON → 415; malformed → 400; breaks a
 * rule → 422 naming every field. Requiring `application/json` also keeps cross-site HTML forms from posting.
 */
export async function readJson<T extends z.ZodType>(c: Context<AppEnv>, schema: T): Promise<z.output<T>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) throw new ProblemError({ type: 'unsupported-media-type' });
  const text = await c.req.text();
  let data: unknown;
  try {
    data = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    throw new ProblemError({ type: 'malformed-request' });
  }
  return check(c, schema, data);
}

export function readQuery<T extends z.ZodType>(c: Context<AppEnv>, schema: T): z.output<T> {
  return check(c, schema, c.req.query());
}
