import { WharfError } from './wharf-error.ts';

/** 400, 415 or 422: the request broke a rule; `fieldErrors` says where and how to fix it. */
export class ValidationError extends WharfError {
  override name = 'ValidationError';
  /** True when the server wants a captcha solved before the next sign-in attempt. */
  get captchaRequired(): boolean {
    return this.problem.captchaRequired === true;
  }
}
