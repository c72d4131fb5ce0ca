import type { Locale } from '@wharf/domain';
import { ticketMessagesFor } from '@wharf/domain/tickets';
import { catalogue } from '../i18n/localize.ts';
import { en, type TicketWords } from './i18n/en.ts';
import { zhCN } from './i18n/zh-CN.ts';
import { zhHK } from './i18n/zh-HK.ts';

/**
 * Strings shared by `<wharf-ticket-widget>`, `<wharf-ticket-desk>` and `<wharf-attachment-picker>`: what a
 * ticket is made of and how its history reads. Status, category and result names come from the domain's
 * ticket messages (the same words the emails use).
 */
export interface TicketText extends TicketWords {
  labels: ReturnType<typeof ticketMessagesFor>['labels'];
}

const words = catalogue<TicketWords>({ en, 'zh-CN': zhCN, 'zh-HK': zhHK });

export function ticketText(locale: Locale): TicketText {
  return { ...words(locale), labels: ticketMessagesFor(locale).labels };
}
