import { Task, TaskStatus } from '@lit/task';
import { skuKey } from '@wharf/domain/products';
import type { WharfClient } from '@wharf/sdk';
import type { ReactiveControllerHost } from 'lit';
import type { Translation } from '../../i18n/translation.ts';
import { errorsFrom } from '../../internal/form-errors.ts';
import type { ProductDetail } from './detail-tabs.ts';

/** The tabs of a product's detail (seed 002: 日志、库存、订单、ASN, after its details). */
export type ProductDetailTab = 'details' | 'log' | 'inventory' | 'orders' | 'asns';

const TAB_SIZE = 20;

/** SKUs compare as the server finds them (by `skuKey`). */
export const sameSku = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && skuKey(a) === skuKey(b);

export interface ProductDetailOptions {
  host: ReactiveControllerHost;
  client: () => WharfClient;
  t: () => Translation;
  /** The detail arrived: `focus` when it was opened by the user (the focus moves to its heading). */
  loaded: (focus: boolean) => void;
}

/** One product's detail, loaded with its tabs (log, inventory, orders, ASNs) when it opens; more of a tab on demand. */
export class ProductDetailLoader {
  detail?: ProductDetail;
  error?: string;
  tab: ProductDetailTab = 'details';
  readonly task: Task<[string], ProductDetail>;
  #focus = false;
  /** The SKU last asked for. */
  #asked?: string;
  readonly #options: ProductDetailOptions;

  constructor(options: ProductDetailOptions) {
    this.#options = options;
    this.task = new Task<[string], ProductDetail>(options.host, {
      autoRun: false,
      task: async ([sku], { signal }) => {
        const api = options.client();
        const product = await api.products.get(sku, { signal });
        const at = product.sku;
        const [hsCode, log, inventory, orders, asns] = await Promise.all([
          product.hsCode ? api.hsCodes.get(product.hsCode, { signal }).catch(() => null) : null,
          api.products.log(at, { limit: TAB_SIZE }, { signal }),
          api.products.inventory(at, { signal }).then((answer) => answer.data),
          api.products.orders(at, { limit: TAB_SIZE }, { signal }),
          api.products.asns(at, { limit: TAB_SIZE }, { signal }),
        ]);
        return { product, hsCode, log, inventory, orders, asns };
      },
      onComplete: (detail) => {
        this.detail = detail;
        this.error = undefined;
        const focus = this.#focus;
        this.#focus = false;
        // Rendered with the detail before the focus moves to it.
        options.host.requestUpdate();
        options.loaded(focus);
      },
      onError: (error) => {
        this.detail = undefined;
        this.error = errorsFrom(error, options.t(), []).form;
      },
    });
  }

  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** Whether the detail shown is `sku`'s. */
  shows(sku: string | undefined): boolean {
    return sameSku(this.detail?.product.sku, sku);
  }

  /** Whether `sku`'s detail is shown or on its way. */
  wants(sku: string | undefined): boolean {
    return this.shows(sku) || (this.pending && sameSku(this.#asked, sku));
  }

  /** Opens `sku`'s detail (on its first tab unless it is the one shown); the focus moves to it once loaded. */
  open(sku: string) {
    this.#focus = true;
    if (!this.shows(sku)) {
      this.detail = undefined;
      this.tab = 'details';
    }
    this.error = undefined;
    return this.reload(sku);
  }

  reload(sku: string) {
    this.#asked = sku;
    return this.task.run([sku]).catch(() => undefined);
  }

  /** On the first tab, the focus moving to it once loaded. */
  opening() {
    this.#focus = true;
    this.tab = 'details';
  }

  close() {
    this.detail = undefined;
    this.error = undefined;
    this.#options.host.requestUpdate();
  }

  select(tab: ProductDetailTab) {
    this.tab = tab;
    this.#options.host.requestUpdate();
  }

  /** The next page of a tab; an error is thrown. */
  async more(tab: 'log' | 'orders' | 'asns') {
    const detail = this.detail;
    const cursor = detail?.[tab].nextCursor;
    if (!detail || !cursor) return;
    const api = this.#options.client();
    const sku = detail.product.sku;
    const next = tab === 'log' ? await api.products.log(sku, { limit: TAB_SIZE, cursor }) : await api.products[tab](sku, { limit: TAB_SIZE, cursor });
    if (this.detail?.product.sku !== sku) return;
    this.detail = { ...this.detail, [tab]: { data: [...this.detail[tab].data, ...next.data], nextCursor: next.nextCursor } };
    this.#options.host.requestUpdate();
  }
}
