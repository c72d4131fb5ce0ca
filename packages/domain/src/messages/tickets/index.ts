import type { Locale } from '../../locale.ts';
import type { MessageParams, TicketFieldCode, TicketMessages } from '../codes.ts';
import { enterpriseFieldMessage } from '../enterprise/index.ts';
import { ticketsEn } from './en.ts';
import { ticketsZhCN } from './zh-CN.ts';
import { ticketsZhHK } from './zh-HK.ts';

const CATALOGUES: Record<Locale, TicketMessages> = { en: ticketsEn, 'zh-CN': ticketsZhCN, 'zh-HK': ticketsZhHK };

export function ticketMessagesFor(locale: Locale): TicketMessages {
  return CATALOGUES[locale] ?? ticketsEn;
}

function isTicketFieldCode(code: string): code is TicketFieldCode {
  return Object.hasOwn(ticketsEn.field, code);
}

/** The message for any field code, ticket, enterprise or account: what ticket forms use. */
export function ticketFieldMessage(locale: Locale, code: string, params: MessageParams = {}): string {
  return isTicketFieldCode(code) ? ticketMessagesFor(locale).field[code](params) : enterpriseFieldMessage(locale, code, params);
}
