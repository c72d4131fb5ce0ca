import type { Locale } from '../../locale.ts';
import { accountFieldMessage } from '../account.ts';
import type { EnterpriseFieldCode, EnterpriseMessages, MessageParams } from '../codes.ts';
import { enterpriseEn } from './en.ts';
import { enterpriseZhCN } from './zh-CN.ts';
import { enterpriseZhHK } from './zh-HK.ts';

const CATALOGUES: Record<Locale, EnterpriseMessages> = { en: enterpriseEn, 'zh-CN': enterpriseZhCN, 'zh-HK': enterpriseZhHK };

export function enterpriseMessagesFor(locale: Locale): EnterpriseMessages {
  return CATALOGUES[locale] ?? enterpriseEn;
}

function isEnterpriseFieldCode(code: string): code is EnterpriseFieldCode {
  return Object.hasOwn(enterpriseEn.field, code);
}

/** The message for any field code, enterprise or account: what enterprise forms use. */
export function enterpriseFieldMessage(locale: Locale, code: string, params: MessageParams = {}): string {
  return isEnterpriseFieldCode(code) ? enterpriseMessagesFor(locale).field[code](params) : accountFieldMessage(locale, code, params);
}
