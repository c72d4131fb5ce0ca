export { WharfError } from './wharf-error.ts';
export { ValidationError } from './validation-error.ts';
export { UnauthorizedError } from './unauthorized-error.ts';
export { ForbiddenError } from './forbidden-error.ts';
export { NotFoundError } from './not-found-error.ts';
export { ConflictError } from './conflict-error.ts';
export { LockedError } from './locked-error.ts';
export { RateLimitedError } from './rate-limited-error.ts';
export { ConnectionError } from './connection-error.ts';
export {
  isWharfError,
  isValidationError,
  isUnauthorizedError,
  isLockedError,
  isRateLimitedError,
  isConflictError,
  isForbiddenError,
  isNotFoundError,
  isConnectionError,
} from './type-guards.ts';
