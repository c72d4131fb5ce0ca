// Ticket forms also meet enterprise and account codes.
import '../../enterprises/messages/index.ts';
import type { Locale } from '../../common/locale.ts';
import { registerCatalogue } from '../../common/messages/registry.ts';
import type { TicketMessages } from './codes.ts';
import { ticketsEn } from './en.ts';
import { ticketsZhCN } from './zh-CN.ts';
import { ticketsZhHK } from './zh-HK.ts';

const CATALOGUES: Record<Locale, TicketMessages> = { en: ticketsEn, 'zh-CN': ticketsZhCN, 'zh-HK': ticketsZhHK };

export function ticketMessagesFor(locale: Locale): TicketMessages {
  return CATALOGUES[locale] ?? ticketsEn;
}

/** Refusals about tickets, attachments and webhooks. */
export const TICKET_CATALOGUE = registerCatalogue({
  feature: 'tickets',
  field: { en: ticketsEn.field, 'zh-CN': ticketsZhCN.field, 'zh-HK': ticketsZhHK.field },
});
