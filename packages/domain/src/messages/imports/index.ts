import type { Locale } from '../../locale.ts';
import type { ImportFieldCode, ImportMessages, MessageParams } from '../codes.ts';
import { productFieldMessage } from '../products/index.ts';
import { importsEn } from './en.ts';
import { importsZhCN } from './zh-CN.ts';
import { importsZhHK } from './zh-HK.ts';

const CATALOGUES: Record<Locale, ImportMessages> = { en: importsEn, 'zh-CN': importsZhCN, 'zh-HK': importsZhHK };

export function importMessagesFor(locale: Locale): ImportMessages {
  return CATALOGUES[locale] ?? importsEn;
}

function isImportFieldCode(code: string): code is ImportFieldCode {
  return Object.hasOwn(importsEn.field, code);
}

/** The message for any field code, upload or otherwise (products, declaration elements, …): what the batch upload shows. */
export function importFieldMessage(locale: Locale, code: string, params: MessageParams = {}): string {
  return isImportFieldCode(code) ? importMessagesFor(locale).field[code](params) : productFieldMessage(locale, code, params);
}
