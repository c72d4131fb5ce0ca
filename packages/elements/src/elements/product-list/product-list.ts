import { consume } from '@lit/context';
import type { Locale, Product, ProductOptions } from '@wharf/domain';
import { isLocale } from '@wharf/domain/locale';
import type { ProductType } from '@wharf/domain/rules';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sessionContext, type Session } from '../../internal/context.ts';
import { errorsFrom } from '../../internal/form-errors.ts';
import { formMessage } from '../../internal/templates.ts';
import { WharfElement } from '../../internal/wharf-element.ts';
import { formStyles } from '../../styles/form.styles.ts';
import { detailView } from './detail-view.ts';
import { deleteDialog, type Confirming } from './dialog.ts';
import { WharfProductCreateEvent, WharfProductDeletedEvent, WharfProductEditEvent, WharfProductOpenEvent, WharfProductSubmittedEvent } from './events.ts';
import { filtersForm } from './filters.ts';
import en from './i18n/en.ts';
import zhCN from './i18n/zh-CN.ts';
import zhHK from './i18n/zh-HK.ts';
import { ProductListing } from './listing.ts';
import { ProductDetailLoader } from './product-detail.ts';
import { productListStyles } from './product-list.styles.ts';
import { pager, productTable, type ProductActions } from './table.ts';
import type { ProductListTranslation } from './translation.ts';

export { WharfProductCreateEvent, WharfProductDeletedEvent, WharfProductEditEvent, WharfProductOpenEvent, WharfProductSubmittedEvent };
export type { ProductDetailTab } from './product-detail.ts';

const TRANSLATIONS: Record<Locale, ProductListTranslation> = { en, 'zh-CN': zhCN, 'zh-HK': zhHK };

/** The words of `<wharf-product-list>` in `locale`. */
export function productListText(locale: Locale): ProductListTranslation {
  return TRANSLATIONS[locale] ?? en;
}

/** What `<wharf-product-form>` (built apart, joined by tag name only) tells us when it saved. */
type ProductSavedEvent = Event & { product?: Product; submitted?: boolean; submitFailed?: boolean };

type Editing = { sku?: string; type: ProductType; from: 'list' | 'detail' };

/**
 * @tagname wharf-product-list
 * @summary The enterprise's products (PRODUCT §3.4, seed 002 产品列表): search by SKU, name, category, status and
 * created dates; a table paged by cursor; each product's detail with tabs for its details (HS code and declaration
 * elements by name, declared specification, combo components, customs' reason when rejected), log, inventory per
 * warehouse, orders and ASNs; editing, deleting with a confirmation, and sending for filing with customs.
 * Creating and editing hand over to `<wharf-product-form>` when the page registers it, unless the host takes the
 * cancelable `wharf-product-create` / `wharf-product-edit` events itself.
 *
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
 * @csspart input - Text and date inputs.
 * @csspart select - Category, status and page-size choices.
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
 *
 * @cssproperty --wharf-color-primary - Buttons, the selected tab, filing badges.
 * @cssproperty --wharf-color-primary-text - Text on primary buttons.
 * @cssproperty --wharf-color-danger - Errors, delete, rejected badges and customs' reason.
 * @cssproperty --wharf-color-success - Announcements, filed badges.
 * @cssproperty --wharf-color-text - Text.
 * @cssproperty --wharf-color-muted - Hints, counts, draft badges.
 * @cssproperty --wharf-color-border - Table rules, inputs, the dialog.
 * @cssproperty --wharf-color-surface - Backgrounds.
 * @cssproperty --wharf-color-focus - Focus rings.
 * @cssproperty --wharf-radius - Corner radius.
 * @cssproperty --wharf-space - Spacing.
 * @cssproperty --wharf-font-family - Font.
 * @cssproperty --wharf-font-size - Base font size.
 */
export class WharfProductList extends WharfElement {
  static override styles = [formStyles, productListStyles];

