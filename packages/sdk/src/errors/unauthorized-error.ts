import { WharfError } from './wharf-error.ts';

/** 401: not signed in, or a sign-in was refused (then `remainingAttempts` says how many are left). */
export class UnauthorizedError extends WharfError {
  override name = 'UnauthorizedError';
  get remainingAttempts(): number | undefined {
    const value = this.problem.remainingAttempts;
    return typeof value === 'number' ? value : undefined;
  }
  get captchaRequired(): boolean {
    return this.problem.captchaRequired === true;
  }
}
