// Reading a cell as people fill sheets in: blanks are absent, numbers may carry thousands separators, a drop-down
// cell holds a label in whichever language the template was in (or the code itself).
import type { ReferenceEntry } from '../reference/entries.ts';
import type { CellProblem, SheetOption } from './sheet.ts';

/** The cell's text, trimmed; blank is undefined. */
export function textOf(cells: Readonly<Record<string, string>>, key: string): string | undefined {
  const value = cells[key]?.trim();
  return value ? value : undefined;
}

/** A number cell (`1,250.5`, ` 0.12 `); `number_format` when it is not one. */
export function numberOf(cells: Readonly<Record<string, string>>, key: string, problems: CellProblem[]): number | undefined {
  const text = textOf(cells, key);
  if (text === undefined) return undefined;
  const value = Number(text.replace(/,(?=\d{3}(\D|$))/g, ''));
  if (!Number.isFinite(value)) {
    problems.push({ key, code: 'number_format' });
    return undefined;
  }
  return value;
}

// Full-width forms (ＫＲ, （个）) read as their plain ones; plain ASCII needs no normalising.
const folded = (text: string) => (/^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKC')).trim().toLowerCase();

/**
 * Looks values up in a list of options: by code (`007`, `KR`, `cosmetics`), by label in any language (`个`,
 * `韩国`, `Korea`), or by the two together as a drop-down writes them (`007 个`, `KR 韩国`).
 */
export function optionIndex(options: readonly SheetOption[], extraCodes: (code: string) => string[] = () => []): (text: string) => string | undefined {
  const index = new Map<string, string>();
  for (const option of options) {
    for (const alias of [option.code, ...extraCodes(option.code), ...Object.values(option.label), ...(option.aliases ?? [])]) index.set(folded(alias), option.code);
  }
  // A sheet repeats the same few values row after row: each distinct text is looked up once.
  const seen = new Map<string, string | undefined>();
  const find = (text: string) => {
    const key = folded(text);
    const exact = index.get(key);
    if (exact !== undefined) return exact;
    const code = /^([^\s(（]+)[\s(（]/.exec(key)?.[1];
    return code === undefined ? undefined : index.get(code);
  };
  return (text) => {
    if (seen.has(text)) return seen.get(text);
    const found = find(text);
    if (seen.size < 10_000) seen.set(text, found);
    return found;
  };
}

/** A reference list (units, countries, categories) as drop-down options labelled as the template shows them. */
export function referenceOptions(list: readonly ReferenceEntry[], label: 'name' | 'code-name'): SheetOption[] {
  return list.map((entry) => ({
    code: entry.code,
    aliases: Object.values(entry.name),
    label:
      label === 'name'
        ? entry.name
        : { 'zh-CN': `${entry.code} ${entry.name['zh-CN']}`, 'zh-HK': `${entry.code} ${entry.name['zh-HK']}`, en: `${entry.code} ${entry.name.en}` },
  }));
}
