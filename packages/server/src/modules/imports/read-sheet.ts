import type { Locale } from '@wharf/domain';
import { columnIndex, matchHeaders, type MappedColumn, type SheetDefinition } from '@wharf/domain/imports';
import type { StoredProblem } from '../../db/schema.ts';
import type { CheckedRow } from './kinds/index.ts';
import { SheetFileError, type OpenedSheet } from './xlsx/reader.ts';

// The part of checking an upload that needs no database: the sheet read row by row through its definition — the
// header matched to columns, every row checked on its own and against the rows above it (duplicates). Pure work on
// one file, so it can run on another thread (xlsx/worker-source.ts) while the database takes the rows.

export const DUPLICATE = 'duplicate_in_file';
const BATCH = 1000;

/** What reading a sheet yields, in order: its columns, batches of rows, then the end — or a failure. */
export type SheetEvent =
  | { type: 'columns'; columns: MappedColumn[]; totalBytes: number }
  | { type: 'rows'; rows: CheckedRow[]; read: number; bytesRead: number }
  | { type: 'failed'; problems: StoredProblem[]; columns: MappedColumn[] }
  | { type: 'end'; rows: number };

/** Reads one row's cells through the definition: the row as checked on its own. */
export function readCells(definition: SheetDefinition, row: number, cells: Record<string, string>): CheckedRow {
  const read = definition.readRow(cells);
  return { row, cells, key: read.key, value: read.value, problems: read.problems.map((problem) => ({ ...problem })) };
}

/** Marks rows whose key an earlier row already has (the first of each key is the one that counts). */
export class DuplicateTracker {
  readonly #first = new Map<string, number>();
  readonly #column: string;
  constructor(definition: Pick<SheetDefinition, 'uniqueKey'>) {
    this.#column = definition.uniqueKey ?? 'sku';
  }

  check(row: CheckedRow): void {
    if (!row.key) return;
    const first = this.#first.get(row.key);
    if (first === undefined) this.#first.set(row.key, row.row);
    else row.problems.push({ key: this.#column, code: DUPLICATE, params: { field: row.cells[this.#column]?.trim(), row: first } });
  }
}

/** Reads an opened sheet through a definition: its columns, then its rows in batches, each checked on its own. */
export async function* readSheetRows(sheet: OpenedSheet, definition: SheetDefinition, options: { locale: Locale; maxRows: number }): AsyncGenerator<SheetEvent> {
  let columns: (MappedColumn & { index: number })[] | undefined;
  const duplicates = new DuplicateTracker(definition);
  let batch: CheckedRow[] = [];
  let rows = 0;
  try {
    for await (const raws of sheet.rows()) {
      for (const raw of raws) {
        if (!columns) {
          const matched = matchHeaders(definition, raw.values, options.locale);
          if (matched.problems.length) {
            yield { type: 'failed', columns: matched.columns, problems: matched.problems.map((problem) => ({ code: problem.code, params: { name: problem.name, ...(problem.letter ? { letter: problem.letter } : {}) } })) };
            return;
          }
          columns = matched.columns.map((column) => ({ ...column, index: columnIndex(column.letter) }));
          yield { type: 'columns', columns: matched.columns, totalBytes: sheet.totalBytes };
          continue;
        }
        const cells: Record<string, string> = {};
        let filled = false;
        for (const column of columns) {
          const value = raw.values[column.index];
          if (value !== undefined && value.trim() !== '') {
            cells[column.key] = value;
            filled = true;
          }
        }
        if (!filled) continue;
        if (++rows > options.maxRows) {
          yield { type: 'failed', columns, problems: [{ code: 'too_many_rows', params: { max: options.maxRows } }] };
          return;
        }
        const checked = readCells(definition, raw.row, cells);
        duplicates.check(checked);
        batch.push(checked);
        if (batch.length >= BATCH) {
          yield { type: 'rows', rows: batch, read: rows, bytesRead: sheet.bytesRead };
          batch = [];
        }
      }
    }
  } catch (error) {
    if (!(error instanceof SheetFileError)) throw error;
    yield { type: 'failed', columns: columns ?? [], problems: [{ code: error.code, params: error.params }] };
    return;
  }
  if (!columns || rows === 0) {
    yield { type: 'failed', columns: columns ?? [], problems: [{ code: 'no_rows' }] };
    return;
  }
  if (batch.length) yield { type: 'rows', rows: batch, read: rows, bytesRead: sheet.bytesRead };
  yield { type: 'end', rows };
}
