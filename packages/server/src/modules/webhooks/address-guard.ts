import { nonPublicAddressKind, type NonPublicAddressKind } from '@wharf/domain/common';

/**
 * Why webhooks may not go to this host (a URL's `hostname`, or an address a name resolved to): `localhost` names
 * and non-public IP addresses; null for a public address or a name, which is judged again once resolved.
 */
export function refusedHost(hostname: string): NonPublicAddressKind | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
  return nonPublicAddressKind(host);
}

/** A delivery refused before anything was sent: the endpoint is, or resolves to, a non-public address. */
export class AddressRefusedError extends Error {
  override name = 'AddressRefused';
  constructor(host: string, address: string, kind: NonPublicAddressKind) {
    const where = address === host ? `${host} is` : `${host} resolves to ${address},`;
    super(`${where} ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} address; webhooks are sent only to public addresses (not sent)`);
  }
}
