// An upload's rows meet every product and reference-data code.
import '../../products/messages/index.ts';
import type { Locale } from '../../common/locale.ts';
import type { MessageParams } from '../../common/messages/params.ts';
import { fieldMessage as registeredMessage, registerCatalogue } from '../../common/messages/registry.ts';
import type { ImportMessages } from './codes.ts';
import { importsEn } from './en.ts';
import { importsZhCN } from './zh-CN.ts';
import { importsZhHK } from './zh-HK.ts';

const CATALOGUES: Record<Locale, ImportMessages> = { en: importsEn, 'zh-CN': importsZhCN, 'zh-HK': importsZhHK };

export function importMessagesFor(locale: Locale): ImportMessages {
  return CATALOGUES[locale] ?? importsEn;
}

/** Refusals about batch uploads: the file, its header, its rows. */
export const IMPORT_CATALOGUE = registerCatalogue({
  feature: 'imports',
  field: { en: importsEn.field, 'zh-CN': importsZhCN.field, 'zh-HK': importsZhHK.field },
});

/**
 * The registry's `fieldMessage`, exported from this module so that a bundle which uses it keeps the upload
 * catalogue (and those it imports): pages import it from `@wharf/domain/imports`.
 */
export function fieldMessage(locale: Locale, code: string, params: MessageParams = {}): string {
  return registeredMessage(locale, code, params);
}
