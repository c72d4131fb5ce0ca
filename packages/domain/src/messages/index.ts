import type { Locale } from '../locale.ts';
import type { FieldCode, MessageParams, Messages } from './codes.ts';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';
import { zhHK } from './zh-HK.ts';

export { FIELD_CODES, PROBLEM_TYPES, problemTypeUri } from './codes.ts';
export type { FieldCode, MessageParams, Messages, ProblemType } from './codes.ts';

const CATALOGUES: Record<Locale, Messages> = { en, 'zh-CN': zhCN, 'zh-HK': zhHK };

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale] ?? en;
}

export function isFieldCode(code: string): code is FieldCode {
  return Object.hasOwn(en.field, code);
}

/** The message for a field problem code in a locale; unknown codes fall back to a generic sentence. */
export function fieldMessage(locale: Locale, code: string, params: MessageParams = {}): string {
  const messages = messagesFor(locale);
  return isFieldCode(code) ? messages.field[code](params) : messages.field.invalid_format(params);
}
