import { Task } from '@lit/task';
import type { ProductListItem } from '@wharf/domain';
import { isSku } from '@wharf/domain/products';
import type { WharfClient } from '@wharf/sdk';
import type { ReactiveControllerHost } from 'lit';
import { pause } from '../../internal/pause.ts';

const SEARCH_DEBOUNCE_MS = 250;
const RESULTS = 10;

/** A filed product found, with what the warehouse asked about has available (stock mode). */
export interface Pick {
  product: ProductListItem;
  available?: number | undefined;
}

export interface ProductPickerOptions {
  host: ReactiveControllerHost;
  client: () => WharfClient;
}

/** Available stock of `sku` in `warehouse`: what its inventory line says, 0 without one. */
export async function availableIn(client: WharfClient, sku: string, warehouse: string, signal?: AbortSignal): Promise<number> {
  const inventory = await client.products.inventory(sku, { signal });
  return inventory.data.find((line) => line.warehouse === warehouse)?.available ?? 0;
}

/**
 * The enterprise's filed products to put on an order (seed 002 选择产品), found by SKU or name as the user types,
 * each with the stock available in the chosen warehouse when the order is a stock order.
 */
export class ProductPicker {
  query = '';
  /** What the live region says: the last item added or removed, until the next search. */
  note = '';
  readonly task: Task<readonly [string, string], { query: string; picks: Pick[] }>;
  readonly #host: ReactiveControllerHost;

  constructor({ host, client }: ProductPickerOptions) {
    this.#host = host;
    this.task = new Task(host, {
      autoRun: false,
      task: async ([query, warehouse]: readonly [string, string], { signal }) => {
        if (query) await pause(SEARCH_DEBOUNCE_MS, signal);
        const api = client();
        const ask = (filter: { sku?: string; name?: string }) => api.products.list({ ...filter, status: 'filed', limit: RESULTS }, { signal });
        const pages = query ? await Promise.all([isSku(query) ? ask({ sku: query }) : undefined, ask({ name: query })]) : [await ask({})];
        const found = new Map<string, ProductListItem>();
        for (const page of pages) for (const item of page?.data ?? []) if (!found.has(item.sku)) found.set(item.sku, item);
        const products = [...found.values()].slice(0, RESULTS);
        const picks = await Promise.all(
          products.map(async (product) => ({ product, available: warehouse ? await availableIn(api, product.sku, warehouse, signal) : undefined })),
        );
        return { query, picks };
      },
    });
  }

  /** Searches for `query`; `warehouse` (stock mode) asks for the stock available there. */
  search(query: string, warehouse: string) {
    this.query = query;
    this.note = '';
    this.#host.requestUpdate();
    void this.task.run([query.trim(), warehouse]);
  }

  /** The same search again (the mode or warehouse changed). */
  refresh(warehouse: string) {
    void this.task.run([this.query.trim(), warehouse]);
  }

  say(note: string) {
    this.note = note;
    this.#host.requestUpdate();
  }
}
