import { WharfError } from './wharf-error.ts';

/** 423: the account is locked after repeated failed sign-ins, until `lockedUntil` or a password reset. */
export class LockedError extends WharfError {
  override name = 'LockedError';
  get lockedUntil(): Date | undefined {
    const value = this.problem.lockedUntil;
    return typeof value === 'string' ? new Date(value) : undefined;
  }
}
