import type { Locale } from '@wharf/domain';
import ky, { HTTPError, type KyInstance } from 'ky';
import { connectionError, errorFromResponse } from '../errors/from-response.ts';
import { isWharfError } from '../errors/type-guards.ts';

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
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/** The ky instance every resource uses: base URL, token, locale, and errors turned into WharfErrors. */
export function createHttp(options: WharfClientOptions): KyInstance {
  const base = options.baseUrl ? options.baseUrl.replace(/\/+$/, '') + '/' : undefined;
  const origin = typeof location === 'undefined' ? 'http://localhost/' : location.href;
  return ky.create({
    baseUrl: base ? new URL(base, origin).href : new URL('/', origin).href,
    credentials: options.credentials ?? 'same-origin',
    timeout: options.timeout ?? 30_000,
    retry: { limit: 2, methods: ['get'], statusCodes: [408, 502, 503, 504] },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    hooks: {
      beforeRequest: [
        async ({ request }) => {
          const token = options.getToken ? await options.getToken() : options.token;
          if (token && !request.headers.has('authorization')) request.headers.set('authorization', `Bearer ${token}`);
          const locale = typeof options.locale === 'function' ? options.locale() : options.locale;
          if (locale) request.headers.set('accept-language', locale);
        },
      ],
      beforeError: [
        ({ error }) => {
          if (error instanceof HTTPError) return errorFromResponse(error.response, error.data, error);
          if (isWharfError(error) || (error as Error).name === 'AbortError') return error;
          return connectionError(error);
        },
      ],
    },
  });
}
