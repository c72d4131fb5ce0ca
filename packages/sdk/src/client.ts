import type { KyInstance } from 'ky';
import { createKy, createTransport, type WharfClientOptions } from './core/http.ts';
import { authResource, type AuthResource } from './resources/auth.ts';
import { devResource, type DevResource } from './resources/dev.ts';
import { embedResource, type EmbedResource } from './resources/embed.ts';
import { enterprisesResource, type EnterprisesResource } from './resources/enterprises.ts';

export interface WharfClient {
  readonly options: Readonly<WharfClientOptions>;
  readonly auth: AuthResource;
  readonly dev: DevResource;
  readonly enterprises: EnterprisesResource;
  /** For the host's server only, with an API key as the token. */
  readonly embed: EmbedResource;
  /** `GET /health`. */
  health(): Promise<{ status: 'ok' }>;
  /** A client with some options changed (e.g. another token or locale). */
  extend(options: Partial<WharfClientOptions>): WharfClient;
  /** The underlying ky instance, for calls the SDK does not wrap yet. */
  readonly http: KyInstance;
}

/**
 * A typed client for the Wharf API. Works in browsers and Node; failures reject with WharfError subclasses.
 *
 * @example
 * const wharf = createWharfClient({ baseUrl: 'https://wharf.example.com', token });
 * const { user } = await wharf.auth.me();
 */
export function createWharfClient(options: WharfClientOptions = {}): WharfClient {
  const http = createKy(options);
  const send = createTransport(http);
  return {
    options,
    http,
    auth: authResource(send),
    dev: devResource(send),
    enterprises: enterprisesResource(send),
    embed: embedResource(send),
    health: () => send<{ status: 'ok' }>('get', 'health'),
    extend: (more) => createWharfClient({ ...options, ...more }),
  };
}
