// Browser-side helpers for element tests: the backend is the real app (see web-test-runner.config.js).
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { solveProofOfWork } from '@wharf/domain/rules';

let sequence = 0;
export function uniqueEmail(label = 'user') {
  return `${label}.${Date.now().toString(36)}${(sequence++).toString(36)}${Math.random().toString(36).slice(2, 6)}@test.example`;
}

/** The newest code the server mailed to `email` (from the dev mailbox), waiting for its delivery. */
export async function codeFor(email: string): Promise<string> {
  let code: string | undefined;
  await waitUntil(
    async () => {
      const response = await fetch(`/v1/dev/mailbox?to=${encodeURIComponent(email)}`);
      code = (await response.json()).data?.[0]?.code;
      return Boolean(code);
    },
    `no code mailed to ${email}`,
    { timeout: 5000, interval: 100 },
  );
  return code!;
}

/** Registers an account through the API (for tests that need one to exist). */
export async function registerAccount(email = uniqueEmail(), password = 'Hk27300273'): Promise<{ email: string; password: string; token: string }> {
  const post = (path: string, body: unknown) =>
    fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await post('/v1/auth/email-codes', { email, purpose: 'register' });
  const code = await codeFor(email);
  const response = await post('/v1/auth/register', { email, code, password });
  if (response.status !== 201) throw new Error(`register failed: ${response.status} ${await response.text()}`);
  return { email, password, token: (await response.json()).token };
}

/** Focuses an input inside the element's shadow root and types into it like a user. */
export async function typeInto(host: HTMLElement, selector: string, text: string) {
  const input = host.shadowRoot!.querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`no ${selector} in ${host.localName}`);
  input.focus();
  input.select();
  await sendKeys({ type: text });
}

export function shadow<T extends Element = HTMLElement>(host: HTMLElement, selector: string): T {
  const found = host.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in ${host.localName}`);
  return found;
}

export async function press(host: HTMLElement, selector: string) {
  shadow(host, selector).focus();
  await sendKeys({ press: 'Enter' });
}

/**
 * One sign-in through the API, solving the proof-of-work captcha first when this page (one client for the
 * server) has failed often enough to need it. Returns the HTTP status.
 */
export async function signInAttempt(email: string, password: string): Promise<number> {
  const post = (body: unknown) =>
    fetch('/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  let response = await post({ email, password });
  if (response.status === 422 && (await response.clone().json()).captchaRequired) {
    const digest = async (data: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource));
    const { challenge, difficulty } = await (await fetch('/v1/auth/captcha')).json();
    const nonce = await solveProofOfWork(digest, challenge, difficulty);
    response = await post({ email, password, captcha: { challenge, nonce } });
  }
  return response.status;
}
