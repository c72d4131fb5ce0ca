import { Task } from '@lit/task';
import type { OperatorTicketQuery, Ticket, TicketListItem } from '@wharf/domain';
import { canAccept, canAddRecord, fieldMessage, OPERATOR_TICKET_FILTERS, RECORD_RESULTS, type RecordResult, TICKET_CATEGORIES, TICKET_POLICY, type TicketCategory } from '@wharf/domain/tickets';
import type { EventSubscription, Page, WharfClient } from '@wharf/sdk';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../attachment-picker/define.ts';
import type { WharfAttachmentPicker } from '../attachment-picker/attachment-picker.ts';
import { errorsFrom, NO_ERRORS, type FormErrors } from '../../internal/form-errors.ts';
import { field, formMessage, selectField, textareaField } from '../../internal/templates.ts';
import { ticketDetail, type DetailTab } from '../../tickets/detail-tabs.ts';
import { ticketText } from '../../tickets/text.ts';
import { AttachmentFiles, statusBadge, ticketTable } from '../../tickets/views.ts';
import { ticketStyles } from '../../tickets/ticket.styles.ts';
import { WharfElement } from '../../internal/wharf-element.ts';
import { formStyles } from '../../styles/form.styles.ts';
import { WharfTicketUpdatedEvent } from '../../events/ticket-updated.ts';
import { en, type TicketDeskText } from './i18n/en.ts';
import { zhCN } from './i18n/zh-CN.ts';
import { zhHK } from './i18n/zh-HK.ts';
import { catalogue } from '../../i18n/localize.ts';
import { ticketDeskStyles } from './ticket-desk.styles.ts';
import { attachmentPickerText } from '../attachment-picker/attachment-picker.ts';
import { TabsController } from '../../controllers/tabs.ts';

/** The strings of `<wharf-ticket-desk>` in each locale. */
export const ticketDeskText = catalogue<TicketDeskText>({ en, 'zh-CN': zhCN, 'zh-HK': zhHK });

type Filter = NonNullable<OperatorTicketQuery['status']>;

/** Today in the agent's time zone, as `YYYY-MM-DD` (the earliest expected date). */
const today = () => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

/**
 * The agents' side of support (PRODUCT §2.3): the queue of every enterprise's tickets, oldest first,
 * filtered by status; a ticket with what the customer asked and its history; accepting it with a note and an
 * expected date; processing records with a category, a result and files, "resolved" completing it. The
 * queue and the open ticket follow new tickets and replies live.
 *
 * @tagname wharf-ticket-desk
 * @attr operator-token - An operator token (`wop_…`) with the support role. The desk talks to the provider's
 * server with it instead of the provider's session.
 *
 * @event wharf-ticket-updated - The agent accepted a ticket or added a record (`number`, `status`, `change`).
 *
 * @csspart table - The queue.
 * @csspart form - The accept and record forms.
 * @csspart field - Each label, input and error group of a form.
 * @csspart label - Field labels.
 * @csspart input - Text and date inputs.
 * @csspart select - The status filter and the record's category and result.
 * @csspart textarea - Notes and record text.
 * @csspart error - The error under a field.
 * @csspart tabs - The ticket's tab list.
 * @csspart panel - The selected tab's panel.
 * @csspart records - The processing records.
 * @csspart attachments - A ticket's files.
 * @csspart status - A ticket's status badge.
 * @csspart message - Announcements and errors.
 */
export class WharfTicketDesk extends WharfElement {
  static override styles = [formStyles, ticketStyles, ticketDeskStyles];

  @property({ attribute: 'operator-token' }) operatorToken?: string;
  @property() filter: Filter = 'open';

  @state() private queue?: Page<TicketListItem>;
  @state() private detail?: Ticket;
  @state() private loadError?: string;
  @state() private announcement?: string;
  @state() private live: 'off' | 'connected' | 'reconnecting' = 'off';
  @state() private accept = { note: '', expectedBy: '' };
  @state() private record = { category: '', note: '', result: '' };
  @state() private errors: FormErrors = NO_ERRORS;
  @state() private busy = false;

  #desk?: WharfClient;
  /** The open ticket's tabs: details, processing records, attachments, other information. */
  #detailTabs = new TabsController<DetailTab>(this, { id: 'ticket', initial: 'details' });
  #files?: AttachmentFiles;
  #subscription?: EventSubscription;

