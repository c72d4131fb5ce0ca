import type { CreateTicketRequest, ReopenRequest, ReplyRequest, Ticket, TicketListItem, TicketOptions, TicketQuery, TicketSummary } from '@wharf/domain';
import type { RequestOptions, Transport } from '../core/http.ts';
import { searchParams } from '../core/search-params.ts';
import type { Page } from '../core/page.ts';

/**
 * Support tickets of the enterprise the client acts in (API.md, Tickets): ask, follow, reply, reopen.
 * Attach files by uploading them first (`attachments.upload`) and passing their ids.
 */
export function ticketsResource(send: Transport) {
  const at = (number: string, rest = '') => `v1/tickets/${encodeURIComponent(number)}${rest}`;
  return {
    /** What the ask form offers: subscribed products, categories, attachment limits. */
    options: (options: RequestOptions = {}) => send<TicketOptions>('get', 'v1/tickets/options', options),
    /** Counts (open, completed, by category), recently completed, and the service expiry date. */
    summary: (options: RequestOptions = {}) => send<TicketSummary>('get', 'v1/tickets/summary', options),
    /** Newest first; `status: 'open'` (submitted, accepted, processing) or `'completed'`. */
    list: (query: TicketQuery = {}, options: RequestOptions = {}) =>
      send<Page<TicketListItem>>('get', 'v1/tickets', { ...options, searchParams: searchParams(query) }),
    get: (number: string, options: RequestOptions = {}) => send<Ticket>('get', at(number), options),
    /** Asks for help; answered with the ticket and its `OD` number. */
    create: (body: CreateTicketRequest, options: RequestOptions = {}) => send<Ticket>('post', 'v1/tickets', { json: body, ...options }),
    /** Adds to an open ticket (more detail, an answer to the agent's question). */
    reply: (number: string, body: ReplyRequest, options: RequestOptions = {}) =>
      send<Ticket>('post', at(number, '/replies'), { json: body, ...options }),
    /** Reopens a completed ticket within 7 days of completion, saying what is still wrong. */
    reopen: (number: string, body: ReopenRequest, options: RequestOptions = {}) =>
      send<Ticket>('post', at(number, '/reopen'), { json: body, ...options }),
  };
}
export type TicketsResource = ReturnType<typeof ticketsResource>;
