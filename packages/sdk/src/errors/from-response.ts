import type { Problem } from '@wharf/domain';
import { ConflictError } from './conflict-error.ts';
import { ConnectionError } from './connection-error.ts';
import { ForbiddenError } from './forbidden-error.ts';
import { LockedError } from './locked-error.ts';
import { NotFoundError } from './not-found-error.ts';
import { RateLimitedError } from './rate-limited-error.ts';
import { UnauthorizedError } from './unauthorized-error.ts';
import { ValidationError } from './validation-error.ts';
import { WharfError } from './wharf-error.ts';

function asProblem(status: number, statusText: string, data: unknown): Problem {
  let body = data;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {}
  }
  if (body && typeof body === 'object' && 'status' in body && 'title' in body) return body as Problem;
  return { type: 'about:blank', title: statusText || `HTTP ${status}`, status, detail: typeof body === 'string' ? body : '' };
}

/** The WharfError subclass for an HTTP answer. */
export function errorFromResponse(response: Response, data: unknown, cause?: unknown): WharfError {
  const problem = asProblem(response.status, response.statusText, data);
  const options = { problem, cause };
  switch (response.status) {
    case 400:
    case 413:
    case 415:
    case 422:
      return new ValidationError(options);
    case 401:
      return new UnauthorizedError(options);
    case 403:
      return new ForbiddenError(options);
    case 404:
      return new NotFoundError(options);
    case 409:
      return new ConflictError(options);
    case 423:
      return new LockedError(options);
    case 429: {
      const header = Number(response.headers.get('retry-after'));
      return new RateLimitedError({ ...options, ...(Number.isFinite(header) && header > 0 ? { retryAfter: header } : {}) });
    }
    default:
      return new WharfError(options);
  }
}

export function connectionError(cause: unknown): ConnectionError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new ConnectionError({ problem: { type: 'about:blank', title: 'Server unreachable', status: 0, detail }, cause });
}
