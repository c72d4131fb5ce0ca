import type { Locale } from '../../locale.ts';
import type { MessageParams, ReferenceFieldCode, ReferenceMessages } from '../codes.ts';
import { enterpriseFieldMessage } from '../enterprise/index.ts';
import { referenceEn } from './en.ts';
import { referenceZhCN } from './zh-CN.ts';
import { referenceZhHK } from './zh-HK.ts';

const CATALOGUES: Record<Locale, ReferenceMessages> = { en: referenceEn, 'zh-CN': referenceZhCN, 'zh-HK': referenceZhHK };

export function referenceMessagesFor(locale: Locale): ReferenceMessages {
  return CATALOGUES[locale] ?? referenceEn;
}

function isReferenceFieldCode(code: string): code is ReferenceFieldCode {
  return Object.hasOwn(referenceEn.field, code);
}

/** The message for a reference-data code, or else an enterprise's or an account's (product forms need no others). */
export function referenceFieldMessage(locale: Locale, code: string, params: MessageParams = {}): string {
  return isReferenceFieldCode(code) ? referenceMessagesFor(locale).field[code](params) : enterpriseFieldMessage(locale, code, params);
}
