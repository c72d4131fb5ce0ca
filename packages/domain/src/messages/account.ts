import type { Locale } from '../locale.ts';
import type { AccountFieldCode, MessageParams, Messages } from './codes.ts';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';
import { zhHK } from './zh-HK.ts';

const CATALOGUES: Record<Locale, Messages> = { en, 'zh-CN': zhCN, 'zh-HK': zhHK };

/** Messages about accounts only: what sign-in and registration forms carry, and nothing about enterprises. */
export function accountMessagesFor(locale: Locale): Messages {
  return CATALOGUES[locale] ?? en;
}

function isAccountFieldCode(code: string): code is AccountFieldCode {
  return Object.hasOwn(en.field, code);
}

/** The message for an account field code; other codes fall back to a generic sentence. */
export function accountFieldMessage(locale: Locale, code: string, params: MessageParams = {}): string {
  const messages = accountMessagesFor(locale);
  return isAccountFieldCode(code) ? messages.field[code](params) : messages.field.invalid_format(params);
}
