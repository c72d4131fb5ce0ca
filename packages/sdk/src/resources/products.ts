import type { CreateProductRequest, LogEntry, OrderListItem, OrderQuery, Product, ProductInventory, ProductListItem, ProductOptions, ProductQuery, UpdateProductRequest } from '@wharf/domain';
import { ifMatch, type RequestOptions, type Transport, type VersionedOptions } from '../core/http.ts';
import { searchParams } from '../core/search-params.ts';
import type { Page } from '../core/page.ts';

/**
 * The enterprise's products (API.md, Products): normal products and combos, created as drafts, sent for filing
 * with customs once their HS code and declaration elements are complete. Paths take the SKU.
 */
export function productsResource(send: Transport) {
  const at = (sku: string, rest = '') => `v1/products/${encodeURIComponent(sku)}${rest}`;
  return {
    /** Newest first; `sku` is a prefix, `name` any part; `createdFrom`/`createdTo` days (inclusive) or instants. */
    list: (query: ProductQuery = {}, options: RequestOptions = {}) =>
      send<Page<ProductListItem>>('get', 'v1/products', { ...options, searchParams: searchParams(query) }),
    get: (sku: string, options: RequestOptions = {}) => send<Product>('get', at(sku), options),
    /** A draft; a taken SKU is a ConflictError at `sku`, a broken rule a ValidationError at its field. */
    create: (body: CreateProductRequest, options: RequestOptions = {}) => send<Product>('post', 'v1/products', { json: body, ...options }),
    /**
     * Changes a draft or rejected product (a rejected one returns to draft); `null` clears an optional field. With
     * `version` (the product's, as read), a change someone made since is not overwritten: a ConflictError at `version`.
     */
    update: (sku: string, body: UpdateProductRequest, options: VersionedOptions = {}) => send<Product>('patch', at(sku), { json: body, ...ifMatch(options) }),
    /** Deletes a draft or rejected product: it leaves the lists; its log stays. */
    remove: (sku: string, options: RequestOptions = {}) => send<void>('delete', at(sku), options),
    /** Sends a normal product for filing; it is locked until customs decides. */
    submit: (sku: string, options: RequestOptions = {}) => send<Product>('post', at(sku, '/submit'), options),
    /** Who did what to it, newest first. */
    log: (sku: string, query: { limit?: number; cursor?: string } = {}, options: RequestOptions = {}) =>
      send<Page<LogEntry>>('get', at(sku, '/log'), { ...options, searchParams: searchParams(query) }),
    /** Stock per warehouse (on hand, reserved, available) and the latest movements. */
    inventory: (sku: string, options: RequestOptions = {}) => send<ProductInventory>('get', at(sku, '/inventory'), options),
    /** Orders that carry the product, newest first (the order list's filters apply). */
    orders: (sku: string, query: OrderQuery = {}, options: RequestOptions = {}) =>
      send<Page<OrderListItem>>('get', at(sku, '/orders'), { ...options, searchParams: searchParams(query) }),
    /** ASNs that bring the product in, newest first. */
    asns: (sku: string, query: { limit?: number; cursor?: string } = {}, options: RequestOptions = {}) =>
      send<Page<{ number: string }>>('get', at(sku, '/asns'), { ...options, searchParams: searchParams(query) }),
    /** What product forms offer — categories, customs units, countries, currencies — named in the client's language. */
    options: (options: RequestOptions = {}) => send<ProductOptions>('get', 'v1/products/options', options),
  };
}
export type ProductsResource = ReturnType<typeof productsResource>;
