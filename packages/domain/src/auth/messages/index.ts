import type { Locale } from '../../common/locale.ts';
import { registerCatalogue } from '../../common/messages/registry.ts';
import type { Messages } from './codes.ts';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';
import { zhHK } from './zh-HK.ts';

const CATALOGUES: Record<Locale, Messages> = { en, 'zh-CN': zhCN, 'zh-HK': zhHK };

/** Messages about accounts only: what sign-in and registration forms carry, and nothing about enterprises. */
export function accountMessagesFor(locale: Locale): Messages {
  return CATALOGUES[locale] ?? en;
}

/** The account codes (and the general ones: `required`, `too_long`, …), the problem titles and sign-in details. */
export const ACCOUNT_CATALOGUE = registerCatalogue({
  feature: 'auth',
  field: { en: en.field, 'zh-CN': zhCN.field, 'zh-HK': zhHK.field },
  detail: { en: en.detail, 'zh-CN': zhCN.detail, 'zh-HK': zhHK.detail },
  problem: { en: en.problem, 'zh-CN': zhCN.problem, 'zh-HK': zhHK.problem },
});
