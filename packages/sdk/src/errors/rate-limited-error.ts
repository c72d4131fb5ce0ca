import { WharfError } from './wharf-error.ts';

/** 429: asked too often; `retryAfter` is the number of seconds to wait. */
export class RateLimitedError extends WharfError {
  override name = 'RateLimitedError';
  readonly retryAfter: number;
  constructor(options: ConstructorParameters<typeof WharfError>[0] & { retryAfter?: number }) {
    super(options);
    const fromProblem = Number(this.problem.retryAfter);
    this.retryAfter = options.retryAfter ?? (Number.isFinite(fromProblem) ? fromProblem : 60);
  }
}
