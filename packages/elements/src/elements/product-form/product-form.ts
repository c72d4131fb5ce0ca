import { TaskStatus } from '@lit/task';
import type { Product, ProductOptions } from '@wharf/domain';
import { lockedReason, PRODUCT_POLICY, PRODUCT_REQUIRED_FIELDS, type ProductType } from '@wharf/domain/products';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SessionTask } from '../../controllers/session-task.ts';
import { errorsFrom, NO_ERRORS } from '../../internal/form-errors.ts';
import { formMessage } from '../../internal/templates.ts';
import { catalogue } from '../../i18n/localize.ts';
import { WharfElement } from '../../internal/wharf-element.ts';
import { WharfProductCancelEvent } from '../../events/product-cancel.ts';
import { WharfProductSavedEvent } from '../../events/product-saved.ts';
import { factsStyles } from '../../styles/facts.styles.ts';
import { formStyles } from '../../styles/form.styles.ts';
import { tableStyles } from '../../styles/table.styles.ts';
import '../hs-code-picker/define.ts';
import { comboSections } from './combo-section.ts';
import { ComponentSearch } from './component-search.ts';
import { customsSection } from './customs-section.ts';
import { details, rejection, statusLine } from './details.ts';
import { ProductDraft } from './draft.ts';
import { loadForm } from './form-data.ts';
import type { Intent } from './draft-rules.ts';
import type { FormView } from './form-view.ts';
import { en, type ProductFormText } from './i18n/en.ts';
import { zhCN } from './i18n/zh-CN.ts';
import { zhHK } from './i18n/zh-HK.ts';
import { basicSection } from './identity-section.ts';
import { pricesSection } from './prices-section.ts';
import { productFormStyles } from './product-form.styles.ts';

/** The words of `<wharf-product-form>` in a locale. */
export const productFormText = catalogue<ProductFormText>({ en, 'zh-CN': zhCN, 'zh-HK': zhHK });

/**
 * Creates or edits a product (PRODUCT §3.1–3.3, seed 002 产品新增 / 组合产品新增). A normal product has its
 * basic information, weights and prices — the sale price never below the purchase price on the VAT invoice,
 * checked as you type — and its customs data: the HS code and that code's declaration elements (申报要素), with
 * a live preview of the declared specification (规格型号). A combo binds two or more of the enterprise's normal
 * products with quantities. Saved as a draft, or saved and sent to customs for filing. A rejected product shows
 * customs' reason; a product with customs or filed is shown read-only.
 *
 * @tagname wharf-product-form
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
 */
export class WharfProductForm extends WharfElement {
  static override styles = [formStyles, tableStyles, factsStyles, productFormStyles];

  /** The SKU of the product to edit; without it the form creates one. */
  @property({ reflect: true }) sku?: string;
  /** What to create: `normal` (default) or `combo`. When editing, the product's own type wins. */
  @property({ reflect: true }) type: ProductType = 'normal';

  /** What the form offers (categories, units, countries) and the trading currency, once loaded. */
  @state() private loaded?: { options: ProductOptions; currency?: string | undefined };
  @state() private busy?: Intent;

  readonly #draft = new ProductDraft(this);
  readonly #search = new ComponentSearch({ host: this, client: () => this.client });
  /**
   * The product the form is about: replaced (and loaded) when `sku` changes from outside; a save that names the
   * product it created updates it in place, so the form goes on with what it shows instead of loading again.
   */
  #asked: { sku?: string | undefined } = {};
  #optionsFor?: string;

  /** Loads the form's options and the product being edited (or the trading currency for a new one) for whoever is signed in. */
  readonly #data = new SessionTask(this, {
    client: () => this.client,
    args: (): [{ sku?: string | undefined }] => [this.#asked],
    sessionKey: (session) => `${session.user.id}:${session.enterprise?.enterpriseId ?? ''}`,
    load: (client, signal, asked) => {
      this.#optionsFor = this.effectiveLocale;
      return loadForm(client, signal, asked.sku);
    },
    onComplete: ({ options, product, hsCode, currency, unreadable }) => {
      const draft = this.#draft;
      draft.show(product, hsCode);
      draft.notice = unreadable ? { kind: 'info', text: this.text.hsCodeUnavailable(unreadable) } : undefined;
      draft.keptHsCode = unreadable;
      this.loaded = { options, currency };
      if (this.productType === 'combo' && this.#editable) this.#search.refresh();
    },
    onError: () => (this.#draft.product = undefined),
  });

  private get text(): ProductFormText {
    return productFormText(this.effectiveLocale);
  }

  /** What the form edits or creates: the product's own type when editing. */
  get productType(): ProductType {
    return this.#draft.product?.type ?? (this.type === 'combo' ? 'combo' : 'normal');
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('sku') && this.sku !== this.#asked.sku) this.#asked = { sku: this.sku };
  }

  protected override updated() {
    // Category, unit and country names come in the client's language.
    if (this.loaded && this.#optionsFor !== this.effectiveLocale) void this.#loadOptions();
  }

  /** Loads what the form offers (categories, units, countries) and the product being edited, or the trading currency for a new one. */
  load(): Promise<void> {
    return this.#data.run();
  }

  async #loadOptions() {
    this.#optionsFor = this.effectiveLocale;
    try {
      const options = await this.client.products.options();
      if (this.loaded) this.loaded = { ...this.loaded, options };
    } catch {
      // The names stay in the previous language.
    }
  }

  get #editable(): boolean {
    const product = this.#draft.product;
    return !product || !lockedReason(product.status);
  }

