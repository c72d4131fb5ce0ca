import type { Locale } from '../common/locale.ts';

/** A name in each language Wharf speaks. */
export type LocalizedName = Readonly<Record<Locale, string>>;

/** One entry of a reference list: a stable code and its name in every locale. */
export interface ReferenceEntry<Code extends string = string> {
  readonly code: Code;
  readonly name: LocalizedName;
}

/** A reference entry as an API answer or a form shows it: the name in one locale. */
export interface ReferenceOption {
  code: string;
  name: string;
}

/** Builds a list from compact `[code, zh-CN, zh-HK, en]` rows. */
export function entries<Code extends string>(rows: readonly (readonly [Code, string, string, string])[]): readonly ReferenceEntry<Code>[] {
  return rows.map(([code, zhCN, zhHK, en]) => ({ code, name: { 'zh-CN': zhCN, 'zh-HK': zhHK, en } }));
}

/** A membership test over a list's codes (exact, case-sensitive: codes are stored as listed). */
export function codeTest(list: readonly ReferenceEntry[]): (value: unknown) => boolean {
  const codes = new Set(list.map((entry) => entry.code));
  return (value) => typeof value === 'string' && codes.has(value);
}

/** The list with its names in one locale, in list order. */
export function localize(list: readonly ReferenceEntry[], locale: Locale): ReferenceOption[] {
  return list.map((entry) => ({ code: entry.code, name: entry.name[locale] }));
}

/** The name of one code in a locale, or undefined when the list has no such code. */
export function nameIn(list: readonly ReferenceEntry[], code: string, locale: Locale): string | undefined {
  return list.find((entry) => entry.code === code)?.name[locale];
}
