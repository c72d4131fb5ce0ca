import { TaskStatus } from '@lit/task';
import type { ProductOptions } from '@wharf/domain';
import { isLocale } from '@wharf/domain/common';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SessionTask } from '../../controllers/session-task.ts';
import { formMessage } from '../../internal/templates.ts';
import { catalogue } from '../../i18n/localize.ts';
import { WharfElement } from '../../internal/wharf-element.ts';
import { dialogStyles } from '../../styles/dialog.styles.ts';
import { formStyles } from '../../styles/form.styles.ts';
import { tableStyles } from '../../styles/table.styles.ts';
import { tabsStyles } from '../../styles/tabs.styles.ts';
import { detailView } from './detail-view.ts';
import { deleteDialog } from './dialog.ts';
import { filtersForm } from './filters.ts';
import { en, type ProductListText } from './i18n/en.ts';
import { zhCN } from './i18n/zh-CN.ts';
import { zhHK } from './i18n/zh-HK.ts';
import { ProductListing } from './listing.ts';
import { ProductCommands, type Editing, type ProductSavedEvent } from './product-commands.ts';
import { ProductDetailLoader } from './product-detail.ts';
import { productListStyles } from './product-list.styles.ts';
import { pager, productTable } from './table.ts';

export type { ProductDetailTab } from './product-detail.ts';

/** The words of `<wharf-product-list>` in a locale. */
export const productListText = catalogue<ProductListText>({ en, 'zh-CN': zhCN, 'zh-HK': zhHK });

/**
 * The enterprise's products (PRODUCT §3.4, seed 002 产品列表): search by SKU, name, category, status and
 * created dates; a table paged by cursor; each product's detail with tabs for its details (HS code and declaration
 * elements by name, declared specification, combo components, customs' reason when rejected), log, inventory per
 * warehouse, orders and ASNs; editing, deleting with a confirmation, and sending for filing with customs.
 * Creating and editing hand over to `<wharf-product-form>` when the page registers it, unless the host takes the
 * cancelable `wharf-product-create` / `wharf-product-edit` events itself.
 *
 * @tagname wharf-product-list
 * @attr sku - Opens this product's detail (it follows the product the user opens, and clears on "Back").
 * @attr page-size - Rows per page: 20 (default), 50 or 100; the user can change it under the table.
 *
 * @event wharf-product-create - "New product" / "New combo" (`productType`: `normal` or `combo`). Cancelable.
 * @event wharf-product-edit - "Edit" (`sku`). Cancelable.
 * @event wharf-product-deleted - A product was deleted after the user confirmed (`sku`).
 * @event wharf-product-submitted - A product was sent for filing (`product`, `sku`).
 * @event wharf-product-open - The user opened a product's detail (`sku`).
 *
 * @csspart filters - The search form.
 * @csspart field - Each filter's label, input and error.
 * @csspart label - Filter labels.
 * @csspart input - Text and date inputs.
 * @csspart select - Category, status and page-size choices.
 * @csspart error - The error under a filter.
 * @csspart table - The product table (also the detail's tables: `log`, `inventory`, `components`).
 * @csspart status - A product's status badge.
 * @csspart pager - Previous / Next and the page size.
 * @csspart message - Announcements (results, deleted, submitted) and errors.
 * @csspart dialog - The delete confirmation.
 * @csspart detail - A product's detail.
 * @csspart actions - The detail's edit, delete and submit buttons.
 * @csspart rejection - Customs' reason for a rejected product.
 * @csspart tabs - The detail's tab list.
 * @csspart panel - The selected tab's panel.
 * @csspart facts - The details tab's fields.
 * @csspart elements - The declaration elements, by name.
 * @csspart log - The log table.
 * @csspart inventory - The inventory table.
 * @csspart components - A combo's components.
 */
export class WharfProductList extends WharfElement {
  static override styles = [formStyles, tableStyles, dialogStyles, tabsStyles, productListStyles];