  // ── saving

  async #submit(event: SubmitEvent) {
    event.preventDefault();
    if (this.busy) return;
    const intent: Intent = (event.submitter as HTMLButtonElement | null)?.value === 'submit' && this.productType === 'normal' ? 'submit' : 'draft';
    const text = this.text;
    const draft = this.#draft;
    const type = this.productType;
    draft.attempted = intent;
    draft.notice = undefined;
    draft.errors = NO_ERRORS;
    this.requestUpdate();
    if (Object.keys(draft.problems(type, intent, this.effectiveLocale, this.loaded?.currency)).length) return this.#focusInvalid();
    this.busy = intent;
    let saved: Product | undefined;
    try {
      // With the version read: someone else's change since is refused (409 at `version`), not overwritten.
      saved = draft.product
        ? await this.client.products.update(draft.product.sku, draft.updateBody(type), { version: draft.product.version })
        : await this.client.products.create(draft.createBody(type));
      // From now on the form edits the saved product (a second save changes it rather than creating another).
      this.#asked.sku = saved.sku;
      this.sku = saved.sku;
      const product = intent === 'submit' ? await this.client.products.submit(saved.sku) : saved;
      draft.show(product, draft.hsCode);
      draft.notice = { kind: 'success', text: intent === 'submit' ? text.submitted : text.savedDraft };
      this.emit(new WharfProductSavedEvent({ product, submitted: intent === 'submit' }));
      // Sent for filing, the form becomes the read-only details: the focus moves to them rather than being lost.
      if (!this.#editable) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#details-title')?.focus());
    } catch (error) {
      const errors = errorsFrom(error, this.t, draft.knownFields());
      if (saved) {
        // Saved, but customs was not asked: the fields say why.
        draft.show(saved, draft.hsCode);
        draft.attempted = intent;
        this.emit(new WharfProductSavedEvent({ product: saved, submitted: false, submitFailed: true }));
        errors.form = [text.savedNotSubmitted, errors.form].filter(Boolean).join(' ');
      }
      draft.errors = errors;
      this.requestUpdate();
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

  // ── rendering

  override render() {
    const text = this.text;
    const status = this.#data.status;
    if (status === TaskStatus.ERROR) return html`<div class="panel">${formMessage(errorsFrom(this.#data.error, this.t, []).form)}</div>`;
    const loaded = status === TaskStatus.COMPLETE ? this.loaded : undefined;
    if (!loaded) return html`<p role="status">${text.loading}</p>`;
    const locale = this.effectiveLocale;
    const draft = this.#draft;
    const product = draft.product;
    if (product && !this.#editable) return details({ text, locale, product, hsCode: draft.hsCode, options: loaded.options, notice: draft.notice });
    const type = this.productType;
    const problems = draft.problems(type, draft.attempted, locale, loaded.currency);
    const view: FormView = {
      text,
      locale,
      ownLocale: this.locale,
      draft,
      options: loaded.options,
      currency: loaded.currency,
      error: (path) => draft.errorAt(path, problems),
      required: (field) => (PRODUCT_REQUIRED_FIELDS[type] as readonly string[]).includes(field),
    };
    const title = product ? text.titleEdit(product.sku) : type === 'combo' ? text.titleNewCombo : text.titleNew;
    return html`<form part="form" novalidate @submit=${this.#submit}>
      <header>
        <h2>${title}</h2>
        ${product ? statusLine(text, locale, product) : nothing}
      </header>
      ${product?.status === 'rejected' ? rejection(text, product) : nothing}
      <p class="hint">${type === 'combo' ? text.comboIntro(PRODUCT_POLICY.comboMinComponents) : text.intro}</p>
      ${type === 'combo'
        ? comboSections({
            ...view,
            search: this.#search,
            searchError: (error) => errorsFrom(error, this.t, []).form,
            removed: () => void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#productSearch')?.focus()),
          })
        : html`${basicSection(view)} ${pricesSection(view)} ${customsSection(view)}`}
      ${draft.notice ? formMessage(draft.notice.text, draft.notice.kind) : formMessage(draft.errors.form)}
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
}
