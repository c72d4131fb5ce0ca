// Ticket forms also meet enterprise and account codes.
import '../../enterprises/messages/index.ts';
import type { Locale } from '../../common/locale.ts';
import type { MessageParams } from '../../common/messages/params.ts';
import { fieldMessage as registeredMessage, registerCatalogue } from '../../common/messages/registry.ts';
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

/**
 * The registry's `fieldMessage`, exported from this module so that a bundle which uses it keeps the ticket
 * catalogue (and those it imports): pages import it from `@wharf/domain/tickets`.
 */
export function fieldMessage(locale: Locale, code: string, params: MessageParams = {}): string {
  return registeredMessage(locale, code, params);
}
