import type { RequestOptions } from './http.ts';

/** One page of a list: its items and the cursor of the page after it (`null` on the last). */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** A list call: a query (which may carry a `cursor`) and request options in, one page out. */
export type ListCall<P extends Page<unknown>, Q extends object> = (query: Q, options?: RequestOptions) => Promise<P>;

/**
 * Every page of a list in turn, from the query's cursor (or the start) to the last page, asking for the next one
 * only when the loop wants it: `break` stops the calls, and so does aborting `options.signal`. One function for
 * every list of the client (list methods need no `this`); bind the leading arguments of lists that take some. A
 * page that never pages does not carry it.
 *
 * @example
 * for await (const page of paginate(wharf.products.list, { status: 'draft' })) show(page.data);
 * for await (const page of paginate((query, options) => wharf.products.log(sku, query, options))) show(page.data);
 */
export async function* paginate<P extends Page<unknown>, Q extends object>(
  list: ListCall<P, Q>,
  query: Q = {} as Q,
  options: RequestOptions = {},
): AsyncGenerator<P, void, undefined> {
  let cursor = (query as { cursor?: string }).cursor;
  do {
    const page = await list({ ...query, cursor }, options);
    yield page;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
