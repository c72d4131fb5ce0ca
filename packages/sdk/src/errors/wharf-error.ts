import type { FieldError, Problem } from '@wharf/domain';

/**
 * Every failed call rejects with a WharfError (or a subclass): the server's problem document, its field
 * errors, and the HTTP status. `status` is 0 when the server could not be reached.
 */
export class WharfError extends Error {
  override name = 'WharfError';
  readonly status: number;
  readonly problem: Problem;

  constructor(options: { problem: Problem; cause?: unknown }) {
    super(options.problem.detail || options.problem.title, { cause: options.cause });
    this.status = options.problem.status;
    this.problem = options.problem;
  }

  /** The field errors, each naming its `path`, `code` and a message for people. */
  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }

  /** The first error about one field, e.g. `error.fieldError('password')`. */
  fieldError(path: string): FieldError | undefined {
    return this.fieldErrors.find((error) => error.path === path);
  }
}
