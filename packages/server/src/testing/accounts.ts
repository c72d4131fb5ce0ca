import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { solveProofOfWork } from '@wharf/domain/auth';
import { GOOD_PASSWORD } from './fixtures/bodies.ts';
import { uniqueEmail } from './fixtures/unique.ts';
import { type CallOptions, type TestResponse, type TestServer } from './harness.ts';

/** Meets the policy another way: lower, digit and symbol. */
export const OTHER_GOOD_PASSWORD = 'hk27300273*';

/** A field error reduced to what a test compares. */
export interface FieldRef {
  path: string;
  code: string;
}

/**
 * Asserts an RFC 9457 problem answer: the exact status, the problem+json content type, the document's members
 * and, when given, exactly these field errors in this order.
 */
export function assertProblem(response: TestResponse, status: number, errors?: FieldRef[]) {
  const shown = JSON.stringify(response.body);
  assert.equal(response.status, status, `expected ${status}, got ${response.status}: ${shown}`);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/, shown);
  assert.equal(response.body.status, status, shown);
  assert.match(response.body.type, /^urn:wharf:problem:[a-z-]+$/, shown);
  assert.equal(typeof response.body.title, 'string', shown);
  assert.ok(response.body.title.length > 0, shown);
  assert.equal(typeof response.body.detail, 'string', shown);
  assert.ok(response.body.detail.length > 0, shown);
  if (errors) {
    assert.deepEqual(
      (response.body.errors ?? []).map(({ path, code }: FieldRef) => ({ path, code })),
      errors,
      shown,
    );
    for (const error of response.body.errors) assert.ok(typeof error.message === 'string' && error.message.length > 0, shown);
  }
}

/** A 6-digit code that is certainly not `code`. */
export function wrongCode(code: string): string {
  return code.slice(0, -1) + String((Number(code.at(-1)) + 1) % 10);
}

/** Asks for a code and returns it from the dev mailbox. */
export async function requestCode(server: TestServer, email: string, purpose: 'register' | 'reset-password', options: CallOptions = {}) {
  const sent = await server.call('POST', '/v1/auth/email-codes', { ...options, body: { email, purpose } });
  assert.equal(sent.status, 202, JSON.stringify(sent.body));
  return server.codeFor(email);
}

export interface RegisteredUser {
  email: string;
  password: string;
  token: string;
  user: { id: string; email: string; locale: string };
}

/** Registers a fresh account through the API (code, then register) and returns its first session. */
export async function registerUser(
  server: TestServer,
  options: { email?: string; password?: string; headers?: Record<string, string> } = {},
): Promise<RegisteredUser> {
  const email = options.email ?? uniqueEmail();
  const password = options.password ?? GOOD_PASSWORD;
  const code = await requestCode(server, email, 'register', options.headers ? { headers: options.headers } : {});
  const registered = await server.call('POST', '/v1/auth/register', {
    body: { email, code, password },
    ...(options.headers ? { headers: options.headers } : {}),
  });
  assert.equal(registered.status, 201, JSON.stringify(registered.body));
  return { email: registered.body.user.email, password, token: registered.body.token, user: registered.body.user };
}

/** SHA-256 for the proof-of-work captcha, from node:crypto. */
export const sha256Digest = (data: Uint8Array) => createHash('sha256').update(data).digest();

/** Fetches a captcha challenge and solves it, as the browser does in the background. */
export async function solveCaptcha(server: TestServer) {
  const response = await server.call('GET', '/v1/auth/captcha');
  assert.equal(response.status, 200, JSON.stringify(response.body));
  const { challenge, difficulty } = response.body as { challenge: string; difficulty: number };
  return { challenge, nonce: await solveProofOfWork(sha256Digest, challenge, difficulty) };
}
