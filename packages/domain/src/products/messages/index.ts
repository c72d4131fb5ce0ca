// Product forms also meet declaration-element codes, and the general ones.
import '../../reference/messages/index.ts';
import type { Locale } from '../../common/locale.ts';
import type { MessageParams } from '../../common/messages/params.ts';
import { fieldMessage as registeredMessage, registerCatalogue } from '../../common/messages/registry.ts';
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

/**
 * The registry's `fieldMessage`, exported from this module so that a bundle which uses it keeps the product
 * catalogue (and those it imports): pages import it from `@wharf/domain/products`.
 */
export function fieldMessage(locale: Locale, code: string, params: MessageParams = {}): string {
  return registeredMessage(locale, code, params);
}
