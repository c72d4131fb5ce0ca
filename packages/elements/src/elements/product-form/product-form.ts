import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { HsCode, HsCodeElement, Locale, Product, ProductListItem, ProductOptions } from '@wharf/domain';
import type { MessageParams } from '@wharf/domain/messages';
import { accountFieldMessage } from '@wharf/domain/messages/account';
import { productMessagesFor } from '@wharf/domain/messages/products';
import { referenceMessagesFor } from '@wharf/domain/messages/reference';
import {
  BRAND_TYPE_CHOICES,
  DECLARATION_POLICY,
  PREFERENTIAL_STATUS_CHOICES,
  PRODUCT_POLICY,
  checkDeclarationElements,
  checkPrices,
  declaredSpecification,
  isGtin,
  isSku,
  lockedReason,
  readPrice,
  type ProductType,
} from '@wharf/domain/rules';
import type { CreateProductRequest, UpdateProductRequest } from '@wharf/sdk';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { sessionContext, type Session } from '../../internal/context.ts';
import { errorsFrom, NO_ERRORS, type FormErrors } from '../../internal/form-errors.ts';
import { formMessage } from '../../internal/templates.ts';
import { WharfElement } from '../../internal/wharf-element.ts';
import { formStyles } from '../../styles/form.styles.ts';
import '../hs-code-picker/define.ts';
import type { WharfHsCodePicker } from '../hs-code-picker/hs-code-picker.ts';
import { input, select } from './fields.ts';
import { productFormText, type ProductFormText } from './i18n.ts';
import { productFormStyles } from './product-form.styles.ts';
import { WharfProductCancelEvent } from '../../events/product-cancel.ts';
import { WharfProductSavedEvent } from '../../events/product-saved.ts';


