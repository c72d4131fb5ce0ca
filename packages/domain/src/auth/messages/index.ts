import type { Locale } from '../../common/locale.ts';
import type { MessageParams } from '../../common/messages/params.ts';
import { fieldMessage as registeredMessage, registerCatalogue } from '../../common/messages/registry.ts';
import type { Messages } from './codes.ts';
import { accountFieldsEn, en } from './en.ts';
import { accountFieldsZhCN, zhCN } from './zh-CN.ts';
import { accountFieldsZhHK, zhHK } from './zh-HK.ts';

const CATALOGUES: Record<Locale, Messages> = { en, 'zh-CN': zhCN, 'zh-HK': zhHK };

/** Messages about accounts only: what sign-in and registration forms carry, and nothing about enterprises. */
export function accountMessagesFor(locale: Locale): Messages {
  return CATALOGUES[locale] ?? en;
}

/** The account codes (the general ones are common; details and mails are the server's, see messages/index.ts). */
export const ACCOUNT_CATALOGUE = registerCatalogue({
  feature: 'auth',
  field: { en: accountFieldsEn, 'zh-CN': accountFieldsZhCN, 'zh-HK': accountFieldsZhHK },
});

/**
 * The registry's `fieldMessage`, exported from this module so that a bundle which uses it keeps the account
 * catalogue (and those it imports): pages import it from `@wharf/domain/auth`.
 */
export function fieldMessage(locale: Locale, code: string, params: MessageParams = {}): string {
  return registeredMessage(locale, code, params);
}
