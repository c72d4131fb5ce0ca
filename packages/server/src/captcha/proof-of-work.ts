import { meetsDifficulty } from '@wharf/domain/auth';
import { lt } from 'drizzle-orm';
import { addSeconds, type Clock } from '../clock.ts';
import type { Database } from '../db/database.ts';
import { captchaSpent } from '../db/schema.ts';
import { hmacSha256, randomBytes, sha256, timingSafeEqual, toBase64Url } from '../crypto/random.ts';
import type { CaptchaProvider } from './provider.ts';

const TTL_SECONDS = 5 * 60;

/**
 * Stateless challenges `id.expiresMs.difficulty.signature` (HMAC with the server secret), so any server
 * process can check them; spent ones are recorded so each solution works once.
 */
export function createProofOfWorkCaptcha(options: {
  db: Database;
  clock: Clock;
  secret: Uint8Array;
  difficulty: number;
}): CaptchaProvider {
  const { db, clock, secret, difficulty } = options;
  const sign = async (body: string) => toBase64Url(await hmacSha256(secret, body));

  return {
    async challenge() {
      const expiresAt = addSeconds(clock.now(), TTL_SECONDS);
      const body = `${toBase64Url(randomBytes(12))}.${expiresAt.getTime()}.${difficulty}`;
      return {
        provider: 'proof-of-work',
        challenge: `${body}.${await sign(body)}`,
        difficulty,
        expiresAt: expiresAt.toISOString(),
      };
    },
    async verify({ challenge, nonce }) {
      const parts = challenge.split('.');
      if (parts.length !== 4) return false;
      const [id, expires, bits, signature] = parts as [string, string, string, string];
      const body = `${id}.${expires}.${bits}`;
      if (!timingSafeEqual(await sign(body), signature)) return false;
      const expiresAt = new Date(Number(expires));
      if (!(expiresAt > clock.now())) return false;
      if (!(await meetsDifficulty(sha256, challenge, nonce, Number(bits)))) return false;
      await db.delete(captchaSpent).where(lt(captchaSpent.expiresAt, clock.now()));
      const spent = await db
        .insert(captchaSpent)
        .values({ challengeId: id, expiresAt })
        .onConflictDoNothing()
        .returning({ id: captchaSpent.challengeId });
      return spent.length === 1;
    },
  };
}
