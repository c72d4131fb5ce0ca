// Enterprise forms also meet account codes.
import '../../auth/messages/index.ts';
import type { Locale } from '../../common/locale.ts';
import type { MessageParams } from '../../common/messages/params.ts';
import { fieldMessage as registeredMessage, registerCatalogue } from '../../common/messages/registry.ts';
import type { EnterpriseMessages } from './codes.ts';
import { enterpriseEn } from './en.ts';
import { enterpriseZhCN } from './zh-CN.ts';
import { enterpriseZhHK } from './zh-HK.ts';

const CATALOGUES: Record<Locale, EnterpriseMessages> = { en: enterpriseEn, 'zh-CN': enterpriseZhCN, 'zh-HK': enterpriseZhHK };

export function enterpriseMessagesFor(locale: Locale): EnterpriseMessages {
  return CATALOGUES[locale] ?? enterpriseEn;
}

/** Refusals about enterprises (the details of refusals about membership and API keys are the server's). */
export const ENTERPRISE_CATALOGUE = registerCatalogue({
  feature: 'enterprises',
  field: { en: enterpriseEn.field, 'zh-CN': enterpriseZhCN.field, 'zh-HK': enterpriseZhHK.field },
});

/**
 * The registry's `fieldMessage`, exported from this module so that a bundle which uses it keeps the enterprise
 * catalogue (and those it imports): pages import it from `@wharf/domain/enterprises`.
 */
export function fieldMessage(locale: Locale, code: string, params: MessageParams = {}): string {
  return registeredMessage(locale, code, params);
}
