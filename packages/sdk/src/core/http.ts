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
  searchParams?: Record<string, string>;
}

/** Sends one call and returns its JSON (undefined for 204); failures reject with a WharfError subclass. */
export type Transport = <T>(method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string, options?: CallOptions) => Promise<T>;

function prefixUrl(baseUrl: string | undefined): string {
  const origin = typeof location === 'undefined' ? 'http://localhost/' : location.href;
  return new URL(baseUrl ? baseUrl.replace(/\/*$/, '/') : '/', origin).href;
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
          const token = options.getToken ? await options.getToken() : options.token;
          if (token && !request.headers.has('authorization')) request.headers.set('authorization', `Bearer ${token}`);
          const locale = typeof options.locale === 'function' ? options.locale() : options.locale;
          if (locale) request.headers.set('accept-language', locale);
          const enterprise = typeof options.enterprise === 'function' ? options.enterprise() : options.enterprise;
          if (enterprise && !request.headers.has('wharf-enterprise')) request.headers.set('wharf-enterprise', enterprise);
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
        ...(options.searchParams ? { searchParams: options.searchParams } : {}),
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw connectionError(error);
    }
    if (!response.ok) throw errorFromResponse(response, await response.text().catch(() => ''));
    if (response.status === 204 || response.headers.get('content-length') === '0') return undefined as T;
    return (await response.json()) as T;
  };
}
