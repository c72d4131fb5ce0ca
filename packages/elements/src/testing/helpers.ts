// Browser-side helpers for element tests: the backend is the real app (see web-test-runner.config.js).
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { solveProofOfWork } from '@wharf/domain/auth';
import {
  askTicket,
  createEnterprise,
  CREAM_DECLARATION,
  mailedCode,
  registerAccount as registerThroughApi,
  subscribe,
  TEST_OPERATOR_TOKEN,
  TICKET_PRODUCTS,
  uniqueEmail,
  uniqueSku,
} from '@wharf/server/testing/fixtures';

export { CREAM_DECLARATION, TEST_OPERATOR_TOKEN, TICKET_PRODUCTS, uniqueEmail, uniqueSku };

let sequence = 0;

/** The newest code the server mailed to `email` (from the dev mailbox), waiting for its delivery. */
export function codeFor(email: string): Promise<string> {
  return mailedCode(api, email, { attempts: 50, interval: 100 });
}

/** Registers an account through the API (for tests that need one to exist). */
export async function registerAccount(email = uniqueEmail(), password = 'Hk27300273'): Promise<{ email: string; password: string; token: string }> {
  const { token } = await registerThroughApi(api, { email, password, codeFor });
  return { email, password, token };
}

/**
 * `waitUntil` with room for the server: each sign-in hashes a password, and a busy machine runs two test
 * pages at once. When `check` is still false after `timeout` ms, fails with `message` — a function is asked
 * then, so it can say what the element shows at that moment.
 */
