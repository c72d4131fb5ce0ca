import type { EmbedSession, EmbedSessionRequest } from '@wharf/domain';
import type { RequestOptions, Transport } from '../core/http.ts';

/**
 * Embed sessions (PRODUCT §1.10), for the host's server: a client made with an enterprise API key as its token
 * mints a short-lived session for one of the host's users. Never call this from a browser: the key is a secret.
 *
 * @example
 * const wharf = createWharfClient({ baseUrl, token: process.env.WHARF_API_KEY });
 * const { token, expiresAt } = await wharf.embed.createSession({ externalUserId: 'u-42', email, name });
 */
export function embedResource(send: Transport) {
  return {
    createSession: (body: EmbedSessionRequest, options: RequestOptions = {}) =>
      send<EmbedSession>('post', 'v1/embed/sessions', { json: body, ...options }),
  };
}
export type EmbedResource = ReturnType<typeof embedResource>;
