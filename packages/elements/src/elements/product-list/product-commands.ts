import type { Product } from '@wharf/domain';
import type { ProductType } from '@wharf/domain/products';
import type { WharfClient } from '@wharf/sdk';
import type { ReactiveControllerHost } from 'lit';
import { WharfProductCreateEvent } from '../../events/product-create.ts';
import { WharfProductDeletedEvent } from '../../events/product-deleted.ts';
import { WharfProductEditEvent } from '../../events/product-edit.ts';
import { WharfProductOpenEvent } from '../../events/product-open.ts';
import { WharfProductSubmittedEvent } from '../../events/product-submitted.ts';
import type { Translation } from '../../i18n/translation.ts';
import { errorsFrom } from '../../internal/form-errors.ts';
import type { Confirming } from './dialog.ts';
import type { ProductListing } from './listing.ts';
import type { ProductDetailLoader } from './product-detail.ts';
import type { ProductActions } from './table.ts';
import type { ProductListText } from './i18n/en.ts';

/** What `<wharf-product-form>` (built apart, joined by tag name only) tells us when it saved. */
export type ProductSavedEvent = Event & { product?: Product; submitted?: boolean; submitFailed?: boolean };

/** The form shown instead of the list: for a new product (no SKU) or one to edit. */
export type Editing = { sku?: string; type: ProductType; from: 'list' | 'detail' };

export interface ProductCommandsOptions {
  host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };
  client: () => WharfClient;
  t: () => Translation;
  text: () => ProductListText;
  listing: ProductListing;
  detail: ProductDetailLoader;
  /** The product whose detail is shown (the element's `sku`). */
  sku: { get: () => string | undefined; set: (sku: string | undefined) => void };
  /** Opens a product's detail, as "View" does. */
  open: (sku: string) => void;
  dialog: () => HTMLDialogElement | undefined;
}

/**
 * What the user does to products — view, create and edit (handed to `<wharf-product-form>`), delete once confirmed,
 * send for filing, more of a detail's tab — with what it announces, what went wrong, and where the focus goes back.
 */
export class ProductCommands implements ProductActions {
  /** An action under way (the buttons wait). */
  busy = false;
  announcement?: { text: string; kind: 'success' | 'info' };
  error?: string;
  confirming?: Confirming;
  editing?: Editing;

  /** Where focus goes back to once a dialog or the form closes (a selector: the list re-renders meanwhile). */
  #returnTo?: string;
  readonly #options: ProductCommandsOptions;

  constructor(options: ProductCommandsOptions) {
    this.#options = options;
  }

