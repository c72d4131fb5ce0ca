import { WharfError } from './wharf-error.ts';

/** 404: nothing there, or not yours. */
export class NotFoundError extends WharfError {
  override name = 'NotFoundError';
}
