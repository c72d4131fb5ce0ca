import { isUniqueViolation } from '../db/errors.ts';
import type { RequestContext } from './env.ts';
import { fieldProblem, type ProblemError } from './problem.ts';

/** The version an `If-Match` header names (`"3"`, `W/"3"` or `3`); undefined without one. */
function ifMatchVersion(c: RequestContext): string | undefined {
  return c.req.header('if-match')?.replace(/^W\//, '').replaceAll('"', '').trim() || undefined;
}

/** 409 `version_stale` (with the stored version) when the caller's `If-Match` names another version. */
export function refuseStaleVersion(c: RequestContext, version: number) {
  const wanted = ifMatchVersion(c);
  if (wanted && wanted !== String(version)) {
    throw fieldProblem(c.var.locale, { type: 'conflict', path: 'version', code: 'version_stale', extra: { version } });
  }
}

/** What `work` gives; a unique violation it runs into is refused as `conflict()` says (a 409 naming what is taken). */
export async function refuseDuplicate<T>(work: () => Promise<T>, conflict: () => ProblemError): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}
