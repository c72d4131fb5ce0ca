import { consume } from '@lit/context';
import type { Ticket, TicketListItem, TicketOptions, TicketSummary, WharfEvent } from '@wharf/domain';
import { canReopen, canReply, isTicketEvent, TICKET_EVENT_TYPES, type CustomerTicketFilter } from '@wharf/domain/tickets';
import type { EventSubscription, Page } from '@wharf/sdk';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SessionTask } from '../../controllers/session-task.ts';
import { sessionContext, type Session } from '../../internal/context.ts';
import { errorsFrom } from '../../internal/form-errors.ts';
import { formMessage } from '../../internal/templates.ts';
import { ticketText } from '../../tickets/text.ts';
import { AttachmentFiles, formatCalendarDate, statusBadge, ticketTable } from '../../tickets/views.ts';
import { ticketStyles } from '../../tickets/ticket.styles.ts';
import { WharfElement } from '../../internal/wharf-element.ts';
import { catalogue, formatDateTime } from '../../i18n/localize.ts';
import { formStyles } from '../../styles/form.styles.ts';
import { AskForm } from './ask-form.ts';
import { ticketDetail, type DetailTab } from '../../tickets/detail-tabs.ts';
import { NoteForm } from '../../tickets/note-form.ts';
import { WharfTicketCreatedEvent } from '../../events/ticket-created.ts';
import { WharfTicketUpdatedEvent } from '../../events/ticket-updated.ts';
import { en, type TicketWidgetText } from './i18n/en.ts';
import { zhCN } from './i18n/zh-CN.ts';
import { zhHK } from './i18n/zh-HK.ts';
import { ticketWidgetStyles } from './ticket-widget.styles.ts';
import { TabsController } from '../../controllers/tabs.ts';

/** The strings of `<wharf-ticket-widget>` in each locale. */
export const ticketWidgetText = catalogue<TicketWidgetText>({ en, 'zh-CN': zhCN, 'zh-HK': zhHK });

export type TicketWidgetView = 'dashboard' | 'ask' | CustomerTicketFilter;
const VIEWS: readonly TicketWidgetView[] = ['dashboard', 'ask', 'open', 'completed'];

/**
 * Support inside the customer's own tools (PRODUCT §2, seed 001): an overview (counts, by category,
 * recently completed, service expiry), the ask form with attachments, the tickets in progress and completed,
 * and each ticket with its details, processing records, attachments and other information, replies and
 * reopening. It follows agents' steps live (Server-Sent Events) without a reload.
 *
 * @tagname wharf-ticket-widget
 * @event wharf-ticket-created - A ticket was submitted (`number`, `ticket`).
 * @event wharf-ticket-updated - A ticket of the enterprise changed (`number`, `status`, `change`): for a host's own badge.
 *
 * @csspart nav - The section buttons.
 * @csspart service - The service expiry line.
 * @csspart form - The ask, reply and reopen forms.
 * @csspart field - Each label, input and error group of a form.
 * @csspart label - Field labels.
 * @csspart input - Text and date inputs.
 * @csspart select - Drop-downs (product, category).
 * @csspart textarea - The question and reply text.
 * @csspart error - The error under a field.
 * @csspart submit - The forms' submit buttons.
 * @csspart table - The ticket lists.
 * @csspart tabs - The detail's tab list.
 * @csspart panel - The selected tab's panel.
 * @csspart records - The processing records.
 * @csspart attachments - A ticket's files.
 * @csspart status - A ticket's status badge.
 * @csspart message - Announcements and errors.
 */
export class WharfTicketWidget extends WharfElement {
  static override styles = [formStyles, ticketStyles, ticketWidgetStyles];

  /** The section shown: `dashboard`, `ask`, `open` or `completed`. */
  @property({ reflect: true }) view: TicketWidgetView = 'dashboard';
  /** A ticket number to open (e.g. from a link in a notification email). */
  @property() ticket?: string;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: Session = { status: 'unknown' };

  @state() private summary?: TicketSummary;
  @state() private options?: TicketOptions;
  @state() private lists: Partial<Record<CustomerTicketFilter, Page<TicketListItem>>> = {};
  @state() private detail?: Ticket;
  @state() private loadError?: string;
  @state() private announcement?: string;
  @state() private live: 'off' | 'connected' | 'reconnecting' = 'off';

