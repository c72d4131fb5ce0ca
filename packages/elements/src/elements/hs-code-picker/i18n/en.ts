/**
 * The strings of `<wharf-hs-code-picker>` only, so other elements do not carry them. Notes for translators:
 * `found` is read out by screen readers after each search; `noMatch` is shown and read out when nothing matches,
 * so it says what to try instead. Customs' own names of the codes stay in Chinese (the catalogue's language).
 */
export interface HsCodePickerText {
  /** The default label. */
  label: string;
  hint: string;
  /** The listbox's accessible name. */
  listLabel: string;
  found: (n: number) => string;
  /** More may exist than the list shows. */
  more: string;
  noMatch: (query: string) => string;
  chosen: (code: string, name: string) => string;
  clear: string;
  cleared: string;
  loading: (code: string) => string;
  unknownCode: (code: string) => string;
  /** The form's validation message when the code is required and none is chosen. */
  valueMissing: string;
}

export const en: HsCodePickerText = {
  label: 'HS code',
  hint: 'Type the first digits of the code (e.g. 3304.99) or words of its name (e.g. 奶粉), then choose from the list.',
  listLabel: 'Matching HS codes',
  found: (n) => (n === 1 ? '1 HS code found. Use the up and down arrows to choose it.' : `${n} HS codes found. Use the up and down arrows to choose one.`),
  more: 'Only the closest matches are shown: type more to narrow them.',
  noMatch: (query) => `No HS code matches “${query}”. Try fewer digits (e.g. 3304), or a shorter word from the goods’ customs name (e.g. 面霜 → 护肤品).`,
  chosen: (code, name) => `Chosen: ${code} ${name}`,
  clear: 'Clear the HS code',
  cleared: 'HS code cleared.',
  loading: (code) => `Loading ${code}…`,
  unknownCode: (code) => `${code} is not in the HS-code catalogue. Search for the goods and choose a code from the list.`,
  valueMissing: 'Choose an HS code from the list.',
};
