import type { CaptchaChallenge, CaptchaSolution } from '@wharf/domain';

/**
 * A captcha as the server sees it: hand out a challenge, check a solution once. The built-in provider is a
 * proof of work; a deployment can plug in another (hCaptcha, Turnstile, …) behind the same two calls.
 */
export interface CaptchaProvider {
  challenge(): Promise<CaptchaChallenge>;
  /** True once per valid, unexpired solution; a replayed solution is false. */
  verify(solution: CaptchaSolution): Promise<boolean>;
}
