import type { Locale, Ticket } from '@wharf/domain';
import { html, nothing } from 'lit';
import type { TicketText } from './text.ts';
import type { TabsController } from '../controllers/tabs.ts';
import { allAttachments, attachmentList, ticketDetails, ticketOtherInfo, ticketRecords, type AttachmentFiles } from './views.ts';

export type DetailTab = 'details' | 'records' | 'attachments' | 'other';

/** The detail's four tabs (seed 001): details, processing records, attachments, other information. */
export function ticketDetail(options: { text: TicketText; locale: Locale; ticket: Ticket; tabs: TabsController<DetailTab>; files: AttachmentFiles }) {
  const { text, locale, ticket, files } = options;
  const attachments = allAttachments(ticket);
  return options.tabs.render({
    label: text.tabsLabel,
    tabs: [
      { key: 'details', label: text.tabs.details },
      { key: 'records', label: `${text.tabs.records} (${ticket.records.length})` },
      { key: 'attachments', label: `${text.tabs.attachments} (${attachments.length})` },
      { key: 'other', label: text.tabs.other },
    ],
    panel: (tab) => {
      switch (tab) {
        case 'records':
          return ticketRecords(text, locale, ticket.records, files);
        case 'attachments':
          return attachmentList(text, attachments, files);
        case 'other':
          return ticketOtherInfo(text, locale, ticket);
        default:
          return html`${ticketDetails(text, locale, ticket)}${ticket.attachments.length ? attachmentList(text, ticket.attachments, files) : nothing}`;
      }
    },
  });
}
