import { promises as dns, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction, Socket } from 'node:net';
import { WEBHOOK_POLICY } from '@wharf/domain/tickets';
import { AddressRefusedError, refusedHost } from './address-guard.ts';

/** Resolves a host name to every address it has (the system resolver by default; tests pass their own). */
export type Resolve = (hostname: string) => Promise<LookupAddress[]>;

const systemResolve: Resolve = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

/**
 * How Node sends webhooks: a `fetch` for the delivery's one POST that connects only to public addresses unless
 * `allowPrivate` — every address the name resolves to is checked before connecting (a name that resolves to
 * 127.0.0.1 at send time is refused though it looked public when it was added), and the address the socket
 * actually connected to is checked again. Redirects are never followed (the answer is the 3xx itself); the
 * connection must be made within the policy's connect timeout, and the caller's signal bounds the answer.
 */
export function createWebhookFetch(options: { allowPrivate: boolean; resolve?: Resolve; connectTimeoutMs?: number }): typeof fetch {
  const resolve = options.resolve ?? systemResolve;
  const connectTimeoutMs = options.connectTimeoutMs ?? WEBHOOK_POLICY.connectTimeoutMs;

  const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
    resolve(hostname).then(
      (addresses) => {
        if (addresses.length === 0) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 4);
        if (!options.allowPrivate) {
          for (const { address } of addresses) {
            const kind = refusedHost(address);
            if (kind) return callback(new AddressRefusedError(hostname, address, kind) as NodeJS.ErrnoException, '', 4);
          }
        }
        if (lookupOptions.all) return (callback as unknown as (error: null, all: LookupAddress[]) => void)(null, addresses);
        callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 4),
    );
  };

  return async (input, init = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (!options.allowPrivate) {
      const kind = refusedHost(url.hostname);
      if (kind) throw new AddressRefusedError(url.hostname, url.hostname, kind);
    }
    const body = typeof init.body === 'string' ? init.body : '';
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    headers['content-length'] = String(Buffer.byteLength(body));
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;

    return new Promise<Response>((resolvePromise, reject) => {
      const request = send(url, { method: init.method ?? 'POST', headers, lookup, agent: false, ...(init.signal ? { signal: init.signal } : {}) });
      const connectTimer = setTimeout(
        () => request.destroy(Object.assign(new Error(`no connection to ${url.host} within ${connectTimeoutMs} ms`), { name: 'ConnectTimeout' })),
        connectTimeoutMs,
      );
      request.once('socket', (socket: Socket) => {
        const connected = () => {
          clearTimeout(connectTimer);
          const address = socket.remoteAddress ?? '';
          const kind = options.allowPrivate ? null : refusedHost(address);
          if (kind) request.destroy(new AddressRefusedError(url.hostname, address, kind));
        };
        socket.once('connect', connected);
        socket.once('secureConnect', connected);
      });
      request.once('response', (response: IncomingMessage) => {
        clearTimeout(connectTimer);
        response.resume();
        const status = response.statusCode ?? 0;
        try {
          resolvePromise(new Response(null, { status: status >= 200 && status <= 599 ? status : 502, statusText: response.statusMessage ?? '' }));
        } catch (error) {
          reject(error);
        }
      });
      request.once('error', (error) => {
        clearTimeout(connectTimer);
        reject(error);
      });
      request.once('close', () => clearTimeout(connectTimer));
      request.end(body);
    });
  };
}
