import { Task, TaskStatus } from '@lit/task';
import type { ProductListItem, ProductQuery } from '@wharf/domain';
import type { ProductStatus } from '@wharf/domain/products';
import type { Page, WharfClient } from '@wharf/sdk';
import type { ReactiveControllerHost } from 'lit';
import type { Translation } from '../../i18n/translation.ts';
import { errorsFrom } from '../../internal/form-errors.ts';

/** The search form's fields, as typed (empty = no filter). */
export interface Filters {
  sku: string;
  name: string;
  category: string;
  status: '' | Exclude<ProductStatus, 'deleted'>;
  createdFrom: string;
  createdTo: string;
}
const NO_FILTERS: Filters = { sku: '', name: '', category: '', status: '', createdFrom: '', createdTo: '' };

/**
 * A picked day as the instants it spans in the user's own time zone (the server reads a bare `YYYY-MM-DD` as a UTC
 * day, which would shift the range by the user's offset — in Hong Kong, eight hours).
 */
const localDayStart = (day: string) => new Date(`${day}T00:00:00`).toISOString();
const localDayEnd = (day: string) => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(new Date(year, month - 1, date + 1).getTime() - 1).toISOString();
};

export interface ProductListingOptions {
  host: ReactiveControllerHost;
  client: () => WharfClient;
  t: () => Translation;
  /** Rows per page, as the element's `page-size` says. */
  pageSize: () => number;
}

/** The list: the filters typed and applied, the page shown and the cursors of the pages visited. */
export class ProductListing {
  filters: Filters = NO_FILTERS;
  applied: Filters = NO_FILTERS;
  filterErrors: Record<string, string> = {};
  page?: Page<ProductListItem>;
  pageIndex = 0;
  error?: string;
  readonly task: Task<[ProductQuery], Page<ProductListItem>>;

  /** The cursor of each page visited: [undefined (the first), page 2's, …], so Previous goes back exactly. */
  #cursors: (string | undefined)[] = [undefined];
  readonly #options: ProductListingOptions;

  constructor(options: ProductListingOptions) {
    this.#options = options;
    this.task = new Task<[ProductQuery], Page<ProductListItem>>(options.host, {
      autoRun: false,
      task: ([query], { signal }) => options.client().products.list(query, { signal }),
      onComplete: (page) => {
        this.page = page;
        this.error = undefined;
        // A page emptied by a deletion: step back to the one before.
        if (!page.data.length && this.pageIndex > 0) {
          this.pageIndex--;
          void this.run();
        }
      },
      onError: (error) => (this.error = errorsFrom(error, options.t(), []).form),
    });
  }

  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** Whether any filter is applied. */
  get filtered(): boolean {
    return Object.values(this.applied).some(Boolean);
  }

  #query(): ProductQuery {
    const applied = this.applied;
    const pageSize = this.#options.pageSize();
    const size = Number.isInteger(pageSize) && pageSize > 0 ? Math.min(pageSize, 200) : 20;
    return {
      limit: size,
      cursor: this.#cursors[this.pageIndex],
      sku: applied.sku.trim() || undefined,
      name: applied.name.trim() || undefined,
      category: applied.category || undefined,
      status: applied.status || undefined,
      createdFrom: applied.createdFrom ? localDayStart(applied.createdFrom) : undefined,
      createdTo: applied.createdTo ? localDayEnd(applied.createdTo) : undefined,
    };
  }

  /** Loads the page shown again. */
  run() {
    return this.task.run([this.#query()]).catch(() => undefined);
  }

  /** Back to the first page, forgetting the page shown (another session). */
  restart() {
    this.#cursors = [undefined];
    this.pageIndex = 0;
    this.page = undefined;
  }

  firstPage() {
    this.#cursors = [undefined];
    this.pageIndex = 0;
    return this.run();
  }

  set(change: Partial<Filters>) {
    this.filters = { ...this.filters, ...change };
    this.#options.host.requestUpdate();
  }

  /** Applies the filters typed; false (with the error at the field) when the dates are the wrong way round. */
  apply(datesReversed: string): boolean {
    const { createdFrom, createdTo } = this.filters;
    if (createdFrom && createdTo && createdFrom > createdTo) {
      this.filterErrors = { createdTo: datesReversed };
      this.#options.host.requestUpdate();
      return false;
    }
    this.filterErrors = {};
    this.applied = { ...this.filters, sku: this.filters.sku.trim(), name: this.filters.name.trim() };
    void this.firstPage();
    return true;
  }

  reset() {
    this.filters = NO_FILTERS;
    this.applied = NO_FILTERS;
    this.filterErrors = {};
    void this.firstPage();
  }

  next() {
    const cursor = this.page?.nextCursor;
    if (!cursor || this.pending) return;
    this.#cursors = [...this.#cursors.slice(0, this.pageIndex + 1), cursor];
    this.pageIndex++;
    void this.run();
  }

  previous() {
    if (this.pageIndex === 0 || this.pending) return;
    this.pageIndex--;
    void this.run();
  }
}
