import type { Locale } from '@wharf/domain';
import { en } from './en.ts';
import type { Translation } from './translation.ts';
import { zhCN } from './zh-cn.ts';
import { zhHK } from './zh-hk.ts';

const TRANSLATIONS: Record<Locale, Translation> = { en, 'zh-CN': zhCN, 'zh-HK': zhHK };

export function translationFor(locale: Locale): Translation {
  return TRANSLATIONS[locale] ?? en;
}

/** Looks up an element's strings: the locale's own, else English. */
export function catalogue<T>(texts: Record<Locale, T>): (locale: Locale) => T {
  return (locale) => texts[locale] ?? texts.en;
}

export function formatDateTime(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
