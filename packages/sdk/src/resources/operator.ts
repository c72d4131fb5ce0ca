import type { AcceptRequest, FilingDecision, OperatorTicketQuery, Product, ProductListItem, RecordRequest, Ticket, TicketListItem } from '@wharf/domain';
import type { RequestOptions, Transport, WharfClientOptions } from '../core/http.ts';
import { searchParams } from '../core/search-params.ts';
import { attachmentsResource } from './attachments.ts';
import type { Page } from '../core/page.ts';
import { eventsResource } from './events.ts';
import { operatorOrdersResource } from './operator-orders.ts';

/**
 * The provider's side, for a client whose token is an operator token (`wop_…`): the agents' ticket desk, their
 * uploads, and every enterprise's live events.
 */
export function operatorResource(send: Transport, client: WharfClientOptions) {
  const at = (number: string, rest = '') => `v1/operator/tickets/${encodeURIComponent(number)}${rest}`;
  const filed = (enterpriseId: string, sku: string, rest = '') => `v1/operator/products/${encodeURIComponent(enterpriseId)}/${encodeURIComponent(sku)}${rest}`;
  return {
    tickets: {
      /** The queue: open tickets oldest first by default; each with the enterprise that asked. */
      list: (query: OperatorTicketQuery = {}, options: RequestOptions = {}) =>
        send<Page<TicketListItem>>('get', 'v1/operator/tickets', { ...options, searchParams: searchParams(query) }),
      get: (number: string, options: RequestOptions = {}) => send<Ticket>('get', at(number), options),
      /** Takes a submitted ticket, with a note to the customer and the date it should be handled by. */
      accept: (number: string, body: AcceptRequest, options: RequestOptions = {}) =>
        send<Ticket>('post', at(number, '/accept'), { json: body, ...options }),
      /** Records work done; `result: 'resolved'` completes the ticket. */
      addRecord: (number: string, body: RecordRequest, options: RequestOptions = {}) =>
        send<Ticket>('post', at(number, '/records'), { json: body, ...options }),
    },
    products: {
      /** Products waiting for a filing decision, oldest first, each with its enterprise. */
      filingQueue: (query: { limit?: number; cursor?: string } = {}, options: RequestOptions = {}) =>
        send<Page<ProductListItem & { enterprise: { id: string; name: string; accountNumber: string } }>>('get', 'v1/operator/products', { ...options, searchParams: searchParams(query) }),
      get: (enterpriseId: string, sku: string, options: RequestOptions = {}) =>
        send<Product>('get', filed(enterpriseId, sku), options),
      /** Approved → filed; refused → rejected with the reason, which the customer sees. */
      decideFiling: (enterpriseId: string, sku: string, body: FilingDecision, options: RequestOptions = {}) =>
        send<Product>('post', filed(enterpriseId, sku, '/filing'), { json: body, ...options }),
    },
    ...operatorOrdersResource(send),
    attachments: attachmentsResource(send, client, 'v1/operator/attachments'),
    events: eventsResource(client, 'v1/operator/events'),
  };
}
export type OperatorResource = ReturnType<typeof operatorResource>;
