import { argon2, randomBytes, timingSafeEqual } from 'node:crypto';
import type { PasswordHasher } from './password-hasher.ts';

/** OWASP's first argon2id configuration: 19 MiB of memory, 2 passes, 1 lane. */
export const ARGON2_OWASP = { memory: 19_456, passes: 2, parallelism: 1 } as const;

function derive(password: string, salt: Buffer, params: { memory: number; passes: number; parallelism: number }) {
  return new Promise<Buffer>((resolve, reject) =>
    argon2('argon2id', { message: password, nonce: salt, tagLength: 32, ...params }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** argon2id through Node's own crypto (Node ≥ 24.7), in PHC string format. Node only. */
export function createArgon2Hasher(params = ARGON2_OWASP): PasswordHasher {
  return {
    async hash(password) {
      const salt = randomBytes(16);
      const key = await derive(password, salt, params);
      return `$argon2id$v=19$m=${params.memory},t=${params.passes},p=${params.parallelism}$${salt.toString('base64url')}$${key.toString('base64url')}`;
    },
    async verify(stored, password) {
      const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([\w-]+)\$([\w-]+)$/.exec(stored);
      if (!match) return false;
      const [, memory, passes, parallelism, salt, expected] = match as unknown as string[];
      const key = await derive(password, Buffer.from(salt!, 'base64url'), {
        memory: Number(memory),
        passes: Number(passes),
        parallelism: Number(parallelism),
      });
      const actual = key.toString('base64url');
      return actual.length === expected!.length && timingSafeEqual(Buffer.from(actual), Buffer.from(expected!));
    },
  };
}
