import type { Locale } from '@wharf/domain';
import { fieldMessage } from '@wharf/domain/auth';
import { isConnectionError, isWharfError } from '@wharf/sdk';
import type { Translation } from '../i18n/translation.ts';

/** Field errors keyed by path, plus one message for the whole form. */
export interface FormErrors {
  fields: Record<string, string>;
  /** The problem code behind each field error (e.g. `email_taken`), for elements that react to one. */
  codes?: Record<string, string>;
  form?: string;
}

export const NO_ERRORS: FormErrors = { fields: {} };

/** Errors found in the browser before asking the server, from the same codes and messages the server uses. */
export function clientErrors(
  locale: Locale,
  problems: Record<string, string | undefined>,
  /**
   * The lookup is one registry function whatever entry it comes from, but a form passes its feature's
   * `fieldMessage` (enterprise forms the one of `@wharf/domain/enterprises`) so that its bundle keeps the catalogue
   * its codes are in (common/messages/registry.ts); account forms keep to the smaller account catalogue.
   */
  message: (locale: Locale, code: string) => string = fieldMessage,
): FormErrors {
  const fields: Record<string, string> = {};
  for (const [path, code] of Object.entries(problems)) if (code) fields[path] = message(locale, code);
  return { fields };
}

/**
 * What to show for a failed call: each field error at its field (the server's message, already in the
 * user's language), and the problem's detail for the form when no field carries it.
 */
export function errorsFrom(error: unknown, t: Translation, knownFields: readonly string[]): FormErrors {
  if (isConnectionError(error)) return { fields: {}, form: t.common.unreachable };
  if (!isWharfError(error)) return { fields: {}, form: t.common.unexpected };
  const fields: Record<string, string> = {};
  const codes: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const fieldError of error.fieldErrors) {
    if (knownFields.includes(fieldError.path)) {
      fields[fieldError.path] ??= fieldError.message;
      codes[fieldError.path] ??= fieldError.code;
    } else unplaced.push(fieldError.message);
  }
  const placed = Object.keys(fields).length > 0;
  return { fields, codes, form: unplaced.length ? unplaced.join(' ') : placed ? undefined : error.problem.detail || error.problem.title };
}

export function hasErrors(errors: FormErrors): boolean {
  return Boolean(errors.form) || Object.keys(errors.fields).length > 0;
}