  /** The product whose detail is shown; none shows the list. */
  @property({ reflect: true }) sku?: string;
  /** Rows per page (the server's cursor pages): 20, 50 or 100. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: Session = { status: 'unknown' };

  @state() private options?: ProductOptions;
  /** What the last action said: an announcement, or what went wrong. */
  @state() private announcement?: { text: string; kind: 'success' | 'info' };
  @state() private actionError?: string;
  @state() private confirming?: Confirming;
  @state() private editing?: Editing;
  @state() private busy = false;

  @query('dialog') private dialog?: HTMLDialogElement;

  #activeFor?: string;
  #optionsFor?: string;
  /** Where focus goes back to once a dialog or the form closes (a selector: the list re-renders meanwhile). */
  #returnTo?: string;

  readonly #listing = new ProductListing({ host: this, client: () => this.client, t: () => this.t, pageSize: () => this.pageSize });
  readonly #detail = new ProductDetailLoader({
    host: this,
    client: () => this.client,
    t: () => this.t,
    loaded: (focus) => focus && this.#focus('#detail-heading'),
  });
  readonly #actions: ProductActions = {
    view: (sku) => this.#view(sku),
    edit: (item, from) => this.#edit(item, from),
    askRemove: (item, from, returnTo) => void this.#askRemove(item, from, returnTo),
    submit: (sku, from) => void this.#submit(sku, from),
  };

  private get text(): ProductListTranslation {
    return productListText(this.effectiveLocale);
  }

  /** Reloads the page shown (and the open product), e.g. after the host changed products itself. */
  async refresh() {
    const work: Promise<unknown>[] = [this.#listing.run()];
    if (this.sku) work.push(this.#detail.reload(this.sku));
    await Promise.all(work);
  }

  override async firstUpdated() {
    await new Promise((resolve) => setTimeout(resolve));
    // Without a provider the page's own cookie session is used.
    if (!this.providedClient && !this.#activeFor) this.#activate('cookie');
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('session' as keyof WharfProductList)) {
      const session = this.session;
      const enterprise = session.status === 'signed-in' ? session.enterprise : undefined;
      const key = session.status === 'signed-in' && enterprise && enterprise.role !== 'pending' ? `${session.user.id}:${enterprise.enterpriseId}` : undefined;
      if (key !== this.#activeFor && (key || this.providedClient)) {
        if (key) this.#activate(key);
        else this.#activeFor = undefined;
        return;
      }
    }
    if (!this.#activeFor) return;
    if (changed.has('sku')) this.#skuChanged();
    if (changed.has('pageSize') && changed.get('pageSize') !== undefined) void this.#listing.firstPage();
    if (this.#optionsFor !== this.effectiveLocale) void this.#loadOptions();
  }

  #activate(key: string) {
    this.#activeFor = key;
    this.#listing.restart();
    this.#detail.detail = undefined;
    this.editing = undefined;
    void this.#loadOptions();
    if (this.sku) void this.#detail.open(this.sku);
    else void this.#listing.run();
  }

  #skuChanged() {
    if (this.sku) {
      if (!this.#detail.shows(this.sku)) void this.#detail.open(this.sku);
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

  #say(text: string, kind: 'success' | 'info' = 'success') {
    this.announcement = { text, kind };
  }

  #quiet() {
    this.announcement = undefined;
    this.actionError = undefined;
  }

  // ── filters

  #search(event: Event) {
    event.preventDefault();
    if (!this.#listing.apply(this.text.datesReversed)) return this.#focus('#filter-to');
    this.#quiet();
  }

  #reset() {
    this.#listing.reset();
    this.#quiet();
  }

  // ── detail

  /** Opens a product's detail, as "View" does. */
  open(sku: string) {
    this.#detail.opening();
    if (this.sku === sku) void this.#detail.open(sku);
    else this.sku = sku;
  }

  #view(sku: string) {
    this.#quiet();
    this.#returnTo = `[data-action=view][data-sku="${sku}"]`;
    this.open(sku);
    this.emit(new WharfProductOpenEvent({ sku }));
  }

  #back() {
    this.sku = undefined;
    this.#detail.close();
    this.actionError = undefined;
    const returnTo = this.#returnTo;
    this.#returnTo = undefined;
    void this.updateComplete.then(() => {
      const target = (returnTo && this.renderRoot.querySelector<HTMLElement>(returnTo)) || this.renderRoot.querySelector<HTMLElement>('#products-title');
      target?.focus();
    });
  }

  async #more(tab: 'log' | 'orders' | 'asns') {
    if (this.busy) return;
    this.busy = true;
    try {
      await this.#detail.more(tab);
    } catch (error) {
      this.actionError = errorsFrom(error, this.t, []).form;
    } finally {
      this.busy = false;
    }
  }

  // ── creating and editing (handed to <wharf-product-form>)

  #create(type: ProductType) {
    if (!this.emit(new WharfProductCreateEvent({ type }))) return;
    this.#openForm({ type, from: this.sku ? 'detail' : 'list' }, `[data-action=new-${type}]`);
  }

  #edit(item: { sku: string; type: ProductType }, from: 'list' | 'detail') {
    if (!this.emit(new WharfProductEditEvent({ sku: item.sku }))) return;
    this.#openForm({ sku: item.sku, type: item.type, from }, from === 'detail' ? '[data-action=edit]' : `[data-action=edit][data-sku="${item.sku}"]`);
  }

  #openForm(editing: Editing, returnTo: string) {
    this.actionError = undefined;
    if (!customElements.get('wharf-product-form')) {
      this.#say(this.text.formUnavailable, 'info');
      return;
    }
    this.announcement = undefined;
    this.#returnTo = returnTo;
    this.editing = editing;
  }

  #onSaved(event: ProductSavedEvent) {
    // Saved, but customs refused to take it: the form stays, saying why; the list learns of the save.
    if (event.submitFailed) {
      void this.#listing.run();
      return;
    }
    const editing = this.editing;
    this.editing = undefined;
    const product = event.product;
    if (!product) {
      void this.#listing.run();
      return;
    }
    this.#say(event.submitted ? this.text.savedAndSubmitted(product.sku) : this.text.saved(product.sku));
    // A new product is the newest: it heads the first page.
    void (editing?.sku ? this.#listing.run() : this.#listing.firstPage());
    this.#returnTo = undefined;
    this.open(product.sku);
  }

  #onCancel() {
    this.editing = undefined;
    const returnTo = this.#returnTo;
    this.#returnTo = undefined;
    if (returnTo) this.#focus(returnTo);
  }

  // ── deleting

  async #askRemove(item: { sku: string; name: string }, from: 'list' | 'detail', returnTo: string) {
    if (this.busy) return;
    this.#quiet();
    this.#returnTo = returnTo;
    this.confirming = { sku: item.sku, name: item.name, from };
    await this.updateComplete;
    if (!this.dialog?.open) this.dialog?.showModal();
    this.renderRoot.querySelector<HTMLElement>('dialog [data-action=cancel]')?.focus();
  }

  #closeDialog() {
    this.confirming = undefined;
    if (this.dialog?.open) this.dialog.close();
  }

  /** Escape or Cancel: nothing happens, and focus goes back to the button that asked. */
  #cancelRemove() {
    if (!this.confirming) return;
    this.#closeDialog();
    if (this.#returnTo) this.#focus(this.#returnTo);
  }

  async #remove() {
    const confirming = this.confirming;
    if (!confirming || this.busy) return;
    const text = this.text;
    this.busy = true;
    try {
      await this.client.products.remove(confirming.sku);
      this.#closeDialog();
      this.#say(text.removed(confirming.sku));
      this.emit(new WharfProductDeletedEvent({ sku: confirming.sku }));
      if (this.sku) {
        this.sku = undefined;
        this.#detail.detail = undefined;
      }
      this.#returnTo = undefined;
      await this.#listing.run();
      this.#focus('#products-title');
    } catch (error) {
      this.#closeDialog();
      this.actionError = text.actionFailed(confirming.sku, errorsFrom(error, this.t, []).form ?? this.t.common.unexpected);
      if (this.#returnTo) this.#focus(this.#returnTo);
    } finally {
      this.busy = false;
    }
  }

  // ── filing

  async #submit(sku: string, from: 'list' | 'detail') {
    if (this.busy) return;
    const text = this.text;
    this.busy = true;
    this.#quiet();
    try {
      const product = await this.client.products.submit(sku);
      this.#say(text.submitted(product.sku));
      this.emit(new WharfProductSubmittedEvent({ product }));
      if (from === 'detail' && this.sku) {
        await this.#detail.reload(this.sku);
        this.#focus('#detail-heading');
        void this.#listing.run();
      } else {
        await this.#listing.run();
        this.#focus(`[data-action=view][data-sku="${product.sku}"]`);
      }
    } catch (error) {
      this.actionError = text.actionFailed(sku, errorsFrom(error, this.t, []).form ?? this.t.common.unexpected);
    } finally {
      this.busy = false;
    }
  }

  // ── rendering

  override render() {
    const text = this.text;
    const session = this.session;
    if (this.providedClient && !this.#activeFor) {
      if (session.status === 'signed-out') return formMessage(text.notSignedIn, 'info');
      if (session.status === 'signed-in') return formMessage(text.noEnterprise, 'info');
      return html`<p role="status">${text.loading}</p>`;
    }
    return html`
      <div role="status" part="message">${this.announcement ? html`<p class="message ${this.announcement.kind}">${this.announcement.text}</p>` : nothing}</div>
      ${formMessage(this.actionError)} ${this.editing ? this.#renderForm(this.editing) : this.sku ? this.#renderDetail(text, this.sku) : this.#renderList(text)}
      ${deleteDialog({
        text,
        confirming: this.confirming,
        busy: this.busy,
        confirm: () => void this.#remove(),
        cancel: () => this.#cancelRemove(),
        isOpen: () => Boolean(this.dialog?.open),
      })}
    `;
  }

  #renderForm(editing: Editing) {
    return html`<wharf-product-form
      sku=${ifDefined(editing.sku)}
      type=${editing.type}
      locale=${ifDefined(isLocale(this.locale) ? this.locale : undefined)}
      @wharf-product-saved=${(event: Event) => this.#onSaved(event as ProductSavedEvent)}
      @wharf-product-cancel=${() => this.#onCancel()}
    ></wharf-product-form>`;
  }

  #renderList(text: ProductListTranslation) {
    const locale = this.effectiveLocale;
    const listing = this.#listing;
    const page = listing.page;
    const pending = listing.pending;
    return html`<section aria-labelledby="products-title">
      <div class="head">
        <h2 id="products-title" tabindex="-1">${text.title}</h2>
        <div class="row">
          <button type="button" class="primary" data-action="new-normal" @click=${() => this.#create('normal')}>${text.newProduct}</button>
          <button type="button" class="secondary" data-action="new-combo" @click=${() => this.#create('combo')}>${text.newCombo}</button>
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
        ${page?.data.length ? productTable({ text, locale, options: this.options, busy: this.busy, actions: this.#actions }, page.data) : nothing}
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

  #renderDetail(text: ProductListTranslation, sku: string) {
    return detailView({
      text,
      locale: this.effectiveLocale,
      sku,
      loader: this.#detail,
      options: this.options,
      busy: this.busy,
      actions: this.#actions,
      back: () => this.#back(),
      more: (tab) => void this.#more(tab),
    });
  }
}
