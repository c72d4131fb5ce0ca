import type { KyInstance } from 'ky';
import { createKy, createTransport, type RequestOptions, type WharfClientOptions } from './core/http.ts';
import { addressesResource, type AddressesResource } from './resources/addresses.ts';
import { authResource, type AuthResource } from './resources/auth.ts';
import { devResource, type DevResource } from './resources/dev.ts';
import { embedResource, type EmbedResource } from './resources/embed.ts';
import { enterprisesResource, type EnterprisesResource } from './resources/enterprises.ts';
import { attachmentsResource, type AttachmentsResource } from './resources/attachments.ts';
import { eventsResource, type EventsResource } from './resources/events.ts';
import { hsCodesResource, type HsCodesResource } from './resources/hs-codes.ts';
import { importsResource, type ImportsResource } from './resources/imports.ts';
import { operatorResource, type OperatorResource } from './resources/operator.ts';
import { ticketsResource, type TicketsResource } from './resources/tickets.ts';
import { productsResource, type ProductsResource } from './resources/products.ts';
import { ordersResource, type OrdersResource } from './resources/orders.ts';
import { webhooksResource, type WebhooksResource } from './resources/webhooks.ts';

export interface WharfClient {
  readonly options: Readonly<WharfClientOptions>;
  readonly auth: AuthResource;
  readonly dev: DevResource;
  readonly enterprises: EnterprisesResource;
  readonly tickets: TicketsResource;
  readonly products: ProductsResource;
  readonly orders: OrdersResource;
  /** Saved senders and recipients, one default of each. */
  readonly addresses: AddressesResource;
  /** Batch uploads: templates, checked uploads, fixes in place, all-or-nothing commits. */
  readonly imports: ImportsResource;
  readonly attachments: AttachmentsResource;
  /** Live events of the enterprise, reconnecting by themselves. */
  readonly events: EventsResource;
  readonly webhooks: WebhooksResource;
  /** The HS-code catalogue products are declared against. */
  readonly hsCodes: HsCodesResource;
  /** The provider's own calls, for a client whose token is an operator token. */
  readonly operator: OperatorResource;
  /** For the host's server only, with an API key as the token. */
  readonly embed: EmbedResource;
  /** `GET /health`. */
  health(options?: RequestOptions): Promise<{ status: 'ok' }>;
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
    tickets: ticketsResource(send),
    products: productsResource(send),
    orders: ordersResource(send),
    addresses: addressesResource(send),
    imports: importsResource(send, options),
    attachments: attachmentsResource(send, options),
    events: eventsResource(options),
    webhooks: webhooksResource(send),
    hsCodes: hsCodesResource(send),
    operator: operatorResource(send, options),
    embed: embedResource(send),
    health: (options: RequestOptions = {}) => send<{ status: 'ok' }>('get', 'health', options),
    extend: (more) => createWharfClient({ ...options, ...more }),
  };
}
