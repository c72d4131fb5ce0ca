import type {
  BulkEditOrdersRequest,
  BulkOrderResults,
  CreateOrderRequest,
  LogEntry,
  Order,
  OrderListItem,
  OrderOptions,
  OrderQuery,
  OrderSummary,
  OrderTracking,
  UpdateOrderRequest,
  WaybillTerms,
} from '@wharf/domain';
import type { OrderMove } from '@wharf/domain/orders';
import { ifMatch, type RequestOptions, type Transport, type VersionedOptions } from '../core/http.ts';
import type { Page } from '../core/page.ts';
import { searchParams } from '../core/search-params.ts';

/**
 * The enterprise's orders (API.md, Orders and addresses): consolidation and stock orders created as drafts, moved
 * by the customer (confirm, back to draft, submit with the PIN, delete) singly or in bulk, and by operators beyond;
 * the waybill terms each user accepts once per version; the options the order form offers. Paths take the number.
 */
export function ordersResource(send: Transport) {
  const at = (number: string, rest = '') => `v1/orders/${encodeURIComponent(number)}${rest}`;
  return {
    /** Filters as the list's query; `status: 'awaiting-pickup'` = submitted or cleared; `q` searches number, reference, recipient. */
    list: (query: OrderQuery = {}, options: RequestOptions = {}) => send<Page<OrderListItem>>('get', 'v1/orders', { ...options, searchParams: searchParams(query) }),
    /** Orders per state, and those awaiting pickup. */
    summary: (options: RequestOptions = {}) => send<OrderSummary>('get', 'v1/orders/summary', options),
    get: (number: string, options: RequestOptions = {}) => send<Order>('get', at(number), options),
    /** A draft; the same reference again is a ConflictError at `reference`, a broken rule a ValidationError at its field. */
    create: (body: CreateOrderRequest, options: RequestOptions = {}) => send<Order>('post', 'v1/orders', { json: body, ...options }),
    /**
     * Remarks and the appointment in any state; the other fields only in draft (ConflictError `order_not_editable`).
     * With `version` (the order's, as read), a change someone made since is not overwritten.
     */
    update: (number: string, body: UpdateOrderRequest, options: VersionedOptions = {}) => send<Order>('patch', at(number), { json: body, ...ifMatch(options) }),
    /** Remarks and the appointment of many orders at once: one result per number. */
    updateMany: (body: BulkEditOrdersRequest, options: RequestOptions = {}) => send<BulkOrderResults>('patch', 'v1/orders', { json: body, ...options }),
    /** Deletes a draft. */
    remove: (number: string, options: RequestOptions = {}) => send<void>('delete', at(number), options),
    /**
     * Confirms a draft: a ConflictError `terms_not_accepted` until the current terms are accepted; a stock order
     * short of stock is a ConflictError at each `items.N.quantity`.
     */
    confirm: (number: string, options: RequestOptions = {}) => send<Order>('post', at(number, '/confirm'), options),
    /** Sends a confirmed order back to draft (a stock order's reservation is released). */
    unconfirm: (number: string, options: RequestOptions = {}) => send<Order>('post', at(number, '/unconfirm'), options),
    /** Submits a confirmed order; `securityPin` when the enterprise has one (ValidationError at `securityPin` without it). */
    submit: (number: string, body: { securityPin?: string } = {}, options: RequestOptions = {}) => send<Order>('post', at(number, '/submit'), { json: body, ...options }),
    /** One move for many orders: each moves entirely or not at all; one result per number. */
    bulk: (action: OrderMove, body: { numbers: string[]; securityPin?: string }, options: RequestOptions = {}) =>
      send<BulkOrderResults>('post', `v1/orders/bulk/${action}`, { json: body, ...options }),
    /** Who changed what and when, newest first. */
    log: (number: string, query: { limit?: number; cursor?: string } = {}, options: RequestOptions = {}) =>
      send<Page<LogEntry>>('get', at(number, '/log'), { ...options, searchParams: searchParams(query) }),
    /** Created, confirmed, submitted, cleared, shipped (carrier, tracking number), signed, exceptions; oldest first. */
    tracking: (number: string, options: RequestOptions = {}) => send<OrderTracking>('get', at(number, '/tracking'), options),
    /** The order's waybill label, a 100 × 150 mm PDF with the number as Code 128. */
    label: (number: string, options: RequestOptions = {}) => send<Blob>('get', at(number, '/label.pdf'), { ...options, as: 'blob' }),
    /** Labels of up to 500 orders in one PDF, a page each in the order given. */
    labels: (numbers: string[], options: RequestOptions = {}) => send<Blob>('post', 'v1/orders/labels', { json: { numbers }, ...options, as: 'blob' }),
    /** Modes, states, and the active warehouses and shipping methods (fees, ID-number rule), in the client's language. */
    options: (options: RequestOptions = {}) => send<OrderOptions>('get', 'v1/orders/options', options),
    terms: {
      /** The current waybill terms with when the user accepted them (`acceptedAt: null` until then). */
      get: (options: RequestOptions = {}) => send<WaybillTerms>('get', 'v1/orders/terms', options),
      /** Accepts a version (the current one, else a ConflictError `terms_version_stale`); never asked again for it. */
      accept: (version: number, options: RequestOptions = {}) => send<WaybillTerms>('post', 'v1/orders/terms/acceptance', { json: { version }, ...options }),
    },
  };
}
export type OrdersResource = ReturnType<typeof ordersResource>;
