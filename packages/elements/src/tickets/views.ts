import type { Attachment, Locale, Ticket, TicketListItem, TicketRecord } from '@wharf/domain';
import { html, nothing } from 'lit';
import { until } from 'lit/directives/until.js';
import { formatDateTime } from '../i18n/localize.ts';
import type { TicketText } from './text.ts';

// Pieces of ticket display shared by the customer's widget and the agents' desk.

export function statusBadge(text: TicketText, status: Ticket['status']) {
  return html`<span class="status" data-status=${status} part="status">${text.labels.statuses[status]}</span>`;
}

const when = (locale: Locale, iso: string | null | undefined) =>
  iso ? html`<time datetime=${iso}>${formatDateTime(locale, new Date(iso))}</time>` : html`—`;

/** A calendar date (`YYYY-MM-DD`) in the user's words, without shifting it by time zone. */
export function formatCalendarDate(locale: Locale, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(year!, month! - 1, day!)));
}

/** The ticket list as a table: number (opens it), title, category, status, date. */
export function ticketTable(
  text: TicketText,
  locale: Locale,
  caption: string,
  tickets: readonly TicketListItem[],
  open: (number: string) => void,
  options: { withEnterprise?: boolean } = {},
) {
  return html`<table class="tickets" part="table">
    <caption class="visually-hidden">${caption}</caption>
    <thead>
      <tr>
        <th scope="col">${text.number}</th>
        <th scope="col">${text.title}</th>
        ${options.withEnterprise ? html`<th scope="col">${text.enterprise}</th>` : nothing}
        <th scope="col">${text.category}</th>
        <th scope="col">${text.status}</th>
        <th scope="col">${text.createdAt}</th>
      </tr>
    </thead>
    <tbody>
      ${tickets.map(
        (ticket) => html`<tr data-number=${ticket.number}>
          <th scope="row"><button type="button" class="link" @click=${() => open(ticket.number)}>${ticket.number}</button></th>
          <td>${ticket.title}</td>
          ${options.withEnterprise ? html`<td>${ticket.enterprise?.name ?? ''}</td>` : nothing}
          <td>${text.labels.categories[ticket.category]}</td>
          <td>${statusBadge(text, ticket.status)}</td>
          <td>${when(locale, ticket.createdAt)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** What was asked: the "details" tab. */
export function ticketDetails(text: TicketText, locale: Locale, ticket: Ticket) {
  return html`<dl class="facts">
    <dt>${text.number}</dt>
    <dd>${ticket.number}</dd>
    <dt>${text.status}</dt>
    <dd>${statusBadge(text, ticket.status)}</dd>
    <dt>${text.product}</dt>
    <dd>${ticket.product}</dd>
    <dt>${text.category}</dt>
    <dd>${text.labels.categories[ticket.category]}</dd>
    <dt>${text.title}</dt>
    <dd>${ticket.title}</dd>
    <dt>${text.description}</dt>
    <dd>${ticket.description}</dd>
    <dt>${text.contactName}</dt>
    <dd>${ticket.contactName}</dd>
    <dt>${text.contactPhone}</dt>
    <dd><a href=${`tel:${ticket.contactPhone.replace(/[^\d+]/g, '')}`}>${ticket.contactPhone}</a></dd>
    <dt>${text.createdAt}</dt>
    <dd>${when(locale, ticket.createdAt)}</dd>
  </dl>`;
}

/** Who and when: the "other information" tab. */
export function ticketOtherInfo(text: TicketText, locale: Locale, ticket: Ticket) {
  return html`<dl class="facts">
    ${ticket.enterprise ? html`<dt>${text.enterprise}</dt><dd>${ticket.enterprise.name} (${ticket.enterprise.accountNumber})</dd>` : nothing}
    <dt>${text.askedBy}</dt>
    <dd>${ticket.createdBy.name}</dd>
    <dt>${text.createdAt}</dt>
    <dd>${when(locale, ticket.createdAt)}</dd>
    <dt>${text.acceptedAt}</dt>
    <dd>${when(locale, ticket.acceptedAt)}</dd>
    <dt>${text.expectedBy}</dt>
    <dd>${ticket.expectedBy ? formatCalendarDate(locale, ticket.expectedBy) : '—'}</dd>
    <dt>${text.completedAt}</dt>
    <dd>${when(locale, ticket.completedAt)}</dd>
    ${ticket.reopenableUntil ? html`<dt>${text.reopenableUntil}</dt><dd>${when(locale, ticket.reopenableUntil)}</dd>` : nothing}
    <dt>${text.updatedAt}</dt>
    <dd>${when(locale, ticket.updatedAt)}</dd>
  </dl>`;
}

/** The history, oldest first: acceptance, processing records, replies, reopenings. */
export function ticketRecords(text: TicketText, locale: Locale, records: readonly TicketRecord[], files: AttachmentFiles) {
  if (records.length === 0) return html`<p class="hint">${text.noRecords}</p>`;
  return html`<ol class="records" part="records">
    ${records.map(
      (record) => html`<li data-kind=${record.kind} data-author=${record.author.kind}>
        <div class="record-head">
          <strong>${text.recordKinds[record.kind]}</strong>
          <span>${record.author.kind === 'agent' ? text.agent : text.customer}: ${record.author.name}</span>
          ${when(locale, record.at)}
        </div>
        ${record.category ? html`<div class="record-head"><span>${text.category}: ${text.labels.categories[record.category]}</span></div>` : nothing}
        <p class="record-note">${record.note}</p>
        ${record.result ? html`<p class="record-note"><strong>${text.result}:</strong> ${text.labels.results[record.result]}</p>` : nothing}
        ${record.expectedBy ? html`<p class="record-note"><strong>${text.expectedBy}:</strong> ${formatCalendarDate(locale, record.expectedBy)}</p>` : nothing}
        ${record.attachments.length ? attachmentList(text, record.attachments, files) : nothing}
      </li>`,
    )}
  </ol>`;
}

/** Every file of the ticket: those asked with it, then those of its records. */
export function allAttachments(ticket: Ticket): Attachment[] {
  return [...ticket.attachments, ...ticket.records.flatMap((record) => record.attachments)];
}

/** Images as thumbnails (opening full size), other files as download buttons. */
export function attachmentList(text: TicketText, attachments: readonly Attachment[], files: AttachmentFiles) {
  if (attachments.length === 0) return html`<p class="hint">${text.noAttachments}</p>`;
  return html`<ul class="files" part="attachments">
    ${attachments.map((attachment) =>
      attachment.preview
        ? html`<li>
            ${until(
              files.url(attachment).then(
                (url) => html`<a href=${url} target="_blank" rel="noopener" title=${attachment.name}><img src=${url} alt=${text.preview(attachment.name)} /></a>`,
                () => html`<span>${attachment.name}</span>`,
              ),
              html`<span class="hint">${attachment.name}</span>`,
            )}
          </li>`
        : html`<li>
            <button type="button" class="secondary" aria-label=${text.download(attachment.name)} @click=${() => files.save(attachment)}>
              ${attachment.name} (${text.size(attachment.size)})
            </button>
          </li>`,
    )}
  </ul>`;
}

/**
 * Files fetched through the client (a bearer session cannot put its token on an `<img src>`), kept as object
 * URLs for the element's life and released when it goes.
 */
export class AttachmentFiles {
  #urls = new Map<string, Promise<string>>();
  constructor(private readonly download: (id: string) => Promise<Blob>) {}

  url(attachment: Attachment): Promise<string> {
    let url = this.#urls.get(attachment.id);
    if (!url) {
      url = this.download(attachment.id).then((blob) => URL.createObjectURL(blob));
      url.catch(() => this.#urls.delete(attachment.id));
      this.#urls.set(attachment.id, url);
    }
    return url;
  }

  async save(attachment: Attachment) {
    const link = document.createElement('a');
    link.href = await this.url(attachment);
    link.download = attachment.name;
    link.click();
  }

  release() {
    for (const url of this.#urls.values()) void url.then((href) => URL.revokeObjectURL(href), () => {});
    this.#urls.clear();
  }
}
