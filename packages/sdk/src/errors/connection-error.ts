import { WharfError } from './wharf-error.ts';

/** The server could not be reached or did not answer in time (status 0). */
export class ConnectionError extends WharfError {
  override name = 'ConnectionError';
}
