import type { FieldError, Locale } from '@wharf/domain';
import { fieldMessage, messagesFor, PROBLEM_TYPES, problemTypeUri } from '@wharf/domain/messages';
import type { MessageParams, ProblemType } from '@wharf/domain/messages';

export interface ProblemOptions {
  type: ProblemType;
  /** For people: what happened and how to fix it, in the caller's language. Defaults to the type's. */
  detail?: string;
  errors?: FieldError[];
  /** Extension members of the problem document (e.g. `remainingAttempts`). */
  extra?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** The one error type the server throws for a refusal; `app.onError` turns it into RFC 9457 JSON. */
export class ProblemError extends Error {
  readonly type: ProblemType;
  readonly status: number;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly extra: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(options: ProblemOptions) {
    super(options.detail ?? options.type);
    this.name = 'ProblemError';
    this.type = options.type;
    this.status = PROBLEM_TYPES[options.type];
    this.detail = options.detail;
    this.errors = options.errors;
    this.extra = options.extra ?? {};
    this.headers = options.headers ?? {};
  }

  toDocument(locale: Locale, instance?: string) {
    const text = messagesFor(locale).problem[this.type];
    const fields = [...new Set(this.errors?.map((error) => error.path))].join(', ');
    const detail =
      this.detail ??
      (this.errors?.length === 1
        ? this.errors[0]!.message
        : this.errors?.length
          ? messagesFor(locale).detail.fieldsInvalid({ field: fields })
          : text.detail({ field: fields }));
    return {
      type: problemTypeUri(this.type),
      title: text.title,
      status: this.status,
      detail,
      ...(instance ? { instance } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
      ...this.extra,
    };
  }
}

/** A refusal about one field: `path` names it, `code` says why, the message says how to fix it. */
export function fieldProblem(
  locale: Locale,
  options: { type?: ProblemType; path: string; code: string; params?: MessageParams; detail?: string; extra?: Record<string, unknown> },
): ProblemError {
  const message = fieldMessage(locale, options.code, options.params);
  return new ProblemError({
    type: options.type ?? 'validation',
    detail: options.detail ?? message,
    errors: [{ path: options.path, code: options.code, message }],
    extra: options.extra,
  });
}
