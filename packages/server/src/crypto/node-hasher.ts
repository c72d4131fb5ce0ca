import * as nodeCrypto from 'node:crypto';
import type { PasswordHasher } from './password-hasher.ts';

/** OWASP's first argon2id configuration: 19 MiB of memory, 2 passes, 1 lane. */
export const ARGON2_OWASP = { memory: 19_456, passes: 2, parallelism: 1 } as const;
/** OWASP's scrypt configuration, for Node versions without argon2 (before 24.7): N=2^17, r=8, p=1. */
export const SCRYPT_OWASP = { N: 2 ** 17, r: 8, p: 1 } as const;

type Argon2Params = { memory: number; passes: number; parallelism: number };
type Argon2 = (
  algorithm: 'argon2id',
  options: Argon2Params & { message: string; nonce: Buffer; tagLength: number },
  callback: (error: Error | null, key: Buffer) => void,
) => void;
const argon2 = (nodeCrypto as unknown as { argon2?: Argon2 }).argon2;

function deriveArgon2(password: string, salt: Buffer, params: Argon2Params) {
  return new Promise<Buffer>((resolve, reject) =>
    argon2!('argon2id', { message: password, nonce: salt, tagLength: 32, ...params }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

function deriveScrypt(password: string, salt: Buffer, params: { N: number; r: number; p: number }) {
  return new Promise<Buffer>((resolve, reject) =>
    nodeCrypto.scrypt(password, salt, 32, { ...params, maxmem: 256 * params.N * params.r }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

function same(actual: Buffer, expected: string) {
  const wanted = Buffer.from(expected, 'base64url');
  return actual.length === wanted.length && nodeCrypto.timingSafeEqual(actual, wanted);
}

/**
 * Passwords in PHC string format through Node's own crypto: argon2id where Node has it (24.7+), scrypt at
 * OWASP's parameters otherwise. Either format verifies on any Node, so upgrading Node needs no migration.
 */
export function createNodeHasher(): PasswordHasher {
  return {
    async hash(password) {
      const salt = nodeCrypto.randomBytes(16);
      if (argon2) {
        const { memory, passes, parallelism } = ARGON2_OWASP;
        const key = await deriveArgon2(password, salt, ARGON2_OWASP);
        return `$argon2id$v=19$m=${memory},t=${passes},p=${parallelism}$${salt.toString('base64url')}$${key.toString('base64url')}`;
      }
      const { N, r, p } = SCRYPT_OWASP;
      const key = await deriveScrypt(password, salt, SCRYPT_OWASP);
      return `$scrypt$ln=${Math.log2(N)},r=${r},p=${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
    },
    async verify(stored, password) {
      const argon = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([\w-]+)\$([\w-]+)$/.exec(stored);
      if (argon && argon2) {
        const [, memory, passes, parallelism, salt, expected] = argon as unknown as string[];
        const params = { memory: Number(memory), passes: Number(passes), parallelism: Number(parallelism) };
        return same(await deriveArgon2(password, Buffer.from(salt!, 'base64url'), params), expected!);
      }
      const scrypt = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([\w-]+)\$([\w-]+)$/.exec(stored);
      if (scrypt) {
        const [, ln, r, p, salt, expected] = scrypt as unknown as string[];
        const params = { N: 2 ** Number(ln), r: Number(r), p: Number(p) };
        return same(await deriveScrypt(password, Buffer.from(salt!, 'base64url'), params), expected!);
      }
      return false;
    },
  };
}
