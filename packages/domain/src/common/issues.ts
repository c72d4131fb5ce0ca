import type { z } from 'zod';
import type { Locale } from './locale.ts';
import { fieldMessage } from './messages/registry.ts';
import type { MessageParams } from './messages/params.ts';
import type { FieldError } from './schemas.ts';

// Size limits on numbers are about value, not length (zod says `int` for integer checks).
const NUMERIC_ORIGINS = new Set<string>(['number', 'int', 'bigint']);

/** A zod issue reduced to one of our field codes and its message parameters. */
export function classify(issue: z.core.$ZodIssue): { code: string; params: MessageParams } {
  switch (issue.code) {
    case 'custom': {
      const { code = 'invalid_format', ...params } = (issue.params ?? {}) as MessageParams & { code?: string };
      return { code, params };
    }
    case 'invalid_type':
      return { code: issue.input === undefined || issue.input === null ? 'required' : 'invalid_type', params: {} };
    case 'too_small':
      if (NUMERIC_ORIGINS.has(issue.origin)) return { code: 'number_too_small', params: { min: Number(issue.minimum) } };
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { code: 'required', params: {} };
      return { code: 'too_short', params: { min: Number(issue.minimum) } };
    case 'too_big':
      if (NUMERIC_ORIGINS.has(issue.origin)) return { code: 'number_too_large', params: { max: Number(issue.maximum) } };
      return { code: 'too_long', params: { max: Number(issue.maximum) } };
    case 'invalid_value':
      // zod reports a missing enum as a wrong value; missing is missing, whatever the field's type.
      if (issue.input === undefined || issue.input === null) return { code: 'required', params: {} };
      return { code: 'invalid_choice', params: { options: issue.values.map(String) } };
    case 'invalid_format':
      return { code: issue.format === 'email' ? 'invalid_email' : 'invalid_format', params: {} };
    case 'invalid_union':
      // A value that may be written two ways (a price as a number or a string) is missing, not malformed.
      return { code: issue.input === undefined || issue.input === null ? 'required' : 'invalid_format', params: {} };
    default:
      return { code: 'invalid_format', params: {} };
  }
}

/**
 * Turns zod issues into the `errors` of a problem document: one entry per field and code, with a dotted
 * path and a message in the caller's language (from the catalogues imported: the server imports them all). Parse with `{ reportInput: true }` so missing fields read
 * "required" rather than "wrong type".
 */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[], locale: Locale): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    const { code, params } = classify(issue);
    const key = `${path}\u0000${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push({ path, code, message: fieldMessage(locale, code, params) });
  }
  return errors;
}