  #update() {
    this.#options.host.requestUpdate();
  }

  #focus(selector: string) {
    const { host } = this.#options;
    void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  #emit(event: Event): boolean {
    return this.#options.host.dispatchEvent(event);
  }

  say(text: string, kind: 'success' | 'info' = 'success') {
    this.announcement = { text, kind };
    this.#update();
  }

  /** Nothing announced, nothing wrong (a new search, another product). */
  quiet() {
    this.announcement = undefined;
    this.error = undefined;
    this.#update();
  }

  /** A new session: no form open. */
  restart() {
    this.editing = undefined;
  }

  #failed(sku: string, error: unknown) {
    const t = this.#options.t();
    this.error = this.#options.text().actionFailed(sku, errorsFrom(error, t, []).form ?? t.common.unexpected);
  }

  async #working(work: () => Promise<void>) {
    this.busy = true;
    this.#update();
    try {
      await work();
    } finally {
      this.busy = false;
      this.#update();
    }
  }

  // ── the detail

  readonly view = (sku: string) => {
    this.quiet();
    this.#returnTo = `[data-action=view][data-sku="${sku}"]`;
    this.#options.open(sku);
    this.#emit(new WharfProductOpenEvent({ sku }));
  };

  back() {
    this.#options.sku.set(undefined);
    this.#options.detail.close();
    this.error = undefined;
    const returnTo = this.#returnTo;
    this.#returnTo = undefined;
    const { host } = this.#options;
    void host.updateComplete.then(() => {
      const target = (returnTo && host.renderRoot.querySelector<HTMLElement>(returnTo)) || host.renderRoot.querySelector<HTMLElement>('#products-title');
      target?.focus();
    });
  }

  async more(tab: 'log' | 'orders' | 'asns') {
    if (this.busy) return;
    await this.#working(async () => {
      try {
        await this.#options.detail.more(tab);
      } catch (error) {
        this.error = errorsFrom(error, this.#options.t(), []).form;
      }
    });
  }

  // ── creating and editing (handed to <wharf-product-form>)

  create(type: ProductType) {
    if (!this.#emit(new WharfProductCreateEvent({ type }))) return;
    this.#openForm({ type, from: this.#options.sku.get() ? 'detail' : 'list' }, `[data-action=new-${type}]`);
  }

  readonly edit = (item: { sku: string; type: ProductType }, from: 'list' | 'detail') => {
    if (!this.#emit(new WharfProductEditEvent({ sku: item.sku }))) return;
    this.#openForm({ sku: item.sku, type: item.type, from }, from === 'detail' ? '[data-action=edit]' : `[data-action=edit][data-sku="${item.sku}"]`);
  };

  #openForm(editing: Editing, returnTo: string) {
    this.error = undefined;
    if (!customElements.get('wharf-product-form')) {
      this.say(this.#options.text().formUnavailable, 'info');
      return;
    }
    this.announcement = undefined;
    this.#returnTo = returnTo;
    this.editing = editing;
    this.#update();
  }

  saved(event: ProductSavedEvent) {
    const { listing, text } = this.#options;
    // Saved, but customs refused to take it: the form stays, saying why; the list learns of the save.
    if (event.submitFailed) {
      void listing.run();
      return;
    }
    const editing = this.editing;
    this.editing = undefined;
    const product = event.product;
    if (!product) {
      void listing.run();
      this.#update();
      return;
    }
    this.say(event.submitted ? text().savedAndSubmitted(product.sku) : text().saved(product.sku));
    // A new product is the newest: it heads the first page.
    void (editing?.sku ? listing.run() : listing.firstPage());
    this.#returnTo = undefined;
    this.#options.open(product.sku);
  }

  cancelled() {
    this.editing = undefined;
    this.#update();
    const returnTo = this.#returnTo;
    this.#returnTo = undefined;
    if (returnTo) this.#focus(returnTo);
  }

  // ── deleting

  readonly askRemove = async (item: { sku: string; name: string }, from: 'list' | 'detail', returnTo: string) => {
    if (this.busy) return;
    this.quiet();
    this.#returnTo = returnTo;
    this.confirming = { sku: item.sku, name: item.name, from };
    this.#update();
    const { host, dialog } = this.#options;
    await host.updateComplete;
    if (!dialog()?.open) dialog()?.showModal();
    host.renderRoot.querySelector<HTMLElement>('dialog [data-action=cancel]')?.focus();
  };

  #closeDialog() {
    this.confirming = undefined;
    this.#update();
    const dialog = this.#options.dialog();
    if (dialog?.open) dialog.close();
  }

  /** Escape or Cancel: nothing happens, and focus goes back to the button that asked. */
  cancelRemove() {
    if (!this.confirming) return;
    this.#closeDialog();
    if (this.#returnTo) this.#focus(this.#returnTo);
  }

  async remove() {
    const confirming = this.confirming;
    if (!confirming || this.busy) return;
    const { client, sku, detail, listing } = this.#options;
    await this.#working(async () => {
      try {
        await client().products.remove(confirming.sku);
        this.#closeDialog();
        this.say(this.#options.text().removed(confirming.sku));
        this.#emit(new WharfProductDeletedEvent({ sku: confirming.sku }));
        if (sku.get()) {
          sku.set(undefined);
          detail.detail = undefined;
        }
        this.#returnTo = undefined;
        await listing.run();
        this.#focus('#products-title');
      } catch (error) {
        this.#closeDialog();
        this.#failed(confirming.sku, error);
        if (this.#returnTo) this.#focus(this.#returnTo);
      }
    });
  }

  // ── filing

  readonly submit = async (sku: string, from: 'list' | 'detail') => {
    if (this.busy) return;
    this.quiet();
    const { client, detail, listing } = this.#options;
    await this.#working(async () => {
      try {
        const product = await client().products.submit(sku);
        this.say(this.#options.text().submitted(product.sku));
        this.#emit(new WharfProductSubmittedEvent({ product }));
        const shown = this.#options.sku.get();
        if (from === 'detail' && shown) {
          await detail.reload(shown);
          this.#focus('#detail-heading');
          void listing.run();
        } else {
          await listing.run();
          this.#focus(`[data-action=view][data-sku="${product.sku}"]`);
        }
      } catch (error) {
        this.#failed(sku, error);
      }
    });
  };
}
