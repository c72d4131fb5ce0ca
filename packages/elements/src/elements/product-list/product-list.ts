import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { Product, ProductListItem, ProductOptions, ProductQuery } from '@wharf/domain';
import { isLocale } from '@wharf/domain/locale';
import { productMessagesFor } from '@wharf/domain/messages/products';
import { canSubmitForFiling, isEditable, lockedReason, PRODUCT_STATUSES, type ProductStatus, type ProductType } from '@wharf/domain/rules';
import type { Page, WharfClient } from '@wharf/sdk';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sessionContext, type Session } from '../../internal/context.ts';
import { errorsFrom } from '../../internal/form-errors.ts';
import { field, formMessage, selectField } from '../../internal/templates.ts';
import { tabs } from '../../controllers/tabs.ts';
import { WharfElement } from '../../internal/wharf-element.ts';
import { formStyles } from '../../styles/form.styles.ts';
import { formatDate, formatPrice } from './format.ts';
import { productListText, type ProductListText } from './i18n.ts';
import { productListStyles } from './product-list.styles.ts';
import { notSet, optionName, productFacts, productInventory, productLog, rejection, relatedList, statusBadge, type ProductDetail } from './views.ts';
import { WharfProductCreateEvent } from '../../events/product-create.ts';
import { WharfProductDeletedEvent } from '../../events/product-deleted.ts';
import { WharfProductEditEvent } from '../../events/product-edit.ts';
import { WharfProductOpenEvent } from '../../events/product-open.ts';
import { WharfProductSubmittedEvent } from '../../events/product-submitted.ts';

/** The tabs of a product's detail (seed 002: 日志、库存、订单、ASN, after its details). */
export type ProductDetailTab = 'details' | 'log' | 'inventory' | 'orders' | 'asns';

/** The search form's fields, as typed (empty = no filter). */
interface Filters {
  sku: string;
  name: string;
  category: string;
  status: '' | Exclude<ProductStatus, 'deleted'>;
  createdFrom: string;
  createdTo: string;
}
const NO_FILTERS: Filters = { sku: '', name: '', category: '', status: '', createdFrom: '', createdTo: '' };
const LISTED_STATUSES = PRODUCT_STATUSES.filter((status): status is Exclude<ProductStatus, 'deleted'> => status !== 'deleted');
const PAGE_SIZES = [20, 50, 100] as const;
const TAB_SIZE = 20;
/**
 * A picked day as the instants it spans in the user's own time zone (the server reads a bare `YYYY-MM-DD` as a UTC
 * day, which would shift the range by the user's offset — in Hong Kong, eight hours).
 */
const localDayStart = (day: string) => new Date(`${day}T00:00:00`).toISOString();
const localDayEnd = (day: string) => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(new Date(year, month - 1, date + 1).getTime() - 1).toISOString();
};
/** SKUs compare case-insensitively, as the server finds them. */
const sameSku = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.toUpperCase() === b.toUpperCase();

/** What `<wharf-product-form>` (built apart, joined by tag name only) tells us when it saved. */
type ProductSavedEvent = Event & { product?: Product; submitted?: boolean; submitFailed?: boolean };

