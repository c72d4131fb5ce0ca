import { TaskStatus } from '@lit/task';
import { orderMessagesFor, type Order, type OrderMode, type OrderMove } from '@wharf/domain/orders';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SessionTask } from '../../controllers/session-task.ts';
import { WharfOrderCancelEvent } from '../../events/order-cancel.ts';
import { WharfOrderSavedEvent } from '../../events/order-saved.ts';
import { errorsFrom } from '../../internal/form-errors.ts';
import { formMessage } from '../../internal/templates.ts';
import { WharfElement } from '../../internal/wharf-element.ts';
import { catalogue } from '../../i18n/localize.ts';
import { formStyles } from '../../styles/form.styles.ts';
import { tableStyles } from '../../styles/table.styles.ts';
import { addressBookText } from '../address-book/address-book.ts';
import { orderDetailText } from '../order-detail/order-detail.ts';
import { OrderMoves } from '../order-detail/order-moves.ts';
import { movePrompt } from '../order-detail/prompts.ts';
import { declarationSection } from './declaration-section.ts';
import { loadForm, type FormData } from './form-data.ts';
import type { FormView } from './form-view.ts';
import { en, type OrderFormText } from './i18n/en.ts';
import { zhCN } from './i18n/zh-CN.ts';
import { zhHK } from './i18n/zh-HK.ts';
import { itemsSection } from './items-section.ts';
import { OrderFormDraft, type Intent } from './order-draft.ts';
import { orderFormStyles } from './order-form.styles.ts';
import { availableIn, ProductPicker } from './product-picker.ts';
import { recipientSection } from './recipient-section.ts';
import { routeSection } from './route-section.ts';

/** The words of `<wharf-order-form>` in a locale. */
export const orderFormText = catalogue<OrderFormText>({ en, 'zh-CN': zhCN, 'zh-HK': zhHK });

/**
 * Creates or edits an order (PRODUCT §4; seed 002 订单新增, seed 000 下单): the mode (集货 consolidation or
 * 备货 stock), warehouse and shipping method; the recipient from the address book or typed in (and optionally saved
 * to the book) and the sender; the items, filed products found by SKU or name — with the stock available in the
 * warehouse for a stock order; declared goods, insured value, remarks, pickup appointment. Saved as a draft, or
 * confirmed — the electronic waybill terms asked only when this user has not accepted their current version — and,
 * for a stock order, submitted too, the security PIN asked only when the enterprise has one. The rules are the
 * domain's (`checkOrderDraft`), so the form refuses what the server refuses, at the same fields.
 *
 * @tagname wharf-order-form
 *
 * @fires wharf-order-saved - The order was saved (`order`, `created`), confirmed or submitted too when asked.
 * @fires wharf-order-cancel - The user pressed Cancel.
 *
 * @csspart form - The form.
 * @csspart section - Each group of fields (route, recipient, sender, items, declaration).
 * @csspart field - Each label, input and error group.
 * @csspart label - Labels.
 * @csspart input - Text inputs.
 * @csspart select - Drop-downs.
 * @csspart error - The error under a field.
 * @csspart product-results - The filed products found.
 * @csspart items - The table of the order's items.
 * @csspart prompt - The waybill terms or security PIN asked before confirming or submitting.
 * @csspart terms - The terms' text.
 * @csspart accept - The button that accepts the terms and confirms.
 * @csspart submit-pin - The button that submits with the security PIN.
 * @csspart message - Form messages.
 * @csspart save-draft - The “Save draft” button.
 * @csspart confirm - The “Save and confirm” button.
 * @csspart submit - The “Save, confirm and submit” button (stock orders).
 * @csspart cancel - The “Cancel” button.
 *
 * @cssproperty --wharf-color-primary - Buttons.
 * @cssproperty --wharf-color-danger - Errors.
 * @cssproperty --wharf-color-border - Borders.
 * @cssproperty --wharf-color-surface - Backgrounds.
 * @cssproperty --wharf-radius - Corner radius.
 * @cssproperty --wharf-space - Spacing.
 */
export class WharfOrderForm extends WharfElement {
  static override styles = [formStyles, tableStyles, orderFormStyles];

