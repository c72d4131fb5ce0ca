import type { Locale } from '../locale.ts';
import type { CommonMessages } from './codes.ts';
import { commonEn, commonFieldsEn } from './en.ts';
import type { Catalogue } from './types.ts';
import { commonFieldsZhCN, commonZhCN } from './zh-CN.ts';
import { commonFieldsZhHK, commonZhHK } from './zh-HK.ts';

const CATALOGUES: Record<Locale, CommonMessages> = { en: commonEn, 'zh-CN': commonZhCN, 'zh-HK': commonZhHK };

export function commonMessagesFor(locale: Locale): CommonMessages {
  return CATALOGUES[locale] ?? commonEn;
}

/** The general field codes (`required`, `too_long`, …), which the registry always knows. */
export const COMMON_CATALOGUE: Catalogue = {
  feature: 'common',
  field: { en: commonFieldsEn, 'zh-CN': commonFieldsZhCN, 'zh-HK': commonFieldsZhHK },
};
