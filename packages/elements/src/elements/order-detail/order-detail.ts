import type { LogEntry } from '@wharf/domain';
import { orderMessagesFor, type Order, type OrderMove, type TrackingEvent } from '@wharf/domain/orders';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FileDownload } from '../../controllers/file-download.ts';
import { SessionTask } from '../../controllers/session-task.ts';
import { TabsController } from '../../controllers/tabs.ts';
import { WharfOrderEditEvent } from '../../events/order-edit.ts';
import { WharfOrderMovedEvent } from '../../events/order-moved.ts';
import { WharfOrderSavedEvent } from '../../events/order-saved.ts';
import { errorsFrom } from '../../internal/form-errors.ts';
import { formMessage } from '../../internal/templates.ts';
import { WharfElement } from '../../internal/wharf-element.ts';
import { catalogue } from '../../i18n/localize.ts';
import { factsStyles } from '../../styles/facts.styles.ts';
import { formStyles } from '../../styles/form.styles.ts';
import { tableStyles } from '../../styles/table.styles.ts';
import { tabsStyles } from '../../styles/tabs.styles.ts';
import { en, type OrderDetailText } from './i18n/en.ts';
import { zhCN } from './i18n/zh-CN.ts';
import { zhHK } from './i18n/zh-HK.ts';
import { NotesEditor } from './notes-editor.ts';
import { orderDetailStyles } from './order-detail.styles.ts';
import { OrderMoves } from './order-moves.ts';
import { movePrompt } from './prompts.ts';
import { itemsTable, logTable, orderFacts, statusBadge, trackingList } from './sections.ts';

/** The strings of `<wharf-order-detail>` in each locale. */
export const orderDetailText = catalogue<OrderDetailText>({ en, 'zh-CN': zhCN, 'zh-HK': zhHK });

type Tab = 'items' | 'details' | 'log' | 'tracking';

interface Detail {
  order: Order;
  log: LogEntry[];
  logCursor: string | null;
  tracking: TrackingEvent[];
  pinSet: boolean;
}

/**
 * One order (PRODUCT §4.10; seed 002 订单详情): its status and the moves it allows now — confirm (the
 * electronic waybill terms asked once per version), back to draft, submit (the security PIN asked when the
 * enterprise has one), delete after a confirmation — its waybill label as a PDF, remarks and pickup appointment
 * editable in every state, and tabs with its items, details, log and tracking events.
 *
 * @tagname wharf-order-detail
 *
 * @fires wharf-order-moved - The order was confirmed, put back to draft, submitted or deleted (`number`, `move`, `order`).
 * @fires wharf-order-saved - Its remarks or appointment were saved (`order`).
 * @fires wharf-order-edit - The user asked to edit the draft (`number`): open `<wharf-order-form number=…>`.
 *
 * @csspart header - The number, status and reference.
 * @csspart status - The status badge.
 * @csspart actions - The buttons of the allowed moves, the label and the edits.
 * @csspart label - The waybill label download button.
 * @csspart move - Each move's button (with `data-move`).
 * @csspart confirm - The confirmation of a deletion.
 * @csspart prompt - The waybill terms or security PIN asked before a move.
 * @csspart accept - The button that accepts the terms and confirms.
 * @csspart submit-pin - The button that submits with the security PIN.
 * @csspart terms - The terms' text.
 * @csspart notes - The remarks and appointment form.
 * @csspart tabs - The tab list.
 * @csspart panel - The selected tab's panel.
 * @csspart items - The items table.
 * @csspart facts - The details list.
 * @csspart log - The log table.
 * @csspart tracking - The tracking events.
 * @csspart error - Field errors.
 * @csspart message - Errors and announcements.
 *
 * @cssproperty --wharf-color-primary - Buttons and the selected tab.
 * @cssproperty --wharf-color-danger - Errors and the delete confirmation.
 * @cssproperty --wharf-color-border - Borders.
 * @cssproperty --wharf-color-surface - Backgrounds.
 * @cssproperty --wharf-radius - Corner radius.
 * @cssproperty --wharf-space - Spacing.
 */
