import type { Locale } from '../../locale.ts';
import type { MessageParams, ProductFieldCode, ProductMessages } from '../codes.ts';
import { referenceFieldMessage } from '../reference/index.ts';
import { productsEn } from './en.ts';
import { productsZhCN } from './zh-CN.ts';
import { productsZhHK } from './zh-HK.ts';

const CATALOGUES: Record<Locale, ProductMessages> = { en: productsEn, 'zh-CN': productsZhCN, 'zh-HK': productsZhHK };

export function productMessagesFor(locale: Locale): ProductMessages {
  return CATALOGUES[locale] ?? productsEn;
}

function isProductFieldCode(code: string): code is ProductFieldCode {
  return Object.hasOwn(productsEn.field, code);
}

/** The message for a product code, or a reference-data, enterprise or account one: what product forms use. */
export function productFieldMessage(locale: Locale, code: string, params: MessageParams = {}): string {
  return isProductFieldCode(code) ? productMessagesFor(locale).field[code](params) : referenceFieldMessage(locale, code, params);
}