export async function eventually(check: () => unknown, message?: string | (() => string), timeout = 5000): Promise<void> {
  try {
    await waitUntil(check, undefined, { timeout, interval: 25 });
  } catch (error) {
    if (!message) throw error;
    throw new Error(`${typeof message === 'function' ? message() : message} (waited ${timeout} ms)`);
  }
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

/** Everything the element shows, its white space runs made single spaces. */
export const shadowText = (host: HTMLElement) => host.shadowRoot!.textContent!.replace(/\s+/g, ' ');

export const submitForm = (form: HTMLElement) => shadow<HTMLButtonElement>(form, 'button[type=submit]').click();

/** The error shown at field `id`. */
export const fieldError = (form: HTMLElement, id: string) => shadow(form, `#${id}-error`).textContent!.trim();

export const ariaInvalid = (form: HTMLElement, id: string) => shadow(form, `#${id}`).getAttribute('aria-invalid');

/** The id of the element focused inside `host`. */
export const focusedId = (host: HTMLElement) => host.shadowRoot!.activeElement?.id;

export async function press(host: HTMLElement, selector: string) {
  shadow(host, selector).focus();
  await sendKeys({ press: 'Enter' });
}

export interface LoginAnswer {
  status: number;
  body: { remainingAttempts?: number; lockedUntil?: string; captchaRequired?: boolean; token?: string };
}

/**
 * One sign-in through the API, solving the proof-of-work captcha first when this page (one client for the
 * server) has failed often enough to need it. Returns the HTTP status and the answer's body.
 */
export async function loginAttempt(email: string, password: string): Promise<LoginAnswer> {
  const post = (body: unknown) =>
    fetch('/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  let response = await post({ email, password });
  if (response.status === 422 && (await response.clone().json()).captchaRequired) {
    const digest = async (data: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource));
    const { challenge, difficulty } = await (await fetch('/v1/auth/captcha')).json();
    const nonce = await solveProofOfWork(digest, challenge, difficulty);
    response = await post({ email, password, captcha: { challenge, nonce } });
  }
  return { status: response.status, body: await response.json().catch(() => ({})) };
}

/** Five wrong passwords (the captcha solved when asked for): the account is locked. Returns the lock's end. */
export async function lockAccount(email: string): Promise<Date> {
  let answer: LoginAnswer | undefined;
  for (let attempt = 1; attempt <= 5 && answer?.status !== 423; attempt++) answer = await loginAttempt(email, `Wrong-${attempt}-pass`);
  if (answer?.status !== 423 || !answer.body.lockedUntil) throw new Error(`account not locked: ${answer?.status}`);
  return new Date(answer.body.lockedUntil);
}

/**
 * Makes this page a new client for the server's per-client throttles (the captcha after 3 failed sign-ins
 * from one client). The test backend tells clients apart by the path of the page (the Referer), and every
 * test file's page is `/?wtr-session-id=…`: without this, failures from earlier tests and from files running
 * alongside would count here too. Returns a function that gives the page its own address back.
 */
export function becomeNewClient(): () => void {
  const original = location.href;
  const path = `/client-${Date.now().toString(36)}${(sequence++).toString(36)}${Math.random().toString(36).slice(2, 8)}/`;
  history.replaceState(history.state, '', `${path}${location.search}`);
  return () => history.replaceState(history.state, '', original);
}

/** Makes each test of the suite it is called in a new client (see `becomeNewClient`), and gives the address back after. */
export function eachTestANewClient() {
  let restoreClient: () => void;
  beforeEach(() => (restoreClient = becomeNewClient()));
  afterEach(() => restoreClient());
}

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

/** Records the page's fetch calls to /v1 (what the elements send) until `stop()`. */
export function recordRequests(): { requests: RecordedRequest[]; stop(): void } {
  const original = window.fetch;
  const requests: RecordedRequest[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request && !init ? input : new Request(input, init);
    const url = new URL(request.url);
    if (url.pathname.startsWith('/v1/')) {
      requests.push({ method: request.method, url, headers: request.headers, body: await request.clone().text() });
    }
    return original.call(window, request);
  };
  return { requests, stop: () => (window.fetch = original) };
}

/** A JSON call to the test backend, with a bearer token when given; answers `{ status, body }`. */
export async function api(method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const response = await fetch(path, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** Registers an account and has it create an enterprise (it is the admin). */
export async function enterpriseAdmin(overrides: Record<string, unknown> = {}) {
  const account = await registerAccount();
  const enterprise = await createEnterprise(api, account.token, {
    name: 'Harbour Trading Ltd',
    contact: { name: 'Chan Tai Man', phone: '+852 2730 0273', email: 'accounts@harbour.example', address: '1 Container Port Road' },
    ...overrides,
  });
  return { ...account, enterprise: enterprise as { id: string; accountNumber: string; billingEmail: string } };
}

/** Registers an account and takes it through joining `enterprise` (whose billing email gets the code): pending. */
export async function pendingJoiner(enterprise: { accountNumber: string }, billingEmail = 'accounts@harbour.example') {
  const account = await registerAccount();
  await api('POST', '/v1/enterprises/join', { token: account.token, body: { accountNumber: enterprise.accountNumber } });
  const code = await codeFor(billingEmail);
  const joined = await api('POST', '/v1/enterprises/join/verify', { token: account.token, body: { accountNumber: enterprise.accountNumber, code } });
  if (joined.status !== 201) throw new Error(`join failed: ${joined.status} ${JSON.stringify(joined.body)}`);
  return { ...account, userId: (await api('GET', '/v1/me', { token: account.token })).body.user.id as string };
}

/** An enterprise admin whose enterprise subscribes to `TICKET_PRODUCTS` for a year (set by the test operator). */
export async function ticketCustomer() {
  const admin = await enterpriseAdmin();
  await subscribe(api, TEST_OPERATOR_TOKEN, admin.enterprise.id);
  return admin;
}

/** A ticket asked through the API; answers its number. */
export async function askedTicket(token: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const ticket = await askTicket(api, token, { title: 'Voucher template missing', description: 'Cannot generate vouchers.', ...overrides });
  return ticket.number;
}

/** A small but real PNG (a 1×1 pixel), as a File. */
export function pngFile(name = 'screenshot.png'): File {
  const bytes = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
  return new File([bytes], name, { type: 'image/png' });
}

/** Pastes files into `target` as the clipboard would (a screenshot pasted with Ctrl+V). */
export function pasteFiles(target: Element, files: File[]) {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true, cancelable: true }));
}

/** Creates a normal draft product through the API (overridable; `type: 'combo'` with `components` for a combo). */
export async function createProduct(token: string, overrides: Record<string, unknown> = {}) {
  const created = await api('POST', '/v1/products', {
    token,
    body: { type: 'normal', sku: uniqueSku(), name: '玻尿酸保湿面霜 50ml', category: 'cosmetics', brand: 'Harbour', unit: '007', originCountry: 'KR', purchasePrice: '45.50', salePrice: '129.90', ...overrides },
  });
  if (created.status !== 201) throw new Error(`product not created: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body as { id: string; sku: string; status: string; name: string };
}

/** Sends a product for filing and has customs decide (the test operator): `filed`, or `rejected` with a reason. */
export async function fileProduct(token: string, enterpriseId: string, sku: string, decision?: { approved: boolean; reason?: string }) {
  const submitted = await api('POST', `/v1/products/${encodeURIComponent(sku)}/submit`, { token });
  if (submitted.status !== 200) throw new Error(`not submitted: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  if (!decision) return submitted.body;
  const decided = await api('POST', `/v1/operator/products/${enterpriseId}/${encodeURIComponent(sku)}/filing`, { token: TEST_OPERATOR_TOKEN, body: decision });
  if (decided.status !== 200) throw new Error(`not decided: ${decided.status} ${JSON.stringify(decided.body)}`);
  return decided.body;
}
