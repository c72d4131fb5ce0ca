import type { Locale } from '@wharf/domain';
import ky, { type KyInstance } from 'ky';
import { connectionError, errorFromResponse } from '../errors/from-response.ts';

export type TokenSource = () => string | null | undefined | Promise<string | null | undefined>;

export interface WharfClientOptions {
  /** Where the Wharf server is, e.g. `https://wharf.example.com`; empty for the page's own origin. */
  baseUrl?: string;
  /** A session token (bearer) — or `getToken` to read the current one on every call. */
  token?: string;
  getToken?: TokenSource;
  /** Language for server messages (Accept-Language): a locale or a function returning the current one. */
  locale?: Locale | (() => Locale);
  /** A fetch to use instead of the global one (tests, proxies, instrumentation). */
  fetch?: typeof fetch;
  /** Cookie handling for the session cookie; `same-origin` by default, bearer tokens work everywhere. */
  credentials?: RequestCredentials;
  /** Per-request timeout in milliseconds (default 30 s). */
  timeout?: number;
  /**
   * The enterprise calls act in when the user belongs to several (the `Wharf-Enterprise` header): an id, or a
   * function returning the current one.
   */
  enterprise?: string | (() => string | null | undefined);
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string>;
}

export interface CallOptions extends RequestOptions {
  json?: unknown;
  /** A body sent as it is (multipart FormData). */
  body?: BodyInit;
  searchParams?: Record<string, string>;
  /** How to read a successful answer: JSON (the default) or the bytes as a Blob (files). */
  as?: 'json' | 'blob';
}

/** Sends one call and returns its JSON (undefined for 204); failures reject with a WharfError subclass. */
export type Transport = <T>(method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string, options?: CallOptions) => Promise<T>;

/** The absolute base every path is resolved against (ends with `/`). */
export function prefixUrl(baseUrl: string | undefined): string {
  const origin = typeof location === 'undefined' ? 'http://localhost/' : location.href;
  return new URL(baseUrl ? baseUrl.replace(/\/*$/, '/') : '/', origin).href;
}

/**
 * The headers every call carries — the bearer token, the language and the acting enterprise — read afresh
 * each time (tokens renew). Shared by ky's hook, uploads with progress and the event stream.
 */
export async function identityHeaders(options: WharfClientOptions): Promise<Record<string, string>> {
  const headers: Record<string, string> = {};
  const token = options.getToken ? await options.getToken() : options.token;
  if (token) headers.authorization = `Bearer ${token}`;
  const locale = typeof options.locale === 'function' ? options.locale() : options.locale;
  if (locale) headers['accept-language'] = locale;
  const enterprise = typeof options.enterprise === 'function' ? options.enterprise() : options.enterprise;
  if (enterprise) headers['wharf-enterprise'] = enterprise;
  return headers;
}

/** The ky instance under every resource: base URL, token and locale on each request. */
export function createKy(options: WharfClientOptions): KyInstance {
  return ky.create({
    prefixUrl: prefixUrl(options.baseUrl),
    credentials: options.credentials ?? 'same-origin',
    timeout: options.timeout ?? 30_000,
    throwHttpErrors: false,
    retry: { limit: 2, methods: ['get'], statusCodes: [408, 502, 503, 504] },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    hooks: {
      beforeRequest: [
        async (request) => {
          for (const [name, value] of Object.entries(await identityHeaders(options))) {
            // A call may name its own token or enterprise; the language always follows the client.
            if (name === 'accept-language' || !request.headers.has(name)) request.headers.set(name, value);
          }
        },
      ],
    },
  });
}

export function createTransport(http: KyInstance): Transport {
  return async <T>(method: Parameters<Transport>[0], path: string, options: CallOptions = {}) => {
    let response: Response;
    try {
      response = await http(path, {
        method,
        signal: options.signal,
        ...(options.headers ? { headers: options.headers } : {}),
        ...(options.json !== undefined ? { json: options.json } : {}),
        ...(options.body !== undefined ? { body: options.body } : {}),
        ...(options.searchParams ? { searchParams: options.searchParams } : {}),
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw connectionError(error);
    }
    if (!response.ok) throw errorFromResponse(response, await response.text().catch(() => ''));
    if (options.as === 'blob') return (await response.blob()) as T;
    if (response.status === 204 || response.headers.get('content-length') === '0') return undefined as T;
    return (await response.json()) as T;
  };
}

/** Options of a change that may carry the version it was read at. */
export type VersionedOptions = RequestOptions & { version?: number };

/** A change's call options with `If-Match` for its `version`, so a change made since is refused, not overwritten. */
export function ifMatch(options: VersionedOptions): RequestOptions {
  const { version, ...rest } = options;
  return version === undefined ? rest : { ...rest, headers: { ...rest.headers, 'if-match': `"${version}"` } };
}
