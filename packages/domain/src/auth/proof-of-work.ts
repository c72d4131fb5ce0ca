/**
 * The built-in captcha is a proof of work: find a nonce such that SHA-256(`challenge:nonce`) starts with
 * `difficulty` zero bits. It needs no third party, no dragging and no eyesight: the browser solves it in the
 * background, so it works for keyboard and screen-reader users and inside the smallest iframe.
 */
export type Digest = (data: Uint8Array) => Promise<Uint8Array> | Uint8Array;

export function proofInput(challenge: string, nonce: number): Uint8Array {
  return new TextEncoder().encode(`${challenge}:${nonce}`);
}

export function leadingZeroBits(hash: Uint8Array): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export async function meetsDifficulty(digest: Digest, challenge: string, nonce: number, difficulty: number) {
  return leadingZeroBits(await digest(proofInput(challenge, nonce))) >= difficulty;
}

export interface SolveOptions {
  signal?: AbortSignal;
  /** Called every few thousand tries so a page can yield and show progress. */
  onProgress?: (tries: number) => void | Promise<void>;
}

export async function solveProofOfWork(digest: Digest, challenge: string, difficulty: number, options: SolveOptions = {}) {
  for (let nonce = 0; ; nonce++) {
    if (await meetsDifficulty(digest, challenge, nonce, difficulty)) return nonce;
    if (nonce % 2048 === 2047) {
      options.signal?.throwIfAborted();
      await options.onProgress?.(nonce + 1);
    }
  }
}
