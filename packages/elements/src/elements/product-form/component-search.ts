import { Task } from '@lit/task';
import type { ProductListItem } from '@wharf/domain';
import { isSku } from '@wharf/domain/products';
import type { WharfClient } from '@wharf/sdk';
import type { ReactiveControllerHost } from 'lit';
import { pause } from '../../internal/pause.ts';

const SEARCH_DEBOUNCE_MS = 250;

export interface ComponentSearchOptions {
  host: ReactiveControllerHost;
  client: () => WharfClient;
}

/** The enterprise's normal products found to add to a combo, by SKU or name, as the user types. */
export class ComponentSearch {
  query = '';
  /** What the live region says: the last product added or removed, until the next search. */
  note = '';
  readonly task: Task<readonly [string], { query: string; products: ProductListItem[] }>;
  readonly #host: ReactiveControllerHost;

  constructor({ host, client }: ComponentSearchOptions) {
    this.#host = host;
    this.task = new Task(host, {
      autoRun: false,
      task: async ([query]: readonly [string], { signal }) => {
        if (query) await pause(SEARCH_DEBOUNCE_MS, signal);
        const ask = (filter: { sku?: string; name?: string }) => client().products.list({ ...filter, type: 'normal', limit: 10 }, { signal });
        const pages = query ? await Promise.all([isSku(query) ? ask({ sku: query }) : undefined, ask({ name: query })]) : [await ask({})];
        const found = new Map<string, ProductListItem>();
        for (const page of pages) for (const item of page?.data ?? []) if (!found.has(item.sku)) found.set(item.sku, item);
        return { query, products: [...found.values()] };
      },
    });
  }

  search(query: string) {
    this.query = query;
    // The live region says what the search finds from now on, not the last product added or removed.
    this.note = '';
    this.#host.requestUpdate();
    void this.task.run([query.trim()]);
  }

  /** Runs the search typed so far again (the form was shown). */
  refresh() {
    void this.task.run([this.query.trim()]);
  }

  say(note: string) {
    this.note = note;
    this.#host.requestUpdate();
  }
}
