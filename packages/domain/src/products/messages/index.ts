// Product forms also meet declaration-element codes, and the general ones.
import '../../reference/messages/index.ts';
import type { Locale } from '../../common/locale.ts';
import { registerCatalogue } from '../../common/messages/registry.ts';
import type { ProductMessages } from './codes.ts';
import { productsEn } from './en.ts';
import { productsZhCN } from './zh-CN.ts';
import { productsZhHK } from './zh-HK.ts';

const CATALOGUES: Record<Locale, ProductMessages> = { en: productsEn, 'zh-CN': productsZhCN, 'zh-HK': productsZhHK };

export function productMessagesFor(locale: Locale): ProductMessages {
  return CATALOGUES[locale] ?? productsEn;
}

/** Refusals about products and their filing. */
export const PRODUCT_CATALOGUE = registerCatalogue({
  feature: 'products',
  field: { en: productsEn.field, 'zh-CN': productsZhCN.field, 'zh-HK': productsZhHK.field },
});
