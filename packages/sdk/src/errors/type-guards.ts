import type { ConnectionError } from './connection-error.ts';
import type { ConflictError } from './conflict-error.ts';
import type { ForbiddenError } from './forbidden-error.ts';
import type { LockedError } from './locked-error.ts';
import type { NotFoundError } from './not-found-error.ts';
import type { RateLimitedError } from './rate-limited-error.ts';
import type { UnauthorizedError } from './unauthorized-error.ts';
import type { ValidationError } from './validation-error.ts';
import type { WharfError } from './wharf-error.ts';

const ERROR_NAMES = new Set([
  'WharfError',
  'ValidationError',
  'UnauthorizedError',
  'ForbiddenError',
  'NotFoundError',
  'ConflictError',
  'LockedError',
  'RateLimitedError',
  'ConnectionError',
]);

// Guards match on `name` as well, so they work across realms (iframes) and duplicated bundles.
export function isWharfError(error: unknown): error is WharfError {
  return error instanceof Error && ERROR_NAMES.has(error.name) && 'problem' in error;
}
const named =
  <T extends WharfError>(name: string) =>
  (error: unknown): error is T =>
    isWharfError(error) && error.name === name;

export const isValidationError = named<ValidationError>('ValidationError');
export const isUnauthorizedError = named<UnauthorizedError>('UnauthorizedError');
export const isForbiddenError = named<ForbiddenError>('ForbiddenError');
export const isNotFoundError = named<NotFoundError>('NotFoundError');
export const isLockedError = named<LockedError>('LockedError');
export const isRateLimitedError = named<RateLimitedError>('RateLimitedError');
export const isConflictError = named<ConflictError>('ConflictError');
export const isConnectionError = named<ConnectionError>('ConnectionError');