type Editing = { sku?: string; type: ProductType; from: 'list' | 'detail' };
type Confirming = { sku: string; name: string; from: 'list' | 'detail' };

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

  @state() private filters: Filters = NO_FILTERS;
  @state() private applied: Filters = NO_FILTERS;
  @state() private filterErrors: Record<string, string> = {};
  @state() private page?: Page<ProductListItem>;
  @state() private pageIndex = 0;
  @state() private options?: ProductOptions;
  @state() private loadError?: string;
  @state() private announcement?: { text: string; kind: 'success' | 'info' };
  @state() private actionError?: string;
  @state() private detail?: ProductDetail;
  @state() private detailError?: string;
  @state() private detailTab: ProductDetailTab = 'details';
  @state() private confirming?: Confirming;
  @state() private editing?: Editing;
  @state() private busy = false;

  @query('dialog') private dialog?: HTMLDialogElement;

  /** The cursor of each page visited: [undefined (the first), page 2's, …], so Previous goes back exactly. */
  #cursors: (string | undefined)[] = [undefined];
  #activeFor?: string;
  #optionsFor?: string;
  #focusDetail = false;
  /** Where focus goes back to once a dialog or the form closes (a selector: the list re-renders meanwhile). */
  #returnTo?: string;

  readonly #list = new Task<[ProductQuery], Page<ProductListItem>>(this, {
    autoRun: false,
    task: ([query], { signal }) => this.api.products.list(query, { signal }),
    onComplete: (page) => {
      this.page = page;
      this.loadError = undefined;
      // A page emptied by a deletion: step back to the one before.
      if (!page.data.length && this.pageIndex > 0) {
        this.pageIndex--;
        void this.#runList();
      }
    },
    onError: (error) => (this.loadError = errorsFrom(error, this.t, []).form),
  });

  readonly #detailTask = new Task<[string], ProductDetail>(this, {
    autoRun: false,
    task: async ([sku], { signal }) => {
      const api = this.api;
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
      this.detailError = undefined;
      if (this.#focusDetail) {
        this.#focusDetail = false;
        this.#focus('#detail-heading');
      }
    },
    onError: (error) => {
      this.detail = undefined;
      this.detailError = errorsFrom(error, this.t, []).form;
    },
  });

  private get text(): ProductListText {
    return productListText(this.effectiveLocale);
  }

  /** The client (in this element's own `locale` when it has one: see WharfElement). */
  private get api(): WharfClient {
    return this.client;
  }

  /** Reloads the page shown (and the open product), e.g. after the host changed products itself. */
  async refresh() {
    const work: Promise<unknown>[] = [this.#runList()];
    if (this.sku) work.push(this.#detailTask.run([this.sku]));
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
    if (changed.has('pageSize') && changed.get('pageSize') !== undefined) this.#firstPage();
    if (this.#optionsFor !== this.effectiveLocale) void this.#loadOptions();
  }

  #activate(key: string) {
    this.#activeFor = key;
    this.#cursors = [undefined];
    this.pageIndex = 0;
    this.page = undefined;
    this.detail = undefined;
    this.editing = undefined;
    void this.#loadOptions();
    if (this.sku) void this.#openDetail(this.sku);
    else void this.#runList();
  }

  #skuChanged() {
    if (this.sku) {
      if (!sameSku(this.detail?.product.sku, this.sku)) void this.#openDetail(this.sku);
    } else {
      this.detail = undefined;
      this.detailError = undefined;
      if (!this.page && !this.#list.value) void this.#runList();
    }
  }

  async #loadOptions() {
    const locale = this.effectiveLocale;
    this.#optionsFor = locale;
    try {
      const options = await this.api.products.options();
      if (this.#optionsFor === locale) this.options = options;
    } catch {
      // Category names then show as their codes; the list itself still works.
    }
  }

  #query(): ProductQuery {
    const applied = this.applied;
    const size = Number.isInteger(this.pageSize) && this.pageSize > 0 ? Math.min(this.pageSize, 200) : 20;
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

  #runList() {
    return this.#list.run([this.#query()]).catch(() => undefined);
  }

  #firstPage() {
    this.#cursors = [undefined];
    this.pageIndex = 0;
    return this.#runList();
  }

  #focus(selector: string) {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  #say(text: string, kind: 'success' | 'info' = 'success') {
    this.announcement = { text, kind };
  }

  // ── filters and paging

  #search(event: Event) {
    event.preventDefault();
    const { createdFrom, createdTo } = this.filters;
    if (createdFrom && createdTo && createdFrom > createdTo) {
      this.filterErrors = { createdTo: this.text.datesReversed };
      this.#focus('#filter-to');
      return;
    }
    this.filterErrors = {};
    this.applied = { ...this.filters, sku: this.filters.sku.trim(), name: this.filters.name.trim() };
    this.announcement = undefined;
    this.actionError = undefined;
    void this.#firstPage();
  }

  #reset() {
    this.filters = NO_FILTERS;
    this.applied = NO_FILTERS;
    this.filterErrors = {};
    this.announcement = undefined;
    this.actionError = undefined;
    void this.#firstPage();
  }

  #next() {
    const cursor = this.page?.nextCursor;
    if (!cursor || this.#list.status === TaskStatus.PENDING) return;
    this.#cursors = [...this.#cursors.slice(0, this.pageIndex + 1), cursor];
    this.pageIndex++;
    void this.#runList();
  }

  #previous() {
    if (this.pageIndex === 0 || this.#list.status === TaskStatus.PENDING) return;
    this.pageIndex--;
    void this.#runList();
  }

  // ── detail

  /** Opens a product's detail, as "View" does. */
  open(sku: string) {
    this.#focusDetail = true;
    this.detailTab = 'details';
    if (this.sku === sku) void this.#openDetail(sku);
    else this.sku = sku;
  }

  #view(sku: string) {
    this.announcement = undefined;
    this.actionError = undefined;
    this.#returnTo = `[data-action=view][data-sku="${sku}"]`;
    this.open(sku);
    this.emit(new WharfProductOpenEvent({ sku }));
  }

  #openDetail(sku: string) {
    this.#focusDetail = true;
    if (!sameSku(this.detail?.product.sku, sku)) {
      this.detail = undefined;
      this.detailTab = 'details';
    }
    this.detailError = undefined;
    return this.#detailTask.run([sku]).catch(() => undefined);
  }

  #back() {
    this.sku = undefined;
    this.detail = undefined;
    this.detailError = undefined;
    this.actionError = undefined;
    const returnTo = this.#returnTo;
    this.#returnTo = undefined;
    void this.updateComplete.then(() => {
      const target = (returnTo && this.renderRoot.querySelector<HTMLElement>(returnTo)) || this.renderRoot.querySelector<HTMLElement>('#products-title');
      target?.focus();
    });
  }

  async #more(tab: 'log' | 'orders' | 'asns') {
    const detail = this.detail;
    const cursor = detail?.[tab].nextCursor;
    if (!detail || !cursor || this.busy) return;
    this.busy = true;
    try {
      const sku = detail.product.sku;
      const next = tab === 'log' ? await this.api.products.log(sku, { limit: TAB_SIZE, cursor }) : await this.api.products[tab](sku, { limit: TAB_SIZE, cursor });
      if (this.detail?.product.sku !== sku) return;
      this.detail = { ...this.detail, [tab]: { data: [...this.detail[tab].data, ...next.data], nextCursor: next.nextCursor } };
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
      void this.#runList();
      return;
    }
    const editing = this.editing;
    this.editing = undefined;
    const product = event.product;
    if (!product) {
      void this.#runList();
      return;
    }
    this.#say(event.submitted ? this.text.savedAndSubmitted(product.sku) : this.text.saved(product.sku));
    // A new product is the newest: it heads the first page.
    if (!editing?.sku) {
      this.#cursors = [undefined];
      this.pageIndex = 0;
    }
    void this.#runList();
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
    this.actionError = undefined;
    this.announcement = undefined;
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
      await this.api.products.remove(confirming.sku);
      this.#closeDialog();
      this.#say(text.removed(confirming.sku));
      this.emit(new WharfProductDeletedEvent({ sku: confirming.sku }));
      if (this.sku) {
        this.sku = undefined;
        this.detail = undefined;
      }
      this.#returnTo = undefined;
      await this.#runList();
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
    this.actionError = undefined;
    this.announcement = undefined;
    try {
      const product = await this.api.products.submit(sku);
      this.#say(text.submitted(product.sku));
      this.emit(new WharfProductSubmittedEvent({ product }));
      if (from === 'detail' && this.sku) {
        await this.#detailTask.run([this.sku]).catch(() => undefined);
        this.#focus('#detail-heading');
        void this.#runList();
      } else {
        await this.#runList();
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
      ${formMessage(this.actionError)}
      ${this.editing ? this.#renderForm(this.editing) : this.sku ? this.#renderDetail(text) : this.#renderList(text)}
      <dialog
        part="dialog"
        aria-labelledby=${ifDefined(this.confirming ? 'confirm-title' : undefined)}
        aria-describedby=${ifDefined(this.confirming ? 'confirm-text' : undefined)}
        @cancel=${() => this.#cancelRemove()}
        @close=${() => this.dialog?.open || this.#cancelRemove()}>
        ${this.confirming
          ? html`<h3 id="confirm-title">${text.confirmTitle}</h3>
              <p id="confirm-text">${text.confirmRemove(this.confirming.sku, this.confirming.name)}</p>
              <div class="row">
                <button type="button" class="danger" data-action="confirm" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => this.#remove()}>
                  ${this.busy ? text.working : text.remove}
                </button>
                <button type="button" class="secondary" data-action="cancel" @click=${() => this.#cancelRemove()}>${text.cancel}</button>
              </div>`
          : nothing}
      </dialog>
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

  #renderList(text: ProductListText) {
    const locale = this.effectiveLocale;
    const statuses = productMessagesFor(locale).labels.statuses;
    const filters = this.filters;
    const set = (change: Partial<Filters>) => (this.filters = { ...this.filters, ...change });
    const page = this.page;
    const pending = this.#list.status === TaskStatus.PENDING;
    const filtered = Object.values(this.applied).some(Boolean);
    return html`<section aria-labelledby="products-title">
      <div class="head">
        <h2 id="products-title" tabindex="-1">${text.title}</h2>
        <div class="row">
          <button type="button" class="primary" data-action="new-normal" @click=${() => this.#create('normal')}>${text.newProduct}</button>
          <button type="button" class="secondary" data-action="new-combo" @click=${() => this.#create('combo')}>${text.newCombo}</button>
        </div>
      </div>
      <form part="filters" role="search" aria-label=${text.filtersLabel} novalidate @submit=${(event: Event) => this.#search(event)}>
        ${field({ id: 'filter-sku', label: text.columns.sku, hint: text.skuHint, value: filters.sku, autocomplete: 'off', optional: true, onInput: (sku) => set({ sku }) })}
        ${field({ id: 'filter-name', label: text.columns.name, hint: text.nameHint, value: filters.name, autocomplete: 'off', optional: true, onInput: (name) => set({ name }) })}
        ${selectField({
          id: 'filter-category',
          label: text.columns.category,
          value: filters.category,
          placeholder: text.allCategories,
          optional: true,
          options: (this.options?.categories ?? []).map((category) => ({ value: category.code, label: category.name })),
          onChange: (category) => set({ category }),
        })}
        ${selectField({
          id: 'filter-status',
          label: text.columns.status,
          value: filters.status,
          placeholder: text.allStatuses,
          optional: true,
          options: LISTED_STATUSES.map((status) => ({ value: status, label: statuses[status] })),
          onChange: (status) => set({ status: status as Filters['status'] }),
        })}
        ${field({ id: 'filter-from', label: text.createdFrom, type: 'date', value: filters.createdFrom, autocomplete: 'off', optional: true, error: this.filterErrors.createdFrom, onInput: (createdFrom) => set({ createdFrom }) })}
        ${field({ id: 'filter-to', label: text.createdTo, type: 'date', value: filters.createdTo, min: filters.createdFrom || undefined, autocomplete: 'off', optional: true, error: this.filterErrors.createdTo, onInput: (createdTo) => set({ createdTo }) })}
        <div class="row">
          <button type="submit">${text.search}</button>
          <button type="button" class="secondary" data-action="reset" @click=${() => this.#reset()}>${text.reset}</button>
        </div>
      </form>
      ${this.loadError ? formMessage(this.loadError) : nothing}
      <div class="results" aria-busy=${pending ? 'true' : 'false'}>
        <div role="status" part="message" class="results-status">
          ${!page
            ? pending
              ? html`<p class="count">${text.loading}</p>`
              : nothing
            : page.data.length
              ? html`<p class="count">${text.results(page.data.length, this.pageIndex + 1, Boolean(page.nextCursor))}</p>`
              : html`<div class="empty"><p>${filtered ? text.emptyFiltered : text.empty}</p></div>`}
        </div>
        ${page?.data.length ? this.#table(text, page.data) : nothing}
      </div>
      ${page && (page.data.length || this.pageIndex > 0) ? this.#pager(text, page, pending) : nothing}
    </section>`;
  }

  #table(text: ProductListText, rows: readonly ProductListItem[]) {
    const locale = this.effectiveLocale;
    const c = text.columns;
    const types = productMessagesFor(locale).labels.types;
    const busy = this.busy ? 'true' : 'false';
    return html`<table part="table">
      <caption>${text.caption(rows.length)}</caption>
      <thead>
        <tr>
          <th scope="col">${c.sku}</th><th scope="col">${c.name}</th><th scope="col">${c.type}</th><th scope="col">${c.category}</th>
          <th scope="col">${c.hsCode}</th><th scope="col">${c.salePrice}</th><th scope="col">${c.status}</th><th scope="col">${c.created}</th>
          <th scope="col">${c.actions}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((item) => {
          const editable = isEditable(item.status);
          const returnTo = `[data-action=remove][data-sku="${item.sku}"]`;
          return html`<tr data-sku=${item.sku} data-status=${item.status}>
            <th scope="row">${item.sku}</th>
            <td>${item.name}</td>
            <td>${types[item.type]}</td>
            <td>${optionName(this.options?.categories, item.category) ?? notSet(text)}</td>
            <td>${item.hsCode ?? notSet(text)}</td>
            <td class="number">${item.salePrice === null ? notSet(text) : formatPrice(locale, item.salePrice, item.currency)}</td>
            <td>${statusBadge(locale, item.status)}</td>
            <td><time datetime=${item.createdAt}>${formatDate(locale, item.createdAt)}</time></td>
            <td>
              <div class="row">
                <button type="button" class="secondary" data-action="view" data-sku=${item.sku} aria-label=${text.viewLabel(item.sku)} @click=${() => this.#view(item.sku)}>${text.view}</button>
                ${editable
                  ? html`<button type="button" class="secondary" data-action="edit" data-sku=${item.sku} aria-label=${text.editLabel(item.sku)} @click=${() => this.#edit(item, 'list')}>${text.edit}</button>
                      <button type="button" class="danger" data-action="remove" data-sku=${item.sku} aria-label=${text.removeLabel(item.sku)} aria-disabled=${busy}
                        @click=${() => this.#askRemove(item, 'list', returnTo)}>${text.remove}</button>`
                  : nothing}
                ${canSubmitForFiling(item)
                  ? html`<button type="button" class="secondary" data-action="submit" data-sku=${item.sku} aria-label=${text.submitLabel(item.sku)} aria-disabled=${busy}
                      @click=${() => this.#submit(item.sku, 'list')}>${text.submit}</button>`
                  : nothing}
              </div>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  #pager(text: ProductListText, page: Page<ProductListItem>, pending: boolean) {
    const first = this.pageIndex === 0;
    const last = !page.nextCursor;
    const sizes: number[] = PAGE_SIZES.includes(this.pageSize as (typeof PAGE_SIZES)[number]) ? [...PAGE_SIZES] : [this.pageSize, ...PAGE_SIZES].sort((a, b) => a - b);
    return html`<nav part="pager" aria-label=${text.pagesLabel}>
      <button type="button" class="secondary" data-action="previous" aria-disabled=${first || pending ? 'true' : 'false'} @click=${() => this.#previous()}>${text.previous}</button>
      <span class="count" aria-current="page">${text.page(this.pageIndex + 1)}</span>
      <button type="button" class="secondary" data-action="next" aria-disabled=${last || pending ? 'true' : 'false'} @click=${() => this.#next()}>${text.next}</button>
      <label for="page-size">${text.perPage}</label>
      <select id="page-size" part="select" @change=${(event: Event) => (this.pageSize = Number((event.target as HTMLSelectElement).value))}>
        ${sizes.map((size) => html`<option value=${size} ?selected=${size === this.pageSize}>${size}</option>`)}
      </select>
    </nav>`;
  }

  #renderDetail(text: ProductListText) {
    const detail = this.detail;
    const back = html`<div><button type="button" class="link back" data-action="back" @click=${() => this.#back()}>${text.back}</button></div>`;
    if (!detail || !sameSku(detail.product.sku, this.sku)) {
      return html`<article part="detail" aria-labelledby="detail-heading">
        <div class="detail-head">${back}</div>
        ${this.detailError ? formMessage(this.detailError) : html`<p role="status">${text.loadingProduct}</p>`}
      </article>`;
    }
    const locale = this.effectiveLocale;
    const { product } = detail;
    const editable = isEditable(product.status);
    const locked = lockedReason(product.status);
    const busy = this.busy ? 'true' : 'false';
    return html`<article part="detail" aria-labelledby="detail-heading" aria-busy=${this.#detailTask.status === TaskStatus.PENDING ? 'true' : 'false'}>
      <div class="detail-head">
        ${back}
        <h2 id="detail-heading" tabindex="-1"><span>${product.sku}</span> <span>${product.name}</span> ${statusBadge(locale, product.status)}</h2>
        <div class="row" role="group" aria-label=${text.productActions} part="actions">
          ${editable
            ? html`<button type="button" class="secondary" data-action="edit" @click=${() => this.#edit(product, 'detail')}>${text.edit}</button>
                <button type="button" class="danger" data-action="remove" aria-disabled=${busy} @click=${() => this.#askRemove(product, 'detail', '[data-action=remove]')}>${text.remove}</button>`
            : nothing}
          ${canSubmitForFiling(product)
            ? html`<button type="button" class="primary" data-action="submit" aria-disabled=${busy} @click=${() => this.#submit(product.sku, 'detail')}>${text.submit}</button>`
            : nothing}
        </div>
        ${locked ? html`<p class="hint">${productMessagesFor(locale).field[locked]({})}</p>` : nothing}
      </div>
      ${rejection(text, product)}
      ${tabs<ProductDetailTab>({
        id: 'product',
        label: text.tabsLabel,
        tabs: (['details', 'log', 'inventory', 'orders', 'asns'] as const).map((key) => ({ key, label: text.tabs[key] })),
        selected: this.detailTab,
        select: (tab) => (this.detailTab = tab),
        panel: () => {
          switch (this.detailTab) {
            case 'log':
              return productLog(text, locale, detail.log, () => this.#more('log'), this.busy);
            case 'inventory':
              return productInventory(text, locale, detail.inventory);
            case 'orders':
              return relatedList(text.orders, detail.orders, () => this.#more('orders'), this.busy);
            case 'asns':
              return relatedList(text.asns, detail.asns, () => this.#more('asns'), this.busy);
            default:
              return productFacts(text, locale, detail, this.options);
          }
        },
      })}
    </article>`;
  }
}
