import type { Locale } from '@wharf/domain';
import { fieldMessage, type MessageParams } from '@wharf/domain/messages';
import { DECLARATION_POLICY, ElementListError, isUnitCode, normalizeUnitCode, parseElementList } from '@wharf/domain/reference';
import { isHsCode } from '@wharf/domain/products';
import { inArray, sql } from 'drizzle-orm';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Database } from '../../db/database.ts';
import { hsCodes, type HsCodeRow } from '../../db/schema/reference.ts';
import { readCsvRecords } from './csv.ts';

/** The columns of a catalogue file, named on its first line (in any order). */
export const HS_CODE_COLUMNS = ['code', 'name', 'unit', 'second_unit', 'supervision', 'elements'] as const;
type Column = (typeof HS_CODE_COLUMNS)[number];

/** A problem in the file: the line (1 is the header) and the column it is in, as in upload errors. */
export interface ImportProblem {
  line: number;
  column: Column | null;
  code: string;
  message: string;
}

export interface HsCodeImportResult {
  /** Whether the file was imported; when not, nothing changed. */
  ok: boolean;
  /** Codes in the file. */
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** The first `maxErrors` problems, in file order, and how many more there were. */
  errors: ImportProblem[];
  moreErrors: number;
}

type ValidRow = Pick<HsCodeRow, 'code' | 'name' | 'unit' | 'secondUnit' | 'supervision' | 'elements'>;

const NAME_MAX = 1000;
const SUPERVISION = /^[0-9A-Za-z]{0,20}$/;
const BATCH = 500;
// Any constant shared by every process that imports: two imports at once run one after the other.
const IMPORT_LOCK = 727_002;

/**
 * Imports the official HS-code catalogue from a UTF-8 CSV file (header `code,name,unit,second_unit,supervision,
 * elements`, elements written as the catalogue writes them: `0:品牌类型;1:出口享惠情况;…;`). The file is read line
 * by line and every row checked first; if any is wrong, nothing is imported and the result names each problem's
 * line and column. Otherwise every code is inserted or updated in one transaction (codes not in the file stay).
 */