  /** The product whose detail is shown; none shows the list. */
  @property({ reflect: true }) sku?: string;
  /** Rows per page (the server's cursor pages): 20, 50 or 100. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  @state() private options?: ProductOptions;

  @query('dialog') private dialog?: HTMLDialogElement;

  #optionsFor?: string;

  /**
   * Whom the list is for — a member of an enterprise (not one waiting to be let in), or without a provider the
   * page's own cookie session: each new one starts the list (or the product asked for) afresh, with the options.
   */
  readonly #access = new SessionTask(this, {
    client: () => this.client,
    sessionKey: ({ user, enterprise }) => (enterprise && enterprise.role !== 'pending' ? `${user.id}:${enterprise.enterpriseId}` : undefined),
    load: (client, signal) => {
      this.#start();
      this.#optionsFor = this.effectiveLocale;
      return client.products.options({ signal });
    },
    onComplete: (options) => (this.options = options),
    // Category names then show as their codes; the list itself still works.
    onError: () => undefined,
  });

  readonly #listing = new ProductListing({ host: this, client: () => this.client, t: () => this.t, pageSize: () => this.pageSize });
  readonly #detail = new ProductDetailLoader({
    host: this,
    client: () => this.client,
    t: () => this.t,
    loaded: (focus) => focus && this.#focus('#detail-heading'),
  });
  readonly #commands = new ProductCommands({
    host: this,
    client: () => this.client,
    t: () => this.t,
    text: () => this.text,
    listing: this.#listing,
    detail: this.#detail,
    sku: { get: () => this.sku, set: (sku) => (this.sku = sku) },
    open: (sku) => this.open(sku),
    dialog: () => this.dialog,
  });

  private get text(): ProductListText {
    return productListText(this.effectiveLocale);
  }

  /** Reloads the page shown (and the open product), e.g. after the host changed products itself. */
  async refresh() {
    const work: Promise<unknown>[] = [this.#listing.run()];
    if (this.sku) work.push(this.#detail.reload(this.sku));
    await Promise.all(work);
  }

  /** Whether the list is for someone (see #access); before that, the element says why it shows nothing. */
  get #active(): boolean {
    return this.#access.status !== TaskStatus.INITIAL;
  }

  protected override updated(changed: PropertyValues<this>) {
    if (!this.#active) return;
    if (changed.has('sku')) this.#skuChanged();
    if (changed.has('pageSize') && changed.get('pageSize') !== undefined) void this.#listing.firstPage();
    if (this.#optionsFor !== this.effectiveLocale) void this.#loadOptions();
  }

  #start() {
    this.#listing.restart();
    this.#detail.detail = undefined;
    this.#commands.restart();
    if (this.sku) void this.#detail.open(this.sku);
    else void this.#listing.run();
  }

  #skuChanged() {
    if (this.sku) {
      if (!this.#detail.wants(this.sku)) void this.#detail.open(this.sku);
    } else {
      this.#detail.close();
      if (!this.#listing.page && !this.#listing.task.value) void this.#listing.run();
    }
  }

  async #loadOptions() {
    const locale = this.effectiveLocale;
    this.#optionsFor = locale;
    try {
      const options = await this.client.products.options();
      if (this.#optionsFor === locale) this.options = options;
    } catch {
      // Category names then show as their codes; the list itself still works.
    }
  }

  #focus(selector: string) {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  // ── filters

  #search(event: Event) {
    event.preventDefault();
    if (!this.#listing.apply(this.text.datesReversed)) return this.#focus('#filter-to');
    this.#commands.quiet();
  }

  #reset() {
    this.#listing.reset();
    this.#commands.quiet();
  }

  // ── detail

  /** Opens a product's detail, as "View" does. */
  open(sku: string) {
    this.#detail.opening();
    if (this.sku === sku) void this.#detail.open(sku);
    else this.sku = sku;
  }

  // ── rendering

  override render() {
    const text = this.text;
    const session = this.#access.session;
    if (session && !this.#active) {
      if (session.status === 'signed-out') return formMessage(text.notSignedIn, 'info');
      if (session.status === 'signed-in') return formMessage(text.noEnterprise, 'info');
      return html`<p role="status">${text.loading}</p>`;
    }
    const commands = this.#commands;
    const announcement = commands.announcement;
    return html`
      <div role="status" part="message">${announcement ? html`<p class="message ${announcement.kind}">${announcement.text}</p>` : nothing}</div>
      ${formMessage(commands.error)} ${commands.editing ? this.#renderForm(commands.editing) : this.sku ? this.#renderDetail(text, this.sku) : this.#renderList(text)}
      ${deleteDialog({
        text,
        confirming: commands.confirming,
        busy: commands.busy,
        confirm: () => void commands.remove(),
        cancel: () => commands.cancelRemove(),
        isOpen: () => Boolean(this.dialog?.open),
      })}
    `;
  }

  #renderForm(editing: Editing) {
    return html`<wharf-product-form
      sku=${ifDefined(editing.sku)}
      type=${editing.type}
      locale=${ifDefined(isLocale(this.locale) ? this.locale : undefined)}
      @wharf-product-saved=${(event: Event) => this.#commands.saved(event as ProductSavedEvent)}
      @wharf-product-cancel=${() => this.#commands.cancelled()}
    ></wharf-product-form>`;
  }

  #renderList(text: ProductListText) {
    const locale = this.effectiveLocale;
    const listing = this.#listing;
    const page = listing.page;
    const pending = listing.pending;
    return html`<section aria-labelledby="products-title">
      <div class="head">
        <h2 id="products-title" tabindex="-1">${text.title}</h2>
        <div class="row">
          <button type="button" class="primary" data-action="new-normal" @click=${() => this.#commands.create('normal')}>${text.newProduct}</button>
          <button type="button" class="secondary" data-action="new-combo" @click=${() => this.#commands.create('combo')}>${text.newCombo}</button>
        </div>
      </div>
      ${filtersForm({ text, locale, listing, options: this.options, search: (event) => this.#search(event), reset: () => this.#reset() })}
      ${listing.error ? formMessage(listing.error) : nothing}
      <div class="results" aria-busy=${pending ? 'true' : 'false'}>
        <div role="status" part="message" class="results-status">
          ${!page
            ? pending
              ? html`<p class="count">${text.loading}</p>`
              : nothing
            : page.data.length
              ? html`<p class="count">${text.results(page.data.length, listing.pageIndex + 1, Boolean(page.nextCursor))}</p>`
              : html`<div class="empty"><p>${listing.filtered ? text.emptyFiltered : text.empty}</p></div>`}
        </div>
        ${page?.data.length ? productTable({ text, locale, options: this.options, busy: this.#commands.busy, actions: this.#commands }, page.data) : nothing}
      </div>
      ${page && (page.data.length || listing.pageIndex > 0)
        ? pager({
            text,
            page,
            pageIndex: listing.pageIndex,
            pageSize: this.pageSize,
            pending,
            previous: () => listing.previous(),
            next: () => listing.next(),
            setPageSize: (size) => (this.pageSize = size),
          })
        : nothing}
    </section>`;
  }

  #renderDetail(text: ProductListText, sku: string) {
    return detailView({
      text,
      locale: this.effectiveLocale,
      sku,
      loader: this.#detail,
      options: this.options,
      busy: this.#commands.busy,
      actions: this.#commands,
      back: () => this.#commands.back(),
      more: (tab) => void this.#commands.more(tab),
    });
  }
}
