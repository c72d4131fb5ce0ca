// Forms that meet these codes also meet the general ones (`required`, `too_long`, …).
import '../../auth/messages/index.ts';
import type { Locale } from '../../common/locale.ts';
import type { MessageParams } from '../../common/messages/params.ts';
import { fieldMessage as registeredMessage, registerCatalogue } from '../../common/messages/registry.ts';
import type { ReferenceMessages } from './codes.ts';
import { referenceEn } from './en.ts';
import { referenceZhCN } from './zh-CN.ts';
import { referenceZhHK } from './zh-HK.ts';

const CATALOGUES: Record<Locale, ReferenceMessages> = { en: referenceEn, 'zh-CN': referenceZhCN, 'zh-HK': referenceZhHK };

export function referenceMessagesFor(locale: Locale): ReferenceMessages {
  return CATALOGUES[locale] ?? referenceEn;
}

/** Refusals about declaration elements and HS-code catalogue files. */
export const REFERENCE_CATALOGUE = registerCatalogue({
  feature: 'reference',
  field: { en: referenceEn.field, 'zh-CN': referenceZhCN.field, 'zh-HK': referenceZhHK.field },
});

/**
 * The registry's `fieldMessage`, exported from this module so that a bundle which uses it keeps the reference-data
 * catalogue (and those it imports): pages import it from `@wharf/domain/reference`.
 */
export function fieldMessage(locale: Locale, code: string, params: MessageParams = {}): string {
  return registeredMessage(locale, code, params);
}