export async function importHsCodes(
  db: Database,
  file: string,
  options: { locale?: Locale; now?: Date; maxErrors?: number } = {},
): Promise<HsCodeImportResult> {
  const locale = options.locale ?? 'en';
  const maxErrors = options.maxErrors ?? 100;
  const errors: ImportProblem[] = [];
  let problemCount = 0;
  const report = (line: number, column: Column | null, code: string, params: MessageParams = {}) => {
    problemCount++;
    if (errors.length < maxErrors) errors.push({ line, column, code, message: fieldMessage(locale, code, params) });
  };

  const rows: ValidRow[] = [];
  const firstLine = new Map<string, number>();
  let columns: Column[] | undefined;
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  try {
    for await (const record of readCsvRecords(lines)) {
      if (!columns) {
        columns = readHeader(record.values.map((value) => value.trim()), (code, params) => report(record.line, null, code, params));
        if (!columns) break;
        continue;
      }
      if (record.unterminated) {
        report(record.line, columns[record.values.length - 1] ?? null, 'csv_quote');
        break;
      }
      if (record.values.length !== columns.length) {
        report(record.line, null, 'csv_columns', { count: record.values.length, max: columns.length });
        continue;
      }
      const cells = Object.fromEntries(columns.map((column, index) => [column, record.values[index]!.trim()])) as Record<Column, string>;
      const row = readRow(cells, (column, code, params) => report(record.line, column, code, params));
      if (!row) continue;
      const earlier = firstLine.get(row.code);
      if (earlier !== undefined) {
        report(record.line, 'code', 'duplicate', { field: String(earlier) });
        continue;
      }
      firstLine.set(row.code, record.line);
      rows.push(row);
    }
  } finally {
    lines.close();
  }
  if (!columns && problemCount === 0) report(1, null, 'csv_header', { status: 'empty', options: HS_CODE_COLUMNS });

  const result: HsCodeImportResult = { ok: false, rows: rows.length, inserted: 0, updated: 0, unchanged: 0, errors, moreErrors: problemCount - errors.length };
  if (problemCount > 0) return result;

  const now = options.now ?? new Date();
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`);
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH);
      const existing = new Map(
        (await tx.select().from(hsCodes).where(inArray(hsCodes.code, batch.map((row) => row.code)))).map((row) => [row.code, row]),
      );
      const changed = batch.filter((row) => {
        const before = existing.get(row.code);
        if (!before) result.inserted++;
        else if (sameRow(before, row)) result.unchanged++;
        else result.updated++;
        return !before || !sameRow(before, row);
      });
      if (changed.length === 0) continue;
      await tx
        .insert(hsCodes)
        .values(changed.map((row) => ({ ...row, updatedAt: now })))
        .onConflictDoUpdate({
          target: hsCodes.code,
          set: {
            name: sql`excluded.name`,
            unit: sql`excluded.unit`,
            secondUnit: sql`excluded.second_unit`,
            supervision: sql`excluded.supervision`,
            elements: sql`excluded.elements`,
            updatedAt: sql`excluded.updated_at`,
          },
        });
    }
  });
  result.ok = true;
  return result;
}

/** The header's columns in file order, or undefined (having reported why) when it is not the catalogue's. */
function readHeader(names: string[], report: (code: string, params: MessageParams) => void): Column[] | undefined {
  const options = HS_CODE_COLUMNS;
  const known = new Set<string>(HS_CODE_COLUMNS);
  const seen = new Set<string>();
  let ok = true;
  for (const name of names) {
    const lower = name.toLowerCase();
    if (!known.has(lower)) {
      report('csv_header', { status: 'unknown', name, options });
      ok = false;
    } else if (seen.has(lower)) {
      report('csv_header', { status: 'repeated', name, options });
      ok = false;
    }
    seen.add(lower);
  }
  for (const column of HS_CODE_COLUMNS) {
    if (!seen.has(column)) {
      report('csv_header', { status: 'missing', name: column, options });
      ok = false;
    }
  }
  return ok ? (names.map((name) => name.toLowerCase()) as Column[]) : undefined;
}

/** One data row checked and normalised, or undefined (having reported every problem in it). */
function readRow(cells: Record<Column, string>, report: (column: Column, code: string, params?: MessageParams) => void): ValidRow | undefined {
  let ok = true;
  const fail = (column: Column, code: string, params?: MessageParams) => {
    report(column, code, params);
    ok = false;
  };
  if (cells.code === '') fail('code', 'required');
  else if (!isHsCode(cells.code)) fail('code', 'hs_code_format');
  if (cells.name === '') fail('name', 'required');
  else if (cells.name.length > NAME_MAX) fail('name', 'too_long', { max: NAME_MAX });
  const unit = normalizeUnitCode(cells.unit);
  if (unit === '') fail('unit', 'required');
  else if (!isUnitCode(unit)) fail('unit', 'unit_unknown');
  const secondUnit = normalizeUnitCode(cells.second_unit);
  if (secondUnit !== '' && !isUnitCode(secondUnit)) fail('second_unit', 'unit_unknown');
  if (!SUPERVISION.test(cells.supervision)) fail('supervision', 'invalid_format');
  let elements: string[] = [];
  try {
    elements = parseElementList(cells.elements).map((element) => element.name);
  } catch (error) {
    if (!(error instanceof ElementListError)) throw error;
    fail('elements', 'declaration_element_list', { field: error.reason, name: error.text, count: error.entry, max: DECLARATION_POLICY.elementsMax });
  }
  if (!ok) return undefined;
  return { code: cells.code, name: cells.name, unit, secondUnit: secondUnit || null, supervision: cells.supervision, elements };
}

function sameRow(before: HsCodeRow, after: ValidRow): boolean {
  return (
    before.name === after.name &&
    before.unit === after.unit &&
    (before.secondUnit ?? null) === after.secondUnit &&
    before.supervision === after.supervision &&
    JSON.stringify(before.elements) === JSON.stringify(after.elements)
  );
}
