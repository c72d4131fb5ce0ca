import type { CaptchaChallenge, CaptchaSolution } from '@wharf/domain';
import { solveProofOfWork } from '@wharf/domain/auth';

/** Solves a captcha challenge; hosts using another provider plug in their own (`captchaSolver`). */
export type CaptchaSolver = (challenge: CaptchaChallenge, signal: AbortSignal) => Promise<CaptchaSolution>;

const digest = async (data: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource));

/** The built-in proof of work: computed in the background, nothing for the user to drag or read. */
export const solveBuiltInCaptcha: CaptchaSolver = async (challenge, signal) => {
  if (challenge.provider !== 'proof-of-work') throw new Error(`No solver for captcha provider ${challenge.provider}`);
  const nonce = await solveProofOfWork(digest, challenge.challenge, challenge.difficulty, {
    signal,
    // Give the page a frame now and then so typing and screen readers stay responsive.
    onProgress: () => new Promise((resolve) => setTimeout(resolve, 0)),
  });
  return { challenge: challenge.challenge, nonce };
};
