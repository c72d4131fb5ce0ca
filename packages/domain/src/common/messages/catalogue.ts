import type { Locale } from '../locale.ts';
import type { CommonMessages } from './codes.ts';
import { commonEn } from './en.ts';
import type { Catalogue } from './types.ts';
import { commonZhCN } from './zh-CN.ts';
import { commonZhHK } from './zh-HK.ts';

const CATALOGUES: Record<Locale, CommonMessages> = { en: commonEn, 'zh-CN': commonZhCN, 'zh-HK': commonZhHK };

export function commonMessagesFor(locale: Locale): CommonMessages {
  return CATALOGUES[locale] ?? commonEn;
}

/** The general field codes and the problem titles, which the registry always knows. */
export const COMMON_CATALOGUE: Catalogue = {
  feature: 'common',
  field: { en: commonEn.field, 'zh-CN': commonZhCN.field, 'zh-HK': commonZhHK.field },
  problem: { en: commonEn.problem, 'zh-CN': commonZhCN.problem, 'zh-HK': commonZhHK.problem },
};