export class WharfOrderDetail extends WharfElement {
  static override styles = [formStyles, tableStyles, factsStyles, tabsStyles, orderDetailStyles];

  /** The order's number, e.g. `SO0000000001`. */
  @property({ reflect: true }) number?: string;

  @state() private detail?: Detail;
  @state() private confirmingDelete = false;
  @state() private announcement = '';
  @state() private gone = false;

  readonly #tabs = new TabsController<Tab>(this, { id: 'order', initial: 'items' });
  readonly #label = new FileDownload({ host: this, announce: (message) => (this.announcement = message) });
  readonly #moves = new OrderMoves({
    host: this,
    client: () => this.client,
    t: () => this.t,
    locale: () => this.effectiveLocale,
    pinSet: () => this.detail?.pinSet ?? false,
    moved: (move, order) => this.#moved(move, order),
  });
  readonly #notes = new NotesEditor({
    host: this,
    client: () => this.client,
    t: () => this.t,
    saved: (order) => {
      this.announcement = this.text.notesSaved;
      this.emit(new WharfOrderSavedEvent({ order, created: false }));
      void this.load();
    },
  });

  readonly #data = new SessionTask(this, {
    client: () => this.client,
    args: (): [string | undefined] => [this.number],
    load: async (client, signal, number): Promise<Detail | undefined> => {
      if (!number) return undefined;
      const [order, log, tracking, enterprise] = await Promise.all([
        client.orders.get(number, { signal }),
        client.orders.log(number, {}, { signal }),
        client.orders.tracking(number, { signal }),
        client.enterprises.get('current', { signal }).catch(() => undefined),
      ]);
      return { order, log: log.data, logCursor: log.nextCursor, tracking: tracking.data, pinSet: enterprise?.securityPinSet ?? false };
    },
    onComplete: (detail) => (this.detail = detail),
    onError: () => (this.detail = undefined),
  });

  private get text(): OrderDetailText {
    return orderDetailText(this.effectiveLocale);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('number') && changed.get('number') !== undefined) {
      this.gone = false;
      this.confirmingDelete = false;
      this.#tabs.reset();
    }
  }

  /** Loads the order, its log and tracking again. */
  load(): Promise<void> {
    return this.#data.run();
  }

  async #moved(move: OrderMove, order: Order | undefined) {
    const number = this.detail?.order.number ?? this.number ?? '';
    this.confirmingDelete = false;
    this.emit(new WharfOrderMovedEvent({ number, move, order }));
    if (move === 'delete') {
      this.gone = true;
      this.announcement = this.text.deleted(number);
      return;
    }
    this.announcement = this.text.moved(orderMessagesFor(this.effectiveLocale).labels.statuses[order!.status]);
    await this.load();
    this.renderRoot.querySelector<HTMLElement>('[part=header] h2')?.focus();
  }

  async #moreLog() {
    const detail = this.detail;
    if (!detail?.logCursor) return;
    try {
      const page = await this.client.orders.log(detail.order.number, { cursor: detail.logCursor });
      this.detail = { ...detail, log: [...detail.log, ...page.data], logCursor: page.nextCursor };
    } catch (error) {
      this.#moves.error = errorsFrom(error, this.t, []).form;
      this.requestUpdate();
    }
  }

  #downloadLabel(order: Order) {
    const text = this.text;
    void this.#label.download(text.labelFile(order.number), () => this.client.orders.label(order.number), { busy: text.labelBusy, done: text.labelDownloaded }, (error) => errorsFrom(error, this.t, []).form);
  }

  override render() {
    const text = this.text;
    const status = html`<div role="status" part="message" class="visually-hidden">${this.announcement}</div>`;
    if (this.gone) return html`${status}<p class="message success">${this.announcement}</p>`;
    return html`${status}
      ${this.#data.render({
        initial: () => html`<p role="status">${text.loading}</p>`,
        pending: () => (this.detail ? this.#order(this.detail) : html`<p role="status">${text.loading}</p>`),
        complete: () => (this.detail ? this.#order(this.detail) : nothing),
        error: (error) => formMessage(errorsFrom(error, this.t, []).form),
      })}`;
  }

  #order(detail: Detail) {
    const text = this.text;
    const locale = this.effectiveLocale;
    const { order } = detail;
    const labels = orderMessagesFor(locale).labels;
    return html`<article>
      <header part="header">
        <h2 tabindex="-1">${text.title(order.number)}</h2>
        ${statusBadge(locale, order.status)}
        <p class="hint">${labels.modes[order.mode]} · ${text.reference} ${order.reference}</p>
      </header>
      ${this.#actions(order)} ${movePrompt(text, this.t, this.#moves)} ${formMessage(this.#moves.error)} ${this.#notes.render(text, locale, order)}
      ${this.#tabs.render({
        label: text.tabsLabel,
        tabs: (['items', 'details', 'log', 'tracking'] as const).map((key) => ({ key, label: text.tabs[key] })),
        panel: (tab) =>
          tab === 'items'
            ? itemsTable(text, locale, order)
            : tab === 'details'
              ? orderFacts(text, locale, order)
              : tab === 'log'
                ? logTable(text, locale, detail.log, detail.logCursor ? html`<button type="button" class="secondary" @click=${this.#moreLog}>${text.more}</button>` : undefined)
                : trackingList(text, locale, detail.tracking),
      })}
    </article>`;
  }

  #actions(order: Order) {
    const text = this.text;
    const moves = this.#moves;
    const labels = orderMessagesFor(this.effectiveLocale).labels;
    if (this.confirmingDelete) {
      return html`<div part="confirm" role="group" aria-label=${text.confirmDelete(order.number)}>
        <p>${text.confirmDelete(order.number)}</p>
        <button type="button" class="danger" ?disabled=${Boolean(moves.busy)} @click=${() => void moves.run(order, 'delete')}>${labels.moves.delete}</button>
        <button type="button" class="secondary" @click=${() => this.#cancelDelete()}>${text.keep}</button>
      </div>`;
    }
    const label = this.#label;
    return html`<div part="actions" class="row" role="group" aria-label=${text.actions}>
        ${order.allowed.map(
          (move) => html`<button type="button" part="move" data-move=${move} class=${move === 'confirm' || move === 'submit' ? 'primary' : 'secondary'} ?disabled=${Boolean(moves.busy)}
            @click=${() => (move === 'delete' ? this.#askDelete() : void moves.run(order, move))}>${moves.busy === move ? this.t.common.working : labels.moves[move]}</button>`,
        )}
        ${order.status === 'draft' ? html`<button type="button" class="secondary" @click=${() => this.emit(new WharfOrderEditEvent({ number: order.number }))}>${text.edit}</button>` : nothing}
        ${order.status !== 'deleted'
          ? html`<button type="button" class="secondary" part="label" ?disabled=${label.busy} @click=${() => this.#downloadLabel(order)}>${label.busy ? text.labelBusy : text.label}</button>
              <button type="button" class="secondary" ?disabled=${Boolean(this.#notes.values)} @click=${() => this.#notes.open(order)}>${text.editNotes}</button>`
          : nothing}
      </div>
      ${label.file ? html`<a href=${label.file.url} download=${label.file.name}>${text.saveAgain(label.file.name)}</a>` : nothing}
      ${label.error ? formMessage(label.error) : nothing}`;
  }

  #askDelete() {
    this.confirmingDelete = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=confirm] button')?.focus());
  }

  #cancelDelete() {
    this.confirmingDelete = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-move=delete]')?.focus());
  }
}
