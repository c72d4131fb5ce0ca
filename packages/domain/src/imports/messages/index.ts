// An upload's rows meet every product and reference-data code.
import '../../products/messages/index.ts';
import type { Locale } from '../../common/locale.ts';
import { registerCatalogue } from '../../common/messages/registry.ts';
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