  /** The number of the draft to edit; without it the form creates an order. */
  @property({ reflect: true }) number?: string;
  /** The mode a new order starts in: `consolidation` (default) or `stock`. */
  @property({ reflect: true }) mode: OrderMode = 'consolidation';

  @state() private loaded?: FormData;
  @state() private busy?: Intent;
  @state() private notice?: { kind: 'success' | 'info'; text: string };

  readonly #draft = new OrderFormDraft(this);
  readonly #picker = new ProductPicker({ host: this, client: () => this.client });
  readonly #moves = new OrderMoves({
    host: this,
    client: () => this.client,
    t: () => this.t,
    locale: () => this.effectiveLocale,
    pinSet: () => this.loaded?.pinSet ?? false,
    moved: (move, order) => void this.#moved(move, order!),
    refused: (_, error) => this.#refused(error),
  });
  /** What the save under way was asked to end in, once the draft is saved. */
  #intent?: Intent;
  #created = false;
  #asked: { number?: string | undefined } = {};

  readonly #data = new SessionTask(this, {
    client: () => this.client,
    args: (): [{ number?: string | undefined }] => [this.#asked],
    sessionKey: (session) => `${session.user.id}:${session.enterprise?.enterpriseId ?? ''}`,
    load: (client, signal, asked) => loadForm(client, signal, asked.number),
    onComplete: (data) => {
      this.loaded = data;
      this.#draft.show(data.order, this.mode, data.book.find((entry) => entry.kind === 'sender' && entry.isDefault));
      this.#changed('warehouse');
    },
  });

  private get text(): OrderFormText {
    return orderFormText(this.effectiveLocale);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('number') && this.number !== this.#asked.number) this.#asked = { number: this.number };
  }

  /** Loads the options, the address book and the order being edited again. */
  load(): Promise<void> {
    return this.#data.run();
  }

  /** The warehouse whose stock the picker shows: the chosen one, for a stock order. */
  get #stockWarehouse(): string {
    return this.#draft.mode === 'stock' ? this.#draft.values.warehouse : '';
  }

  async #submit(event: SubmitEvent) {
    event.preventDefault();
    const loaded = this.loaded;
    if (this.busy || !loaded) return;
    const value = (event.submitter as HTMLButtonElement | null)?.value;
    const intent: Intent = value === 'submit' || value === 'confirm' ? value : 'draft';
    const draft = this.#draft;
    draft.attempt(intent);
    this.notice = undefined;
    this.#moves.error = undefined;
    if (Object.keys(draft.problems(this.effectiveLocale, loaded.options, loaded.currency, loaded.book, intent)).length) return this.#focusInvalid();
    this.busy = intent;
    try {
      const body = draft.body(loaded.book);
      const existing = draft.order;
      const saved = existing ? await this.client.orders.update(existing.number, body, { version: existing.version }) : await this.client.orders.create(body);
      this.#created = !existing;
      draft.order = saved;
      this.#asked.number = saved.number;
      this.number = saved.number;
      await this.#saveRecipient();
      if (intent === 'draft') return this.#finish(saved, this.text.savedDraft(saved.number));
      this.#intent = intent;
      await this.#moves.run(saved, 'confirm');
    } catch (error) {
      this.#refused(error);
    } finally {
      this.busy = undefined;
    }
  }

  /** A new recipient the user asked to keep goes into the address book (the order is saved whatever happens). */
  async #saveRecipient() {
    const draft = this.#draft;
    if (!draft.saveRecipient || draft.recipientId) return;
    try {
      await this.client.addresses.create({ kind: 'recipient', ...draft.recipient.body() });
      draft.saveRecipient = false;
    } catch (error) {
      this.notice = { kind: 'info', text: `${this.text.recipientNotSaved} ${errorsFrom(error, this.t, []).form ?? ''}` };
    }
  }

  /** The server's refusal, at the fields it names; answers whether any field took it. */
  #refused(error: unknown): boolean {
    const errors = errorsFrom(error, this.t, this.#draft.knownFields());
    this.#draft.refused(errors);
    void this.#focusInvalid();
    return true;
  }

  async #moved(move: OrderMove, order: Order) {
    this.#draft.order = order;
    if (move === 'confirm' && this.#intent === 'submit') return this.#moves.run(order, 'submit');
    this.#intent = undefined;
    this.#finish(order, move === 'submit' ? this.text.submitted(order.number) : this.text.confirmed(order.number));
  }

  #finish(order: Order, said: string) {
    this.#draft.order = order;
    this.notice = { kind: 'success', text: [said, this.notice?.text].filter(Boolean).join(' ') };
    this.emit(new WharfOrderSavedEvent({ order, created: this.#created }));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h2')?.focus());
  }

  async #focusInvalid() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  #changed(what: 'mode' | 'warehouse' | 'item-removed') {
    if (what === 'item-removed') {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#productSearch')?.focus());
      return;
    }
    const warehouse = this.#stockWarehouse;
    this.#picker.refresh(warehouse);
    void this.#refreshAvailability(warehouse);
  }

  /** The lines' available stock in `warehouse` (none outside stock mode), after the mode or warehouse changed. */
  async #refreshAvailability(warehouse: string) {
    const draft = this.#draft;
    const lines = await Promise.all(
      draft.items.map(async (item) => ({ sku: item.sku, available: warehouse ? await availableIn(this.client, item.sku, warehouse).catch(() => undefined) : undefined })),
    );
    if (warehouse !== this.#stockWarehouse) return;
    draft.items = draft.items.map((item) => ({ ...item, available: lines.find((line) => line.sku === item.sku)?.available }));
    this.requestUpdate();
  }

  override render() {
    const text = this.text;
    if (this.#data.status === TaskStatus.ERROR) return html`<div class="panel">${formMessage(errorsFrom(this.#data.error, this.t, []).form)}</div>`;
    const loaded = this.loaded;
    if (!loaded) return html`<p role="status">${text.loading}</p>`;
    const draft = this.#draft;
    const order = draft.order;
    const locale = this.effectiveLocale;
    if (order && order.status !== 'draft') return this.#done(order);
    const problems = draft.problems(locale, loaded.options, loaded.currency, loaded.book, draft.attempted);
    const view: FormView = {
      text,
      addressText: addressBookText(locale),
      locale,
      draft,
      options: loaded.options,
      book: loaded.book,
      currency: loaded.currency,
      picker: this.#picker,
      error: (path) => draft.errorAt(path, problems),
      changed: (what) => this.#changed(what),
    };
    const busy = Boolean(this.busy || this.#moves.busy);
    return html`<form part="form" novalidate @submit=${this.#submit}>
      <h2 tabindex="-1">${order ? text.titleEdit(order.number) : text.titleNew}</h2>
      ${routeSection(view)} ${recipientSection(view)} ${itemsSection(view)} ${declarationSection(view)}
      ${movePrompt(orderDetailText(locale), this.t, this.#moves)}
      ${this.notice ? formMessage(this.notice.text, this.notice.kind) : formMessage(draft.errors.form ?? this.#moves.error)}
      <div class="row actions">
        <button type="submit" name="intent" value="draft" part="save-draft" class="draft" ?disabled=${busy}>${this.busy === 'draft' ? this.t.common.working : text.saveDraft}</button>
        <button type="submit" name="intent" value="confirm" part="confirm" ?disabled=${busy}>${this.busy === 'confirm' ? this.t.common.working : text.confirm}</button>
        ${draft.mode === 'stock'
          ? html`<button type="submit" name="intent" value="submit" part="submit" ?disabled=${busy}>${this.busy === 'submit' ? this.t.common.working : text.confirmAndSubmit}</button>`
          : nothing}
        <button type="button" class="secondary" part="cancel" @click=${() => this.emit(new WharfOrderCancelEvent())}>${text.cancel}</button>
      </div>
    </form>`;
  }

  /** The order is past draft: what happened, or (opened so) why it cannot be edited here. */
  #done(order: Order) {
    const status = orderMessagesFor(this.effectiveLocale).labels.statuses[order.status];
    return html`<div class="panel" part="form">
      <h2 tabindex="-1">${this.text.titleEdit(order.number)}</h2>
      ${this.notice ? formMessage(this.notice.text, this.notice.kind) : formMessage(this.text.notEditable(order.number, status), 'info')}
      ${movePrompt(orderDetailText(this.effectiveLocale), this.t, this.#moves)} ${formMessage(this.#moves.error)}
    </div>`;
  }
}
