import { LOGIN_POLICY } from '@wharf/domain/auth';
import { mailedCode, uniqueEmail } from '@wharf/server/testing/fixtures';
import { mockClient, startMockServer } from './server.ts';

// Story set-up through the app's own HTTP API (never SQL), so seeded data is exactly what real use produces.
// Every helper starts the mock server if needed, so they can run in story `loaders`.

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON (or the text when it is not JSON, or undefined when empty). */
  body: any;
}

export interface ApiOptions {
  /** Sent as JSON, or as it is when FormData (a multipart upload). */
  body?: unknown;
  token?: string;
  /** The client the request counts as for throttles; a fresh one per call by default. */
  client?: string;
  locale?: string;
}

export { uniqueEmail };

let sequence = 0;

/** Calls the in-page app directly (not through the service worker), with JSON (or a multipart form) in and JSON out. */
export async function callApi(method: string, path: string, options: ApiOptions = {}): Promise<ApiResponse> {
  const server = await startMockServer();
  const headers = new Headers({ 'x-forwarded-for': options.client ?? `seed-${++sequence}` });
  const multipart = options.body instanceof FormData;
  if (options.body !== undefined && !multipart) headers.set('content-type', 'application/json');
  if (options.token) headers.set('authorization', `Bearer ${options.token}`);
  if (options.locale) headers.set('accept-language', options.locale);
  const response = await server.fetch(
    new Request(new URL(path, 'http://wharf.mock'), {
      method,
      headers,
      body: options.body === undefined ? null : multipart ? (options.body as FormData) : JSON.stringify(options.body),
    }),
  );
  const text = await response.text();
  let body: unknown = text || undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {}
  return { status: response.status, headers: response.headers, body };
}

/** Throws, saying what failed and what the server answered, unless the status is `expected`. */
export function expectStatus(response: ApiResponse, expected: number, what: string): ApiResponse {
  if (response.status !== expected) {
    throw new Error(`[wharf mocks] ${what}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response;
}

export type CodePurpose = 'register' | 'reset-password';

/** The newest code mailed to `email`, read from `GET /v1/dev/mailbox` (due mail is delivered first). */
export async function codeFor(email: string): Promise<string> {
  const server = await startMockServer();
  await server.app.services.outbox.deliverDue();
  return mailedCode(callApi, email);
}

export interface CodeSent {
  email: string;
  code: string;
  expiresAt: string;
  /** When the server allows asking again (60 s later): a story can show the resend countdown. */
  resendAt: string;
}

/**
 * Asks the server to email a code (`POST /v1/auth/email-codes`) and returns it. `reset-password` needs an
 * existing account (`seed.registeredUser()` first).
 */
export async function codeSent(
  email: string = uniqueEmail(),
  purpose: CodePurpose = 'register',
  options: { locale?: string } = {},
): Promise<CodeSent> {
  const sent = expectStatus(
    await callApi('POST', '/v1/auth/email-codes', { body: { email, purpose }, ...options }),
    202,
    `request a ${purpose} code for ${email}`,
  );
  return { email: sent.body.email, code: await codeFor(sent.body.email), expiresAt: sent.body.expiresAt, resendAt: sent.body.resendAt };
}

export interface UserOptions {
  /** Defaults to a fresh address. Passing a fixed one is safe: an existing account is signed in instead. */
  email?: string;
  /** Meets the password policy by default. */
  password?: string;
  locale?: 'en' | 'zh-CN' | 'zh-HK';
}

export interface SeededUser {
  email: string;
  password: string;
  /** A bearer session token: `<wharf-provider session-token=${user.token}>`. */
  token: string;
}

export const DEFAULT_PASSWORD = 'Harbour-2026';

/** Registers (code, mailbox, register) unless the account exists; returns a token when it registered. */
async function ensureAccount(options: UserOptions): Promise<{ email: string; password: string; token?: string }> {
  const email = options.email ?? uniqueEmail();
  const password = options.password ?? DEFAULT_PASSWORD;
  const asked = await callApi('POST', '/v1/auth/email-codes', { body: { email, purpose: 'register' }, locale: options.locale });
  if (asked.status === 409) return { email, password }; // already registered (a re-rendered story)
  expectStatus(asked, 202, `request a register code for ${email}`);
  const code = await codeFor(asked.body.email);
  const registered = expectStatus(
    await callApi('POST', '/v1/auth/register', { body: { email, code, password, locale: options.locale } }),
    201,
    `register ${email}`,
  );
  return { email: registered.body.user.email, password, token: registered.body.token };
}

/** An account that exists and is signed in: `{ email, password, token }`. */
export async function registeredUser(options: UserOptions = {}): Promise<SeededUser> {
  const account = await ensureAccount(options);
  if (account.token) return { email: account.email, password: account.password, token: account.token };
  const login = expectStatus(
    await callApi('POST', '/v1/auth/login', { body: { email: account.email, password: account.password } }),
    200,
    `sign in ${account.email} (already registered, with another password or locked?)`,
  );
  return { email: account.email, password: account.password, token: login.body.token };
}

export interface LockedUser {
  email: string;
  password: string;
  /** ISO time the lock ends (15 minutes on). */
  lockedUntil: string;
}

/** An account locked by 5 consecutive wrong passwords (each from its own client, so no captcha is asked). */
export async function lockedUser(options: UserOptions = {}): Promise<LockedUser> {
  const account = await ensureAccount(options);
  for (let attempt = 0; attempt < LOGIN_POLICY.maxFailures; attempt++) {
    const login = await callApi('POST', '/v1/auth/login', { body: { email: account.email, password: `${account.password}-wrong` } });
    if (login.status === 423) return { email: account.email, password: account.password, lockedUntil: login.body.lockedUntil };
    expectStatus(login, 401, `fail to sign in as ${account.email}`);
  }
  throw new Error(`[wharf mocks] ${account.email} was not locked after ${LOGIN_POLICY.maxFailures} failures`);
}

/**
 * Makes the page's current client (the story, see `useMockClient`) fail sign-in until the server asks it for
 * a captcha, so a login form shows its captcha step. Call it from a story loader.
 */
export async function captchaRequired(): Promise<void> {
  const client = mockClient(); // read now: the preview sets it before story loaders run
  for (let attempt = 0; attempt < LOGIN_POLICY.captchaAfterClientFailures + 1; attempt++) {
    const login = await callApi('POST', '/v1/auth/login', {
      body: { email: uniqueEmail('nobody'), password: 'Wrong-password-1' },
      client,
    });
    if (login.body?.captchaRequired === true) return;
  }
  throw new Error('[wharf mocks] the server never asked for a captcha');
}

/** Account set-ups; with the enterprise ones they make `seed` (`import { seed } from '@wharf/mocks'`). */
export const accountSeed = { email: uniqueEmail, codeFor, codeSent, registeredUser, lockedUser, captchaRequired, call: callApi };
