import { WharfError } from './wharf-error.ts';

/** 409: a duplicate, the wrong state, or a stale version. */
export class ConflictError extends WharfError {
  override name = 'ConflictError';
}