  private readonly ask = new AskForm(this);
  private readonly reply = new NoteForm(this, 'reply');
  private readonly reopen = new NoteForm(this, 'reopen');
  /** The open ticket's tabs: details, processing records, attachments, other information. */
  #detailTabs = new TabsController<DetailTab>(this, { id: 'ticket', initial: 'details' });
  #files?: AttachmentFiles;
  #subscription?: EventSubscription;
  #activeFor?: string;
  #viewLoad?: Promise<void>;

  /** The overview and the ticket options, for the user's enterprise (not while they wait for approval). */
  #overview = new SessionTask(this, {
    client: () => this.client,
    sessionKey: (session) => (session.enterprise && session.enterprise.role !== 'pending' ? `${session.user.id}:${session.enterprise.enterpriseId}` : undefined),
    load: (client, signal) => Promise.all([client.tickets.summary({ signal }), this.options ?? client.tickets.options({ signal })]),
    onComplete: ([summary, options]) => {
      this.summary = summary;
      this.options = options;
      this.loadError = undefined;
      this.#viewLoad = this.#loadView();
    },
    onError: (error) => (this.loadError = errorsFrom(error, this.t, []).form),
  });

  private get files() {
    return (this.#files ??= new AttachmentFiles((id) => this.client.attachments.download(id)));
  }

  protected override updated(changed: PropertyValues<this>) {
    // Live events follow whom the overview is for.
    const key = this.#overview.key;
    if (key !== this.#activeFor) {
      if (key) this.#activate(key);
      else this.#deactivate();
    }
    if (changed.has('session' as keyof WharfTicketWidget) && this.session.status === 'signed-in') this.ask.prefill(this.session.user.name);
    if (changed.has('ticket') && this.ticket && this.ticket !== this.detail?.number && this.#activeFor) void this.openTicket(this.ticket);
    if (changed.has('view') && this.#activeFor && changed.get('view') !== undefined) void this.#loadView();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#deactivate();
  }

  override connectedCallback() {
    super.connectedCallback();
    // Re-attached (moved in the page): pick up where it was.
    if (this.hasUpdated) {
      this.requestUpdate();
      void this.refresh();
    }
  }

  #activate(key: string) {
    this.#deactivate();
    this.#activeFor = key;
    this.#subscription = this.client.events.subscribe((event) => this.#onEvent(event), {
      types: TICKET_EVENT_TYPES,
      onOpen: () => (this.live = 'connected'),
      onError: () => (this.live = 'reconnecting'),
    });
    if (this.ticket) void this.openTicket(this.ticket);
  }

  #deactivate() {
    this.#subscription?.close();
    this.#subscription = undefined;
    this.#activeFor = undefined;
    this.live = 'off';
    this.#files?.release();
    this.#files = undefined;
  }

  /** Reloads the overview and the section shown (what a live event or a reconnect does). */
  async refresh() {
    this.#viewLoad = undefined;
    await this.#overview.run();
    await this.#viewLoad;
  }

  async #loadView() {
    const view = this.view;
    if (view !== 'open' && view !== 'completed') return;
    try {
      this.lists = { ...this.lists, [view]: await this.client.tickets.list({ status: view, limit: 20 }) };
    } catch (error) {
      this.loadError = errorsFrom(error, this.t, []).form;
    }
  }

  async #more(view: CustomerTicketFilter) {
    const current = this.lists[view];
    if (!current?.nextCursor) return;
    const next = await this.client.tickets.list({ status: view, limit: 20, cursor: current.nextCursor });
    this.lists = { ...this.lists, [view]: { data: [...current.data, ...next.data], nextCursor: next.nextCursor } };
  }

  /** Opens a ticket's detail. */
  async openTicket(number: string) {
    try {
      this.detail = await this.client.tickets.get(number);
      this.#detailTabs.reset();
      this.reply.reset();
      this.reopen.reset();
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#detail-heading')?.focus());
    } catch (error) {
      this.loadError = errorsFrom(error, this.t, []).form;
    }
  }

  /**
   * Changes this widget made itself (`type:number` → when): their echo on the live stream is not news to announce.
   * An echo that came before the answer leaves its entry behind, so entries only count for a few seconds.
   */
  #ownChanges = new Map<string, number>();
  #markOwn(type: WharfEvent['type'], number: string) {
    this.#ownChanges.set(`${type}:${number}`, Date.now());
  }
  #isOwn(event: WharfEvent) {
    const key = `${event.type}:${event.data.number}`;
    const at = this.#ownChanges.get(key);
    this.#ownChanges.delete(key);
    return at !== undefined && Date.now() - at < 10_000;
  }

  #onEvent(event: WharfEvent) {
    if (!isTicketEvent(event)) return;
    const { number, status } = event.data;
    if (!this.#isOwn(event)) this.announcement = ticketText(this.effectiveLocale).changed(number, ticketText(this.effectiveLocale).labels.statuses[status]);
    void this.refresh();
    if (this.detail?.number === number) void this.client.tickets.get(number).then((ticket) => (this.detail = ticket));
    this.emit(new WharfTicketUpdatedEvent({ number, status, change: event.type }));
  }

  #go(view: TicketWidgetView) {
    this.view = view;
    this.detail = undefined;
    this.announcement = undefined;
  }

  async #submitAsk(event: Event) {
    event.preventDefault();
    const ticket = await this.ask.submit(this.client, this.effectiveLocale, this.t, ticketWidgetText(this.effectiveLocale));
    if (!ticket) return;
    this.#markOwn('ticket.created', ticket.number);
    this.emit(new WharfTicketCreatedEvent({ ticket }));
    this.view = 'open';
    this.detail = ticket;
    this.#detailTabs.reset();
    this.announcement = ticketWidgetText(this.effectiveLocale).ask.created(ticket.number);
    void this.refresh();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#detail-heading')?.focus());
  }

  async #sendNote(form: NoteForm, event: Event) {
    event.preventDefault();
    const detail = this.detail;
    if (!detail) return;
    const widget = ticketWidgetText(this.effectiveLocale);
    const updated = await form.submit(this.effectiveLocale, this.t, (note, attachmentIds) =>
      form.kind === 'reply' ? this.client.tickets.reply(detail.number, { note, attachmentIds }) : this.client.tickets.reopen(detail.number, { note }),
    );
    if (!updated) return;
    this.#markOwn(form.kind === 'reply' ? 'ticket.replied' : 'ticket.reopened', updated.number);
    this.detail = updated;
    this.announcement = form.kind === 'reply' ? widget.detail.replied : widget.detail.reopened;
    this.#detailTabs.select('records');
    void this.refresh();
  }

  override render() {
    const widget = ticketWidgetText(this.effectiveLocale);
    if (this.session.status === 'signed-in' && this.session.enterprise?.role === 'pending') return nothing;
    return html`
      <nav aria-label=${widget.viewsLabel} part="nav">
        ${VIEWS.map(
          (view) => html`<button type="button" aria-current=${this.view === view && !this.detail ? 'page' : 'false'} @click=${() => this.#go(view)}>
            ${widget.views[view]}${view === 'open' && this.summary ? ` (${this.summary.open})` : ''}
          </button>`,
        )}
        <span class="live" role="status">${this.live === 'connected' ? widget.live.connected : this.live === 'reconnecting' ? widget.live.reconnecting : ''}</span>
      </nav>
      <div role="status" part="message">${this.announcement ? html`<p class="message success">${this.announcement}</p>` : nothing}</div>
      ${this.loadError ? formMessage(this.loadError) : nothing}
      ${this.detail ? this.#renderDetail(this.detail) : this.#renderView()}
    `;
  }

  #renderView() {
    const text = ticketText(this.effectiveLocale);
    const widget = ticketWidgetText(this.effectiveLocale);
    switch (this.view) {
      case 'ask':
        return this.ask.render({ locale: this.effectiveLocale, text, widget, t: this.t, ticketOptions: this.options, onSubmit: (event) => this.#submitAsk(event) });
      case 'open':
      case 'completed': {
        const page = this.lists[this.view];
        const caption = this.view === 'open' ? widget.lists.open : widget.lists.completed;
        if (!page) return html`<p role="status">${text.loading}</p>`;
        return html`<h2>${caption}</h2>
          ${page.data.length === 0
            ? html`<p class="hint">${this.view === 'open' ? widget.lists.emptyOpen : widget.lists.emptyCompleted}</p>`
            : ticketTable(text, this.effectiveLocale, caption, page.data, (number) => this.openTicket(number))}
          ${page.nextCursor ? html`<button type="button" class="secondary" @click=${() => this.#more(this.view as CustomerTicketFilter)}>${text.more}</button>` : nothing}`;
      }
      default:
        return this.#renderDashboard();
    }
  }

  #renderDashboard() {
    const text = ticketText(this.effectiveLocale);
    const widget = ticketWidgetText(this.effectiveLocale);
    const summary = this.summary;
    if (!summary) return html`<p role="status">${text.loading}</p>`;
    const expires = summary.serviceExpiresAt ? new Date(summary.serviceExpiresAt) : undefined;
    const expiresText = expires ? new Intl.DateTimeFormat(this.effectiveLocale, { dateStyle: 'long' }).format(expires) : '';
    return html`<h2>${widget.heading}</h2>
      <p class=${expires && expires.getTime() < Date.now() ? 'message error-message' : 'hint'} part="service">
        ${!expires ? widget.dashboard.noService : expires.getTime() < Date.now() ? widget.dashboard.serviceExpired(expiresText) : widget.dashboard.serviceExpires(expiresText)}
      </p>
      <dl class="counts">
        <div><dt>${widget.dashboard.open}</dt><dd>${summary.open}</dd></div>
        <div><dt>${widget.dashboard.completed}</dt><dd>${summary.completed}</dd></div>
      </dl>
      ${summary.byCategory.length
        ? html`<section>
            <table class="tickets" part="table">
              <caption><h3>${widget.dashboard.byCategory}</h3></caption>
              <thead><tr><th scope="col">${text.category}</th><th scope="col">${widget.dashboard.open}</th><th scope="col">${widget.dashboard.completed}</th></tr></thead>
              <tbody>
                ${summary.byCategory.map((row) => html`<tr><th scope="row">${text.labels.categories[row.category]}</th><td>${row.open}</td><td>${row.completed}</td></tr>`)}
              </tbody>
            </table>
          </section>`
        : nothing}
      <section>
        <h3>${widget.dashboard.recentlyCompleted}</h3>
        ${summary.recentlyCompleted.length
          ? html`<ul>
              ${summary.recentlyCompleted.map(
                (ticket) => html`<li>
                  <button type="button" class="link" @click=${() => this.openTicket(ticket.number)}>${ticket.number}</button>
                  ${ticket.title} · ${ticket.completedAt ? formatDateTime(this.effectiveLocale, new Date(ticket.completedAt)) : ''}
                </li>`,
              )}
            </ul>`
          : html`<p class="hint">${widget.dashboard.noneCompleted}</p>`}
      </section>`;
  }

  #renderDetail(ticket: Ticket) {
    const locale = this.effectiveLocale;
    const text = ticketText(locale);
    const widget = ticketWidgetText(locale);
    const now = new Date();
    const reopenable = canReopen(ticket.status, ticket.completedAt ? new Date(ticket.completedAt) : null, now);
    const actions = canReply(ticket.status)
      ? this.reply.render({ label: widget.detail.replyLabel, heading: widget.detail.reply, submit: widget.detail.replySend, withFiles: true, onSubmit: (event) => this.#sendNote(this.reply, event) })
      : reopenable
        ? this.reopen.render({
            label: widget.detail.reopenLabel,
            heading: widget.detail.reopen,
            submit: widget.detail.reopen,
            hint: widget.detail.reopenHint(formatDateTime(locale, new Date(ticket.reopenableUntil!))),
            withFiles: false,
            onSubmit: (event) => this.#sendNote(this.reopen, event),
          })
        : html`<p class="hint">${widget.detail.reopenClosed}</p>`;
    return html`<article aria-labelledby="detail-heading">
      <div class="row">
        <button type="button" class="link" @click=${() => (this.detail = undefined)}>← ${widget.detail.back}</button>
      </div>
      <h2 id="detail-heading" tabindex="-1">${widget.detail.heading(ticket.number, ticket.title)} ${statusBadge(text, ticket.status)}</h2>
      ${ticket.expectedBy && ticket.status !== 'completed' ? html`<p class="hint">${text.expectedBy}: ${formatCalendarDate(locale, ticket.expectedBy)}</p>` : nothing}
      ${ticketDetail({ text, locale, ticket, tabs: this.#detailTabs, files: this.files })}
      <section>${actions}</section>
    </article>`;
  }
}