  /** The queue for the chosen filter; a newer load (another filter, a live event) cancels an older one. */
  #queue = new Task(this, {
    task: ([filter], { signal }) => this.desk.operator.tickets.list({ status: filter, limit: 50 }, { signal }),
    args: () => [this.filter] as const,
    autoRun: false,
    onComplete: (queue) => {
      this.queue = queue;
      this.loadError = undefined;
    },
    onError: (error) => (this.loadError = errorsFrom(error, this.t, []).form),
  });

  /** The provider's client (its server, its locale) with the operator token instead of the session. */
  private get desk(): WharfClient {
    return (this.#desk ??= this.client.extend({ token: this.operatorToken, getToken: undefined, enterprise: undefined }));
  }

  private get files() {
    return (this.#files ??= new AttachmentFiles((id) => this.desk.attachments.download(id)));
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('operatorToken') || changed.has('providedClient' as keyof WharfTicketDesk)) this.#start();
    else if (changed.has('filter') && changed.get('filter') !== undefined) void this.load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#stop();
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) this.#start();
  }

  #start() {
    this.#stop();
    if (!this.operatorToken) return;
    this.#subscription = this.desk.operator.events.subscribe(
      (event) => {
        void this.load();
        if (this.detail?.number === event.data.number) void this.#reloadDetail();
      },
      { onOpen: () => (this.live = 'connected'), onError: () => (this.live = 'reconnecting') },
    );
    void this.load();
  }

  #stop() {
    this.#subscription?.close();
    this.#subscription = undefined;
    this.#desk = undefined;
    this.#files?.release();
    this.#files = undefined;
    this.live = 'off';
  }

  /** Reloads the queue for the chosen filter. */
  load(): Promise<void> {
    return this.#queue.run();
  }

  async #more() {
    if (!this.queue?.nextCursor) return;
    const next = await this.desk.operator.tickets.list({ status: this.filter, limit: 50, cursor: this.queue.nextCursor });
    this.queue = { data: [...this.queue.data, ...next.data], nextCursor: next.nextCursor };
  }

  async openTicket(number: string) {
    try {
      this.detail = await this.desk.operator.tickets.get(number);
      this.#detailTabs.reset();
      this.errors = NO_ERRORS;
      this.accept = { note: '', expectedBy: '' };
      this.record = { category: this.detail.category, note: '', result: '' };
      this.announcement = undefined;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#desk-heading')?.focus());
    } catch (error) {
      this.loadError = errorsFrom(error, this.t, []).form;
    }
  }

  async #reloadDetail() {
    if (!this.detail) return;
    this.detail = await this.desk.operator.tickets.get(this.detail.number);
  }

  async #act(event: Event, kind: 'accept' | 'record') {
    event.preventDefault();
    const ticket = this.detail;
    if (!ticket) return;
    const locale = this.effectiveLocale;
    const text = ticketDeskText(locale);
    const required = (value: string) => (value.trim() ? undefined : fieldMessage(locale, 'required'));
    const picker = this.renderRoot.querySelector<WharfAttachmentPicker>('form[data-form=record] wharf-attachment-picker');
    const missing =
      kind === 'accept'
        ? { note: required(this.accept.note), expectedBy: required(this.accept.expectedBy) }
        : { category: required(this.record.category), note: required(this.record.note), result: required(this.record.result) };
    const fields = Object.fromEntries(Object.entries(missing).filter((entry): entry is [string, string] => Boolean(entry[1])));
    if (Object.keys(fields).length || picker?.uploading) {
      this.errors = { fields, form: picker?.uploading ? attachmentPickerText(locale).waitForUploads : undefined };
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('form [aria-invalid=true]')?.focus());
      return;
    }
    this.busy = true;
    this.errors = NO_ERRORS;
    try {
      const updated =
        kind === 'accept'
          ? await this.desk.operator.tickets.accept(ticket.number, { note: this.accept.note.trim(), expectedBy: this.accept.expectedBy })
          : await this.desk.operator.tickets.addRecord(ticket.number, {
              category: this.record.category as TicketCategory,
              note: this.record.note.trim(),
              result: this.record.result as RecordResult,
              attachmentIds: picker?.attachments.map((attachment) => attachment.id) ?? [],
            });
      picker?.clear();
      this.detail = updated;
      this.record = { category: updated.category, note: '', result: '' };
      this.#detailTabs.select('records');
      this.announcement = kind === 'accept' ? text.accept.done(updated.number) : updated.status === 'completed' ? text.record.completed(updated.number) : text.record.done(updated.number);
      this.emit(new WharfTicketUpdatedEvent({ number: updated.number, status: updated.status, change: kind === 'accept' ? 'ticket.accepted' : updated.status === 'completed' ? 'ticket.completed' : 'ticket.record_added' }));
      void this.load();
    } catch (error) {
      this.errors = errorsFrom(error, this.t, kind === 'accept' ? ['note', 'expectedBy'] : ['category', 'note', 'result']);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const locale = this.effectiveLocale;
    const text = ticketDeskText(locale);
    if (!this.operatorToken) return formMessage(text.noToken, 'info');
    return html`
      <h2 id="desk-title">${text.heading} <span class="live" role="status">${this.live === 'connected' ? text.live.connected : this.live === 'reconnecting' ? text.live.reconnecting : ''}</span></h2>
      <div role="status" part="message">${this.announcement ? html`<p class="message success">${this.announcement}</p>` : nothing}</div>
      ${this.loadError ? formMessage(this.loadError) : nothing}
      ${this.detail ? this.#renderTicket(this.detail, text) : this.#renderQueue(text)}
    `;
  }

  #renderQueue(text: TicketDeskText) {
    const shared = ticketText(this.effectiveLocale);
    return html`<div class="toolbar">
        ${selectField({
          id: 'filter',
          label: text.filter,
          value: this.filter,
          placeholder: text.filters.open,
          optional: true,
          options: OPERATOR_TICKET_FILTERS.filter((filter) => filter !== 'open').map((filter) => ({ value: filter, label: text.filters[filter] })),
          onChange: (value) => (this.filter = (value || 'open') as Filter),
        })}
      </div>
      ${!this.queue
        ? html`<p role="status">${shared.loading}</p>`
        : this.queue.data.length === 0
          ? html`<p class="hint">${text.empty}</p>`
          : html`<div class="queue-scroll">
              ${ticketTable(shared, this.effectiveLocale, text.queue, this.queue.data, (number) => this.openTicket(number), { withEnterprise: true })}
            </div>`}
      ${this.queue?.nextCursor ? html`<button type="button" class="secondary" @click=${() => this.#more()}>${shared.more}</button>` : nothing}`;
  }

  #renderTicket(ticket: Ticket, text: TicketDeskText) {
    const locale = this.effectiveLocale;
    const shared = ticketText(locale);
    const errors = this.errors.fields;
    const actions = canAccept(ticket.status)
      ? html`<form part="form" data-form="accept" novalidate @submit=${(event: Event) => this.#act(event, 'accept')}>
          <h3>${text.accept.heading}</h3>
          ${textareaField({ id: 'accept-note', label: text.accept.note, hint: text.accept.noteHint, value: this.accept.note, error: errors.note, rows: 3, maxlength: TICKET_POLICY.noteMax, onInput: (note) => (this.accept = { ...this.accept, note }) })}
          ${field({ id: 'expectedBy', label: text.accept.expectedBy, type: 'date', min: today(), value: this.accept.expectedBy, autocomplete: 'off', error: errors.expectedBy, marked: true, onInput: (expectedBy) => (this.accept = { ...this.accept, expectedBy }) })}
          ${formMessage(this.errors.form)}
          <div class="row"><button type="submit" ?disabled=${this.busy}>${text.accept.submit}</button></div>
        </form>`
      : canAddRecord(ticket.status)
        ? html`<form part="form" data-form="record" novalidate @submit=${(event: Event) => this.#act(event, 'record')}>
            <h3>${text.record.heading}</h3>
            <div class="columns">
              ${selectField({ id: 'record-category', label: shared.category, value: this.record.category, placeholder: text.record.chooseCategory, options: TICKET_CATEGORIES.map((c) => ({ value: c, label: shared.labels.categories[c] })), error: errors.category, onChange: (category) => (this.record = { ...this.record, category }) })}
              ${selectField({ id: 'record-result', label: text.record.result, value: this.record.result, placeholder: text.record.chooseResult, hint: text.record.resolvedHint, options: RECORD_RESULTS.map((r) => ({ value: r, label: shared.labels.results[r] })), error: errors.result, onChange: (result) => (this.record = { ...this.record, result }) })}
            </div>
            ${textareaField({ id: 'record-note', label: text.record.note, value: this.record.note, error: errors.note, rows: 4, maxlength: TICKET_POLICY.noteMax, onInput: (note) => (this.record = { ...this.record, note }) })}
            <wharf-attachment-picker .uploader=${(file: File, options: Parameters<WharfClient['attachments']['upload']>[1]) => this.desk.operator.attachments.upload(file, options)}></wharf-attachment-picker>
            ${formMessage(this.errors.form)}
            <div class="row"><button type="submit" ?disabled=${this.busy}>${text.record.submit}</button></div>
          </form>`
        : html`<p class="hint">${text.completedNote}</p>`;
    return html`<article aria-labelledby="desk-heading">
      <button type="button" class="link" @click=${() => ((this.detail = undefined), void this.load())}>← ${text.back}</button>
      <h2 id="desk-heading" tabindex="-1">${ticket.number}: ${ticket.title} ${statusBadge(shared, ticket.status)}</h2>
      <p class="hint">${ticket.enterprise ? `${ticket.enterprise.name} (${ticket.enterprise.accountNumber}) · ` : ''}${ticket.product}</p>
      ${ticketDetail({ text: shared, locale, ticket, tabs: this.#detailTabs, files: this.files })}
      <section>${actions}</section>
    </article>`;
  }
}
