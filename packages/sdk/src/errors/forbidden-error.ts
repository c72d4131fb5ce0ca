import { WharfError } from './wharf-error.ts';

/** 403: signed in, but not allowed to do this. */
export class ForbiddenError extends WharfError {
  override name = 'ForbiddenError';
}
