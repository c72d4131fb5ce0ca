import { fromBase64Url, randomBytes, timingSafeEqual, toBase64Url } from './random.ts';

/** How passwords are hashed; the server takes one as a dependency (Node: argon2id; browser mock: PBKDF2). */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

/**
 * PBKDF2-SHA256 through Web Crypto, at OWASP's 600,000 iterations by default. Used where argon2 is not
 * available (the in-browser mock server); stored as `$pbkdf2-sha256$i=N$salt$hash`.
 */
export function createPbkdf2Hasher(options: { iterations?: number } = {}): PasswordHasher {
  const iterations = options.iterations ?? 600_000;
  async function derive(password: string, salt: Uint8Array, rounds: number) {
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
    const bits = await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations: rounds },
      key,
      256,
    );
    return toBase64Url(new Uint8Array(bits));
  }
  return {
    async hash(password) {
      const salt = randomBytes(16);
      return `$pbkdf2-sha256$i=${iterations}$${toBase64Url(salt)}$${await derive(password, salt, iterations)}`;
    },
    async verify(stored, password) {
      const [, scheme, params, salt, hash] = stored.split('$');
      if (scheme !== 'pbkdf2-sha256' || !params || !salt || !hash) return false;
      const rounds = Number(params.replace('i=', ''));
      return timingSafeEqual(await derive(password, fromBase64Url(salt), rounds), hash);
    },
  };
}
