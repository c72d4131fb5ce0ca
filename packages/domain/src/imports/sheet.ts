// Batch uploads (PRODUCT §3.6–3.7, §4.6): a sheet is a header row naming columns, then one row per thing to
// create. A kind of upload is a `SheetDefinition`: its columns (what the template offers and the upload reads)
// and how one row's cells become a request, with every problem at its cell. Products and declaration elements
// are defined here; orders will be one more definition.
import type { Locale } from '../common/locale.ts';
import type { LocalizedName } from '../reference/entries.ts';

/** Where a problem is: the column's key (a request field path such as `salePrice` or `declarationElements.3`). */
export interface CellProblem {
  key: string;
  code: string;
  params?: Record<string, unknown>;
}

/** A value a drop-down offers: what the cell shows, and the code it stands for. */
export interface SheetOption {
  code: string;
  label: LocalizedName;
  /** Other ways people write it (a country's name without its code). */
  aliases?: readonly string[];
}

export interface SheetColumn {
  /** The request field the column fills: `sku`, `salePrice`, `declarationElements.3`. */
  key: string;
  /** As the template's header shows it (the required mark is added to it). */
  header: LocalizedName;
  required: boolean;
  /** What the header's comment says: what to write and an example. */
  help: LocalizedName;
  /** A drop-down list of values; a cell may hold the label (in any language) or the code. */
  options?: readonly SheetOption[];
  /** `text` keeps what is typed as typed (leading zeros of codes, long barcodes); `decimal` shows two decimals. */
  format?: 'text' | 'number' | 'decimal';
  /** Template column width, in characters. */
  width?: number;
}

/** One row of a sheet: its number in the sheet (the header is usually row 1) and its cells by column key. */
export interface SheetRow {
  row: number;
  cells: Record<string, string>;
}

/** What one row says on its own: the request it makes, the key that must be unique in the file, its problems. */
export interface ReadRow<Value> {
  value: Value | undefined;
  /** Rows with the same key are duplicates (a SKU twice); undefined when the row has none yet. */
  key: string | undefined;
  problems: CellProblem[];
}

export interface SheetDefinition<Value = unknown> {
  kind: string;
  /** The worksheet's name in the template. */
  title: LocalizedName;
  columns: readonly SheetColumn[];
  /** The column whose value must be unique in the file (the SKU), if any. */
  uniqueKey?: string;
  readRow(cells: Readonly<Record<string, string>>): ReadRow<Value>;
}

/** The required mark templates put after a header (red too, but colour does not survive every copy). */
export const REQUIRED_MARK = '*';

/** A header as the template writes it: `销售价*`. */
export function headerText(column: SheetColumn, locale: Locale): string {
  return `${column.header[locale]}${column.required ? REQUIRED_MARK : ''}`;
}

/** Headers compared loosely: case, spaces, required marks and full-width forms do not matter. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[*\s]/g, '');
}

/** Column letters as spreadsheets show them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The 0-based index of column letters (`A` → 0, `AA` → 26). */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const char of letters.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

/** An uploaded sheet's column: where it is, what its header said, and which of the definition's columns it is. */
export interface MappedColumn {
  key: string;
  letter: string;
  header: string;
}

export interface HeaderProblem {
  /** `header_missing` (no column for a required field), `header_repeated` (a field's column twice). */
  code: 'header_missing' | 'header_repeated';
  /** The column in the upload, for a repeated one; none for a missing one. */
  letter?: string;
  name: string;
}

/**
 * Matches an uploaded header row to a definition's columns, whatever language the template was downloaded in (a
 * header may also be the field's key). Columns the definition does not know are ignored: people add notes. Missing
 * required columns and a column given twice are problems.
 */
export function matchHeaders(
  definition: Pick<SheetDefinition, 'columns'>,
  header: readonly (string | undefined)[],
  locale: Locale,
): { columns: MappedColumn[]; problems: HeaderProblem[] } {
  const byName = new Map<string, SheetColumn>();
  for (const column of definition.columns) {
    byName.set(normalizeHeader(column.key), column);
    for (const name of Object.values(column.header)) byName.set(normalizeHeader(name), column);
  }
  const columns: MappedColumn[] = [];
  const problems: HeaderProblem[] = [];
  const seen = new Set<string>();
  header.forEach((text, index) => {
    if (!text?.trim()) return;
    const column = byName.get(normalizeHeader(text));
    if (!column) return;
    const letter = columnLetter(index);
    if (seen.has(column.key)) problems.push({ code: 'header_repeated', letter, name: text.trim() });
    else columns.push({ key: column.key, letter, header: text.trim() });
    seen.add(column.key);
  });
  for (const column of definition.columns) {
    if (column.required && !seen.has(column.key)) problems.push({ code: 'header_missing', name: headerText(column, locale) });
  }
  return { columns, problems };
}