const FIELDS = ['sku', 'name', 'category', 'brand', 'model', 'unit', 'originCountry', 'barcode', 'grossWeight', 'netWeight', 'purchasePrice', 'salePrice'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
const REQUIRED: Record<ProductType, readonly Field[]> = {
  normal: ['sku', 'name', 'category', 'unit', 'originCountry', 'purchasePrice', 'salePrice'],
  combo: ['sku', 'name'],
};
const emptyValues = (): Values => Object.fromEntries(FIELDS.map((name) => [name, ''])) as Values;

interface Component {
  sku: string;
  name: string;
  quantity: string;
}

type Intent = 'draft' | 'submit';
type Notice = { kind: 'success' | 'info'; text: string };

/** A weight as typed: kilograms, a positive decimal. */
const WEIGHT = /^(\d+(\.\d*)?|\.\d+)$/;
const SEARCH_DEBOUNCE_MS = 250;

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

type Catalogue = Record<string, (params: MessageParams) => string>;

/**
 * A rule's message in the user's language — the same text `productFieldMessage` gives for these codes (products,
 * declaration elements, then the general ones such as `required`) — without carrying the ticket and enterprise
 * catalogues `productFieldMessage` falls back to for codes a product form never meets.
 */
function ruleMessage(locale: Locale, code: string, params: MessageParams): string {
  for (const catalogue of [productMessagesFor(locale).field, referenceMessagesFor(locale).field] as Catalogue[]) {
    if (Object.hasOwn(catalogue, code)) return catalogue[code]!(params);
  }
  return accountFieldMessage(locale, code, params);
}

/** Answers moved from one HS code's elements to another's: an element keeps its answer where the new code has one of the same name. */
function carryAnswers(from: HsCode | undefined, to: HsCode, answers: Record<string, string>): Record<string, string> {
  const carried: Record<string, string> = {};
  for (const element of to.elements) {
    const before = from ? from.elements.find((old) => old.name === element.name) : element;
    const answer = before ? answers[String(before.index)] : undefined;
    if (answer) carried[String(element.index)] = answer;
  }
  return carried;
}

/** The answers to send: the code's elements only, trimmed, unanswered ones left out. */
function answersFor(hsCode: HsCode, answers: Record<string, string>): Record<string, string> {
  const sent: Record<string, string> = {};
  for (const element of hsCode.elements) {
    const answer = (answers[String(element.index)] ?? '').trim();
    if (answer) sent[String(element.index)] = answer;
  }
  return sent;
}

/**
 * @tagname wharf-product-form
 * @summary Creates or edits a product (PRODUCT §3.1–3.3, seed 002 产品新增 / 组合产品新增). A normal product has its
 * basic information, weights and prices — the sale price never below the purchase price on the VAT invoice,
 * checked as you type — and its customs data: the HS code and that code's declaration elements (申报要素), with
 * a live preview of the declared specification (规格型号). A combo binds two or more of the enterprise's normal
 * products with quantities. Saved as a draft, or saved and sent to customs for filing. A rejected product shows
 * customs' reason; a product with customs or filed is shown read-only.
 *
 * @event wharf-product-saved - The product was saved (`product`), and sent for filing when `submitted`.
 * @event wharf-product-cancel - The user pressed Cancel.
 *
 * @csspart form - The form.
 * @csspart section - Each group of fields (basic information, weights and prices, customs, products of a combo).
 * @csspart field - Each label, input and error group.
 * @csspart label - Labels.
 * @csspart input - Text inputs.
 * @csspart select - Drop-downs.
 * @csspart suffix - The currency or unit after an input.
 * @csspart error - The error under a field.
 * @csspart hs-code-picker - The `<wharf-hs-code-picker>` (style its own parts with `::part()` inside it).
 * @csspart elements - The declaration elements.
 * @csspart specification - The declared specification preview.
 * @csspart components - The table of a combo's products.
 * @csspart product-results - The products found to add to a combo.
 * @csspart rejection - Customs' reason for sending the product back.
 * @csspart details - The read-only details of a product with customs or filed.
 * @csspart status - The product's status.
 * @csspart message - Form messages.
 * @csspart save-draft - The “Save draft” button.
 * @csspart submit - The “Save and submit for filing” button.
 * @csspart cancel - The “Cancel” button.
 *
 * @cssproperty --wharf-color-primary - Buttons and the active option.
 * @cssproperty --wharf-color-danger - Errors and customs' reason.
 * @cssproperty --wharf-color-border - Borders.
 * @cssproperty --wharf-color-surface - Backgrounds.
 * @cssproperty --wharf-radius - Corner radius.
 * @cssproperty --wharf-space - Spacing.
 */
export class WharfProductForm extends WharfElement {
  static override styles = [formStyles, productFormStyles];

  /** The SKU of the product to edit; without it the form creates one. */
  @property({ reflect: true }) sku?: string;
  /** What to create: `normal` (default) or `combo`. When editing, the product's own type wins. */
  @property({ reflect: true }) type: ProductType = 'normal';

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: Session = { status: 'unknown' };

  @state() private product?: Product;
  @state() private options?: ProductOptions;
  @state() private currency?: string;
  @state() private loadError?: string;
  @state() private loaded = false;
  @state() private values: Values = emptyValues();
  @state() private answers: Record<string, string> = {};
  @state() private hsCode?: HsCode;
  @state() private components: Component[] = [];
  @state() private touched: ReadonlySet<string> = new Set();
  @state() private attempted?: Intent;
  @state() private errors: FormErrors = NO_ERRORS;
  @state() private busy?: Intent;
  @state() private notice?: Notice;
  @state() private productQuery = '';
  @state() private componentsNote = '';

  /** The HS code the answers' indexes belong to (kept when the code is cleared, so choosing again carries them). */
  #answersCode?: HsCode;
  /** The product's HS code when the catalogue could not give it back: saved as it is unless the user picks another. */
  #keptHsCode?: string;
  #standalone = false;
  #loadedFor?: string;
  #optionsFor?: string;
  #loads = 0;

  #productSearch = new Task(this, {
    autoRun: false,
    task: async ([query]: readonly [string], { signal }) => {
      if (query) await pause(SEARCH_DEBOUNCE_MS, signal);
      const ask = (filter: { sku?: string; name?: string }) => this.client.products.list({ ...filter, type: 'normal', limit: 10 }, { signal });
      const pages = query ? await Promise.all([isSku(query) ? ask({ sku: query }) : undefined, ask({ name: query })]) : [await ask({})];
      const found = new Map<string, ProductListItem>();
      for (const page of pages) for (const item of page?.data ?? []) if (!found.has(item.sku)) found.set(item.sku, item);
      return { query, products: [...found.values()] };
    },
  });

  private get text(): ProductFormText {
    return productFormText(this.effectiveLocale);
  }

  /** What the form edits or creates: the product's own type when editing. */
  get productType(): ProductType {
    return this.product?.type ?? (this.type === 'combo' ? 'combo' : 'normal');
  }

  override async firstUpdated() {
    // Without a provider there is no session to wait for: use the page's own cookie (see <wharf-enterprise-profile>).
    await new Promise((resolve) => setTimeout(resolve));
    if (!this.providedClient) {
      this.#standalone = true;
      this.requestUpdate();
    }
  }

  protected override updated(changed: PropertyValues) {
    const session = this.session;
    const who = session.status === 'signed-in' ? `${session.user.id}:${session.enterprise?.enterpriseId ?? ''}` : this.#standalone ? 'page' : undefined;
    if (!who) return;
    const key = `${who}|${this.sku ?? ''}`;
    if (key !== this.#loadedFor) {
      this.#loadedFor = key;
      void this.load();
    } else if (this.#optionsFor && this.#optionsFor !== this.effectiveLocale) {
      // Category, unit and country names come in the client's language.
      void this.#loadOptions();
    }
    if (changed.has('loaded') && this.loaded && this.productType === 'combo' && this.#editable) void this.#productSearch.run([this.productQuery.trim()]);
  }

  /** Loads what the form offers (categories, units, countries) and the product being edited, or the trading currency for a new one. */
  async load() {
    const attempt = ++this.#loads;
    this.loadError = undefined;
    this.loaded = false;
    try {
      const locale = this.effectiveLocale;
      const [options, product, enterprise] = await Promise.all([
        this.client.products.options(),
        this.sku ? this.client.products.get(this.sku) : undefined,
        this.sku ? undefined : this.client.enterprises.get('current').catch(() => undefined),
      ]);
      // A code the catalogue cannot give back now (the network, or a code no longer in it) stays the product's:
      // the form says so and leaves the code and its answers as they are when it saves.
      let unreadable: string | undefined;
      const hsCode = product?.hsCode
        ? await this.client.hsCodes.get(product.hsCode).catch(() => {
            unreadable = product.hsCode!;
            return undefined;
          })
        : undefined;
      if (attempt !== this.#loads) return;
      this.options = options;
      this.#optionsFor = locale;
      this.currency = product?.currency ?? enterprise?.tradingCurrency ?? undefined;
      this.notice = unreadable ? { kind: 'info', text: this.text.hsCodeUnavailable(unreadable) } : undefined;
      this.#show(product, hsCode);
      this.#keptHsCode = unreadable;
      this.loaded = true;
    } catch (error) {
      if (attempt !== this.#loads) return;
      this.product = undefined;
      this.loadError = errorsFrom(error, this.t, []).form;
    }
  }

  async #loadOptions() {
    const locale = this.effectiveLocale;
    this.#optionsFor = locale;
    try {
      this.options = await this.client.products.options();
    } catch {
      // The names stay in the previous language.
    }
  }

  #show(product: Product | undefined, hsCode: HsCode | undefined) {
    this.product = product;
    const values = emptyValues();
    if (product) {
      for (const name of FIELDS) {
        const value = product[name];
        values[name] = value === null || value === undefined ? '' : String(value);
      }
    }
    this.values = values;
    this.answers = { ...(product?.declarationElements ?? {}) };
    this.hsCode = hsCode;
    this.#answersCode = hsCode;
    this.components = (product?.components ?? []).map((component) => ({ sku: component.sku, name: component.name, quantity: String(component.quantity) }));
    this.touched = new Set();
    this.attempted = undefined;
    this.errors = NO_ERRORS;
  }

  get #editable(): boolean {
    return !this.product || !lockedReason(this.product.status);
  }

  // ── checks, in the browser, with the server's own rules and messages ─────────────────────────────────────

  #message(code: string, params: Record<string, unknown> = {}) {
    return ruleMessage(this.effectiveLocale, code, params as MessageParams);
  }

  /** Every problem the browser can see, by field path. `intent` adds what sending for filing needs. */
  #problems(intent?: Intent): Record<string, string> {
    const text = this.text;
    const v = this.values;
    const type = this.productType;
    const problems: Record<string, string> = {};
    for (const name of REQUIRED[type]) if (!v[name].trim()) problems[name] = this.#message('required');
    if (!this.product && v.sku.trim() && !isSku(v.sku.trim())) problems.sku = this.#message('sku_format');

    const prices: Partial<Record<'purchasePrice' | 'salePrice', string>> = {};
    for (const name of type === 'normal' ? (['purchasePrice', 'salePrice'] as const) : (['salePrice'] as const)) {
      if (!v[name].trim()) continue;
      const read = readPrice(v[name]);
      if (read.ok) prices[name] = read.price;
      else problems[name] = this.#message(read.code, { max: PRODUCT_POLICY.priceMax, min: 0 });
    }

    if (type === 'normal') {
      if (v.barcode.trim() && !isGtin(v.barcode.trim())) problems.barcode = this.#message('gtin');
      const weights: Partial<Record<'grossWeight' | 'netWeight', number>> = {};
      for (const name of ['grossWeight', 'netWeight'] as const) {
        const typed = v[name].trim();
        if (!typed) continue;
        if (WEIGHT.test(typed) && Number(typed) > 0) weights[name] = Number(typed);
        else problems[name] = text.weightFormat;
      }
      if (weights.grossWeight !== undefined && weights.netWeight !== undefined && weights.netWeight > weights.grossWeight) {
        problems.netWeight = this.#message('net_above_gross', { max: weights.grossWeight });
      }
      if (prices.purchasePrice && prices.salePrice && checkPrices(prices.purchasePrice, prices.salePrice)) {
        problems.salePrice = this.#message('sale_below_purchase', { min: prices.purchasePrice });
      }
      if (this.hsCode) {
        for (const problem of checkDeclarationElements(this.hsCode, answersFor(this.hsCode, this.answers))) {
          problems[problem.path] ??= this.#message(problem.code, problem.params);
        }
      } else if (intent === 'submit') {
        problems.hsCode = this.#message('hs_code_required');
      }
    } else {
      if (this.components.length < PRODUCT_POLICY.comboMinComponents) problems.components = this.#message('combo_too_few', { min: PRODUCT_POLICY.comboMinComponents });
      this.components.forEach((component, index) => {
        const quantity = component.quantity.trim();
        const path = `components.${index}.quantity`;
        if (!/^\d+$/.test(quantity) || Number(quantity) < 1) problems[path] = this.#message('number_too_small', { min: 1 });
        else if (Number(quantity) > PRODUCT_POLICY.componentMaxQuantity) problems[path] = this.#message('number_too_large', { max: PRODUCT_POLICY.componentMaxQuantity });
      });
    }
    return problems;
  }

  /** The error shown at `path`: the server's, else the browser's once the field was typed in (or a save tried). */
  #errorAt(path: string, problems: Record<string, string>): string | undefined {
    const server = this.errors.fields[path];
    if (server) return server;
    const problem = problems[path];
    if (!problem) return undefined;
    if (this.attempted || this.touched.has(path)) return problem;
    // A rule between two fields shows as soon as either was typed in.
    if (path === 'salePrice' && this.touched.has('purchasePrice')) return problem;
    if (path === 'netWeight' && this.touched.has('grossWeight')) return problem;
    if (path === 'declarationElements') return problem;
    return undefined;
  }

  #touch(...paths: string[]) {
    const touched = new Set(this.touched);
    for (const path of paths) touched.add(path);
    this.touched = touched;
    const fields = { ...this.errors.fields };
    let cleared = false;
    for (const path of [...paths, ...(paths.includes('purchasePrice') ? ['salePrice'] : []), ...(paths.includes('grossWeight') ? ['netWeight'] : [])]) {
      if (fields[path]) {
        delete fields[path];
        cleared = true;
      }
    }
    if (cleared) this.errors = { ...this.errors, fields };
    this.notice = undefined;
  }

  #set(name: Field, value: string) {
    this.values = { ...this.values, [name]: value };
    this.#touch(name);
  }

  #setAnswer(element: HsCodeElement, value: string) {
    this.answers = { ...this.answers, [String(element.index)]: value };
    this.#touch(`declarationElements.${element.index}`, 'declarationElements');
  }

  #onHsCodeChange(event: Event) {
    // The picker's `change` is the form's business, not the page's.
    event.stopPropagation();
    const next = (event.target as WharfHsCodePicker).hsCode;
    if (next) {
      this.answers = carryAnswers(this.#answersCode, next, this.answers);
      this.#answersCode = next;
    }
    this.hsCode = next;
    // Chosen or cleared by the user: what the form shows is what it saves.
    this.#keptHsCode = undefined;
    const fields = Object.fromEntries(Object.entries(this.errors.fields).filter(([path]) => path !== 'hsCode' && !path.startsWith('declarationElements')));
    this.errors = { ...this.errors, fields };
    this.#touch('hsCode');
  }

  // ── saving ──────────────────────────────────────────────────────────────────────────────────────────────

  #knownFields(): string[] {
    const elements = this.hsCode?.elements.map((element) => `declarationElements.${element.index}`) ?? [];
    const components = this.components.flatMap((_, index) => [`components.${index}.sku`, `components.${index}.quantity`]);
    return [...FIELDS, 'hsCode', 'declarationElements', ...elements, 'components', ...components];
  }

  #price(value: string): string | undefined {
    const read = value.trim() ? readPrice(value) : undefined;
    return read?.ok ? read.price : undefined;
  }

  #weight(value: string): number | undefined {
    return value.trim() ? Number(value.trim()) : undefined;
  }

  #createBody(): CreateProductRequest {
    const v = this.values;
    const optional = (value: string) => value.trim() || undefined;
    if (this.productType === 'combo') {
      return {
        type: 'combo',
        sku: v.sku.trim(),
        name: v.name.trim(),
        category: optional(v.category),
        salePrice: this.#price(v.salePrice),
        components: this.components.map((component) => ({ sku: component.sku, quantity: Number(component.quantity) })),
      };
    }
    return {
      type: 'normal',
      sku: v.sku.trim(),
      name: v.name.trim(),
      category: v.category,
      brand: optional(v.brand),
      model: optional(v.model),
      unit: v.unit,
      originCountry: v.originCountry,
      barcode: optional(v.barcode),
      grossWeight: this.#weight(v.grossWeight),
      netWeight: this.#weight(v.netWeight),
      purchasePrice: this.#price(v.purchasePrice)!,
      salePrice: this.#price(v.salePrice)!,
      hsCode: this.hsCode?.code,
      declarationElements: this.hsCode ? answersFor(this.hsCode, this.answers) : undefined,
    };
  }

  #updateBody(): UpdateProductRequest {
    const v = this.values;
    const orNull = (value: string) => value.trim() || null;
    if (this.productType === 'combo') {
      return {
        name: v.name.trim(),
        ...(v.category ? { category: v.category } : {}),
        salePrice: this.#price(v.salePrice) ?? null,
        components: this.components.map((component) => ({ sku: component.sku, quantity: Number(component.quantity) })),
      };
    }
    return {
      name: v.name.trim(),
      category: v.category,
      brand: orNull(v.brand),
      model: orNull(v.model),
      unit: v.unit,
      originCountry: v.originCountry,
      barcode: orNull(v.barcode),
      grossWeight: this.#weight(v.grossWeight) ?? null,
      netWeight: this.#weight(v.netWeight) ?? null,
      purchasePrice: this.#price(v.purchasePrice)!,
      salePrice: this.#price(v.salePrice)!,
      ...(this.#keptHsCode ? {} : { hsCode: this.hsCode?.code ?? null, declarationElements: this.hsCode ? answersFor(this.hsCode, this.answers) : null }),
    };
  }

  async #submit(event: SubmitEvent) {
    event.preventDefault();
    if (this.busy) return;
    const intent: Intent = (event.submitter as HTMLButtonElement | null)?.value === 'submit' && this.productType === 'normal' ? 'submit' : 'draft';
    const text = this.text;
    this.attempted = intent;
    this.notice = undefined;
    this.errors = NO_ERRORS;
    if (Object.keys(this.#problems(intent)).length) return this.#focusInvalid();
    this.busy = intent;
    let saved: Product | undefined;
    try {
      // With the version read: someone else's change since is refused (409 at `version`), not overwritten.
      saved = this.product
        ? await this.client.products.update(this.product.sku, this.#updateBody(), { version: this.product.version })
        : await this.client.products.create(this.#createBody());
      // From now on the form edits the saved product (a second save changes it rather than creating another).
      this.#loadedFor = this.#loadedFor?.replace(/\|.*$/, `|${saved.sku}`);
      this.sku = saved.sku;
      const product = intent === 'submit' ? await this.client.products.submit(saved.sku) : saved;
      this.#show(product, this.hsCode);
      this.notice = { kind: 'success', text: intent === 'submit' ? text.submitted : text.savedDraft };
      this.emit(new WharfProductSavedEvent({ product, submitted: intent === 'submit' }));
      // Sent for filing, the form becomes the read-only details: the focus moves to them rather than being lost.
      if (!this.#editable) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#details-title')?.focus());
    } catch (error) {
      const errors = errorsFrom(error, this.t, this.#knownFields());
      if (saved) {
        // Saved, but customs was not asked: the fields say why.
        this.#show(saved, this.hsCode);
        this.attempted = intent;
        this.emit(new WharfProductSavedEvent({ product: saved, submitted: false, submitFailed: true }));
        errors.form = [text.savedNotSubmitted, errors.form].filter(Boolean).join(' ');
      }
      this.errors = errors;
      void this.#focusInvalid();
    } finally {
      this.busy = undefined;
    }
  }

  async #focusInvalid() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"], wharf-hs-code-picker[data-invalid]')?.focus();
  }

  #cancel() {
    this.emit(new WharfProductCancelEvent());
  }

  // ── combos: products to add ────────────────────────────────────────────────────────────────────────────

  #searchProducts(query: string) {
    this.productQuery = query;
    // The live region says what the search finds from now on, not the last product added or removed.
    this.componentsNote = '';
    void this.#productSearch.run([query.trim()]);
  }

  #addComponent(item: ProductListItem) {
    if (this.components.some((component) => component.sku === item.sku)) return;
    this.components = [...this.components, { sku: item.sku, name: item.name, quantity: '1' }];
    this.componentsNote = this.text.componentAdded(item.sku, this.components.length);
    this.#touch('components');
  }

  #removeComponent(index: number) {
    const removed = this.components[index];
    this.components = this.components.filter((_, at) => at !== index);
    // Errors at rows after it would now point at the wrong row.
    this.errors = { ...this.errors, fields: Object.fromEntries(Object.entries(this.errors.fields).filter(([path]) => !path.startsWith('components'))) };
    this.componentsNote = removed ? this.text.componentRemoved(removed.sku, this.components.length) : '';
    this.#touch('components');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#productSearch')?.focus());
  }

  #setQuantity(index: number, quantity: string) {
    this.components = this.components.map((component, at) => (at === index ? { ...component, quantity } : component));
    this.#touch(`components.${index}.quantity`, `components.${index}.sku`);
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────────────────────

  override render() {
    const text = this.text;
    if (this.loadError) return html`<div class="panel">${formMessage(this.loadError)}</div>`;
    if (!this.loaded || !this.options) return html`<p role="status">${text.loading}</p>`;
    const product = this.product;
    if (product && !this.#editable) return this.#details(product, text);
    const type = this.productType;
    const problems = this.#problems(this.attempted);
    const error = (path: string) => this.#errorAt(path, problems);
    const title = product ? text.titleEdit(product.sku) : type === 'combo' ? text.titleNewCombo : text.titleNew;
    return html`<form part="form" novalidate @submit=${this.#submit}>
      <header>
        <h2>${title}</h2>
        ${product ? this.#status(product) : nothing}
      </header>
      ${product?.status === 'rejected' ? this.#rejection(product, text) : nothing}
      <p class="hint">${type === 'combo' ? text.comboIntro(PRODUCT_POLICY.comboMinComponents) : text.intro}</p>
      ${type === 'combo' ? this.#comboFields(text, error) : this.#normalFields(text, error)}
      ${this.notice ? formMessage(this.notice.text, this.notice.kind) : formMessage(this.errors.form)}
      <div class="row actions">
        <button type="submit" name="intent" value="draft" part="save-draft" class="draft" ?disabled=${Boolean(this.busy)}>
          ${this.busy === 'draft' ? this.t.common.working : text.saveDraft}
        </button>
        ${type === 'normal'
          ? html`<button type="submit" name="intent" value="submit" part="submit" ?disabled=${Boolean(this.busy)}>
              ${this.busy === 'submit' ? this.t.common.working : text.saveAndSubmit}
            </button>`
          : nothing}
        <button type="button" class="secondary" part="cancel" @click=${this.#cancel}>${text.cancel}</button>
      </div>
    </form>`;
  }

  #status(product: Product) {
    const label = productMessagesFor(this.effectiveLocale).labels.statuses[product.status];
    return html`<p class="status" part="status" data-status=${product.status}>${this.text.status}: <strong>${label}</strong></p>`;
  }

  #rejection(product: Product, text: ProductFormText) {
    return html`<section class="rejection" part="rejection" aria-labelledby="rejection-title">
      <h3 id="rejection-title">${text.rejectedTitle}</h3>
      <p class="reason">${product.rejectionReason ?? ''}</p>
      <p class="hint">${text.rejectedNote}</p>
    </section>`;
  }

  #choices(list: readonly { code: string; name: string }[], withCode = false) {
    return list.map((option) => ({ value: option.code, label: withCode ? `${option.code} ${option.name}` : option.name }));
  }

  #normalFields(text: ProductFormText, error: (path: string) => string | undefined) {
    const v = this.values;
    const options = this.options!;
    const editing = Boolean(this.product);
    const currency = this.currency;
    return html`
      <fieldset part="section">
        <legend>${text.basic}</legend>
        <p class="hint">${text.requiredNote}</p>
        <div class="grid">
          ${this.#identityFields(text, error)}
          ${select({
            id: 'category',
            label: text.category,
            value: v.category,
            required: true,
            placeholder: text.choose,
            options: this.#choices(options.categories),
            error: error('category'),
            onChange: (value) => this.#set('category', value),
          })}
          ${input({ id: 'brand', label: text.brand, value: v.brand, maxlength: 100, error: error('brand'), onInput: (value) => this.#set('brand', value) })}
          ${input({ id: 'model', label: text.model, value: v.model, maxlength: 200, error: error('model'), onInput: (value) => this.#set('model', value) })}
          ${select({
            id: 'unit',
            label: text.unit,
            value: v.unit,
            required: true,
            placeholder: text.choose,
            hint: text.unitHint,
            options: this.#choices(options.units, true),
            error: error('unit'),
            onChange: (value) => this.#set('unit', value),
          })}
          ${select({
            id: 'originCountry',
            label: text.originCountry,
            value: v.originCountry,
            required: true,
            placeholder: text.choose,
            options: this.#choices(options.countries),
            error: error('originCountry'),
            onChange: (value) => this.#set('originCountry', value),
          })}
          ${input({
            id: 'barcode',
            label: text.barcode,
            value: v.barcode,
            inputmode: 'numeric',
            maxlength: 14,
            hint: text.barcodeHint,
            error: error('barcode'),
            onInput: (value) => this.#set('barcode', value),
          })}
        </div>
      </fieldset>
      <fieldset part="section">
        <legend>${text.weightsAndPrices}</legend>
        <div class="grid">
          ${input({ id: 'grossWeight', label: text.grossWeight, value: v.grossWeight, inputmode: 'decimal', suffix: text.kg, error: error('grossWeight'), onInput: (value) => this.#set('grossWeight', value) })}
          ${input({ id: 'netWeight', label: text.netWeight, value: v.netWeight, inputmode: 'decimal', suffix: text.kg, hint: text.netWeightHint, error: error('netWeight'), onInput: (value) => this.#set('netWeight', value) })}
          ${input({
            id: 'purchasePrice',
            label: text.purchasePrice,
            value: v.purchasePrice,
            required: true,
            inputmode: 'decimal',
            suffix: currency,
            hint: text.purchasePriceHint,
            error: error('purchasePrice'),
            onInput: (value) => this.#set('purchasePrice', value),
          })}
          ${input({
            id: 'salePrice',
            label: text.salePrice,
            value: v.salePrice,
            required: true,
            inputmode: 'decimal',
            suffix: currency,
            hint: text.salePriceHint,
            error: error('salePrice'),
            onInput: (value) => this.#set('salePrice', value),
          })}
        </div>
      </fieldset>
      ${this.#customs(text, error)}
    `;
  }

  #customs(text: ProductFormText, error: (path: string) => string | undefined) {
    const hsCode = this.hsCode;
    const hsError = error('hsCode');
    return html`<fieldset part="section" class="customs">
      <legend>${text.customs}</legend>
      <p class="hint">${text.customsIntro}</p>
      <wharf-hs-code-picker
        id="hsCode"
        part="hs-code-picker"
        .value=${hsCode?.code ?? ''}
        .locale=${this.locale}
        .error=${hsError}
        data-invalid=${ifDefined(hsError ? '' : undefined)}
        @change=${this.#onHsCodeChange}
      ></wharf-hs-code-picker>
      ${hsCode ? this.#elements(hsCode, text, error) : nothing}
    </fieldset>`;
  }

  #elements(hsCode: HsCode, text: ProductFormText, error: (path: string) => string | undefined) {
    const answers = answersFor(hsCode, this.answers);
    const specification = declaredSpecification(hsCode, answers);
    const max = DECLARATION_POLICY.specificationMax;
    const tooLong = error('declarationElements');
    const elements = [...hsCode.elements].sort((a, b) => a.index - b.index);
    return html`<div class="elements" part="elements" role="group" aria-labelledby="elements-title">
      <h3 id="elements-title">${text.elementsTitle(hsCode.code)}</h3>
      <p class="hint" id="elements-hint">${text.elementsHint}</p>
      <div class="grid">
        ${elements.map((element) => {
          const id = `declarationElements.${element.index}`;
          const label = `${element.index} ${element.name}`;
          const value = this.answers[String(element.index)] ?? '';
          if (element.choices) {
            return select({
              id,
              label,
              value,
              required: element.required,
              placeholder: text.choose,
              options: element.choices.map((choice) => ({ value: choice.code, label: this.#choiceLabel(choice) })),
              error: error(id),
              onChange: (answer) => this.#setAnswer(element, answer),
            });
          }
          return input({
            id,
            label,
            value,
            required: element.required,
            maxlength: DECLARATION_POLICY.answerMax,
            hint: element.required ? undefined : text.optionalElement,
            error: error(id),
            onInput: (answer) => this.#setAnswer(element, answer),
          });
        })}
      </div>
      <div class="specification" part="specification">
        <p class="label" id="specification-label">${text.specification}</p>
        <output id="specification" aria-labelledby="specification-label" aria-describedby="specification-count declarationElements-error">${specification}</output>
        <p class="hint" id="specification-count" data-over=${specification.length > max ? 'true' : 'false'}>${text.specificationCount(specification.length, max)}</p>
        <p class="error" id="declarationElements-error" part="error">${tooLong ?? ''}</p>
      </div>
    </div>`;
  }

  /** A coded answer as `4 Foreign brand (other)`: its code and its name in the user's language (the catalogue's Chinese otherwise). */
  #choiceLabel(choice: { code: string; name: string }): string {
    const labels = referenceMessagesFor(this.effectiveLocale).labels;
    const brandType = BRAND_TYPE_CHOICES.find((known) => known.name === choice.name);
    const preferential = PREFERENTIAL_STATUS_CHOICES.find((known) => known.name === choice.name);
    const name = brandType
      ? labels.brandTypes[brandType.code as keyof typeof labels.brandTypes]
      : preferential
        ? labels.preferentialStatus[preferential.code as keyof typeof labels.preferentialStatus]
        : undefined;
    return `${choice.code} ${name ?? choice.name}`;
  }

  /** An element's answer as shown read-only: coded ones with their names. */
  #answerText(element: HsCodeElement, answer: string | undefined): string | undefined {
    const choice = answer ? element.choices?.find((known) => known.code === answer) : undefined;
    return choice ? this.#choiceLabel(choice) : answer;
  }

  /** SKU (fixed once the product exists) and name: what every product starts with, normal or combo. */
  #identityFields(text: ProductFormText, error: (path: string) => string | undefined) {
    const v = this.values;
    const editing = Boolean(this.product);
    return html`${input({
        id: 'sku',
        label: text.sku,
        value: v.sku,
        required: true,
        readonly: editing,
        maxlength: PRODUCT_POLICY.skuMax,
        hint: editing ? text.skuFixed : text.skuHint,
        error: error('sku'),
        onInput: (value) => this.#set('sku', value),
      })}
      ${input({ id: 'name', label: text.name, value: v.name, required: true, maxlength: PRODUCT_POLICY.nameMax, error: error('name'), onInput: (value) => this.#set('name', value) })}`;
  }

  #comboFields(text: ProductFormText, error: (path: string) => string | undefined) {
    const v = this.values;
    const editing = Boolean(this.product);
    return html`
      <fieldset part="section">
        <legend>${text.basic}</legend>
        <p class="hint">${text.requiredNote}</p>
        <div class="grid">
          ${this.#identityFields(text, error)}
          ${select({
            id: 'category',
            label: text.category,
            value: v.category,
            placeholder: text.noCategory,
            options: this.#choices(this.options!.categories),
            error: error('category'),
            onChange: (value) => this.#set('category', value),
          })}
          ${input({
            id: 'salePrice',
            label: text.salePrice,
            value: v.salePrice,
            inputmode: 'decimal',
            suffix: this.currency,
            error: error('salePrice'),
            onInput: (value) => this.#set('salePrice', value),
          })}
        </div>
      </fieldset>
      ${this.#componentsSection(text, error)}
    `;
  }

  #componentsSection(text: ProductFormText, error: (path: string) => string | undefined) {
    const countError = error('components');
    const added = new Set(this.components.map((component) => component.sku.toUpperCase()));
    const search = this.#productSearch;
    const found = search.value?.products ?? [];
    const query = search.value?.query ?? '';
    return html`<fieldset part="section" class="components">
      <legend>${text.componentsTitle}<span aria-hidden="true"> *</span></legend>
      <table part="components">
        <caption>${text.componentsCaption(this.components.length)}</caption>
        <thead>
          <tr>
            <th scope="col">${text.sku}</th>
            <th scope="col">${text.name}</th>
            <th scope="col">${text.quantity}</th>
            <th scope="col"><span class="visually-hidden">${text.actions}</span></th>
          </tr>
        </thead>
        <tbody>
          ${this.components.length === 0
            ? html`<tr><td colspan="4" class="hint">${text.noComponents}</td></tr>`
            : this.components.map((component, index) => {
                const id = `components.${index}.quantity`;
                const rowError = error(`components.${index}.sku`) ?? error(id);
                return html`<tr>
                  <th scope="row">${component.sku}</th>
                  <td>${component.name}</td>
                  <td>
                    <input
                      id=${id}
                      class="quantity"
                      part="input"
                      type="text"
                      inputmode="numeric"
                      autocomplete="off"
                      maxlength="4"
                      required
                      aria-required="true"
                      aria-label=${text.quantityLabel(component.sku)}
                      aria-invalid=${rowError ? 'true' : 'false'}
                      aria-describedby="${id}-error"
                      .value=${live(component.quantity)}
                      @input=${(event: InputEvent) => this.#setQuantity(index, (event.target as HTMLInputElement).value)}
                    />
                    <p class="error" id="${id}-error" part="error">${rowError ?? ''}</p>
                  </td>
                  <td>
                    <button type="button" class="secondary" aria-label=${text.removeLabel(component.sku, component.name)} @click=${() => this.#removeComponent(index)}>
                      ${text.remove}
                    </button>
                  </td>
                </tr>`;
              })}
        </tbody>
      </table>
      <div class="field" part="field">
        <label for="productSearch" part="label">${text.findProducts}</label>
        <input
          id="productSearch"
          part="input"
          type="search"
          autocomplete="off"
          aria-describedby="productSearch-hint components-error"
          aria-invalid=${countError ? 'true' : 'false'}
          aria-controls="product-results"
          .value=${live(this.productQuery)}
          @input=${(event: InputEvent) => this.#searchProducts((event.target as HTMLInputElement).value)}
        />
        <p class="hint" id="productSearch-hint">${text.findProductsHint(PRODUCT_POLICY.comboMinComponents)}</p>
        <p class="error" id="components-error" part="error">${countError ?? ''}</p>
      </div>
      <ul id="product-results" part="product-results" aria-label=${text.productResults}>
        ${found.map(
          (item) => html`<li>
            <span><strong>${item.sku}</strong> ${item.name}</span>
            ${added.has(item.sku.toUpperCase())
              ? html`<span class="hint">${text.added}</span>`
              : html`<button type="button" class="secondary" aria-label=${text.addLabel(item.sku, item.name)} @click=${() => this.#addComponent(item)}>${text.add}</button>`}
          </li>`,
        )}
      </ul>
      ${search.value && found.length === 0 ? html`<p class="hint">${query ? text.noProductsMatch(query) : text.noProducts}</p>` : nothing}
      ${search.status === TaskStatus.ERROR ? html`<p class="error">${errorsFrom(search.error, this.t, []).form}</p>` : nothing}
      <div class="visually-hidden" role="status">
        ${this.componentsNote || (search.value ? (found.length ? text.productsFound(found.length) : query ? text.noProductsMatch(query) : text.noProducts) : '')}
      </div>
    </fieldset>`;
  }

  /** A product with customs or filed: everything read-only, and why. */
  #details(product: Product, text: ProductFormText) {
    const options = this.options!;
    const nameOf = (list: readonly { code: string; name: string }[], code: string | null) => (code ? (list.find((option) => option.code === code)?.name ?? code) : null);
    const money = (price: string | null) => (price ? `${price} ${product.currency}` : null);
    const kg = (weight: number | null) => (weight === null ? null : `${weight} ${text.kg}`);
    const unit = product.unit ? `${product.unit} ${nameOf(options.units, product.unit)}` : null;
    const reason = lockedReason(product.status);
    const row = (label: string, value: string | null | undefined) => html`<dt>${label}</dt><dd>${value || text.notSet}</dd>`;
    const hsCode = this.hsCode;
    return html`<section class="panel" part="details" aria-labelledby="details-title">
      <header>
        <h2 id="details-title" tabindex="-1">${product.name}</h2>
        ${this.#status(product)}
      </header>
      ${this.notice ? formMessage(this.notice.text, this.notice.kind) : nothing}
      ${reason ? html`<p class="message info" part="message">${this.#message(reason)}</p>` : nothing}
      <dl>
        ${row(text.sku, product.sku)} ${row(text.type, productMessagesFor(this.effectiveLocale).labels.types[product.type])}
        ${row(text.category, nameOf(options.categories, product.category))}
        ${product.type === 'normal'
          ? html`${row(text.brand, product.brand)} ${row(text.model, product.model)} ${row(text.unit, unit)}
            ${row(text.originCountry, nameOf(options.countries, product.originCountry))} ${row(text.barcode, product.barcode)}
            ${row(text.grossWeight, kg(product.grossWeight))} ${row(text.netWeight, kg(product.netWeight))}
            ${row(text.purchasePrice, money(product.purchasePrice))}`
          : nothing}
        ${row(text.salePrice, money(product.salePrice))}
        ${product.type === 'normal'
          ? html`${row(text.hsCode, product.hsCode ? `${product.hsCode}${hsCode ? ` ${hsCode.name}` : ''}` : null)}
            ${(hsCode?.elements ?? []).map((element) => row(`${element.index} ${element.name}`, this.#answerText(element, product.declarationElements[String(element.index)])))}
            ${row(text.specification, product.declaredSpecification)}`
          : nothing}
      </dl>
      ${product.type === 'combo' && product.components.length
        ? html`<table part="components">
            <caption>${text.componentsCaption(product.components.length)}</caption>
            <thead><tr><th scope="col">${text.sku}</th><th scope="col">${text.name}</th><th scope="col">${text.quantity}</th></tr></thead>
            <tbody>${product.components.map((component) => html`<tr><th scope="row">${component.sku}</th><td>${component.name}</td><td>${component.quantity}</td></tr>`)}</tbody>
          </table>`
        : nothing}
    </section>`;
  }
}
