import type { FieldError, Import, ImportError, ImportRow, Locale } from '@wharf/domain';
import { headerText, IMPORT_POLICY, type ImportKind, type SheetDefinition } from '@wharf/domain/imports';
import { fieldMessage, type MessageParams } from '@wharf/domain/messages';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { imports, type ImportRecord, type StoredProblem } from '../../db/schema.ts';
import { ProblemError } from '../../http/problem.ts';
import type { CheckedRow } from './kinds/index.ts';
import { firstProblems, type StoredRow } from './rows.ts';

/** A check that has not moved for this long stopped with its process (a restart): it is reported as failed. */
const STALLED_AFTER_MS = 120_000;

/** One problem as the API shows it: at its row and column, with the uploaded header and a message in `locale`. */
export function presentProblem(
  locale: Locale,
  record: Pick<ImportRecord, 'columns'>,
  definition: SheetDefinition | undefined,
  row: number,
  problem: StoredProblem,
): ImportError {
  const params = (problem.params ?? {}) as MessageParams & { letter?: string };
  const mapped = problem.key ? record.columns.find((column) => column.key === problem.key) : undefined;
  const known = problem.key ? definition?.columns.find((column) => column.key === problem.key) : undefined;
  // Header problems name the column in their parameters; cell problems are at their column.
  const header = mapped?.header ?? (known ? headerText(known, locale) : (params.name ?? null));
  return {
    row,
    column: mapped?.column ?? params.letter ?? null,
    header,
    path: problem.key ?? null,
    code: problem.code,
    message: fieldMessage(locale, problem.code, params),
  };
}

/** Header problems are on row 1; problems with the file as a whole (its size, its content) on row 0. */
const fileRow = (problem: StoredProblem) => (problem.code === 'header_missing' || problem.code === 'header_repeated' ? 1 : 0);

/** A row's problems left to right, as the sheet shows its columns (problems with the whole row last). */
function inColumnOrder(record: Pick<ImportRecord, 'columns'>, definition: SheetDefinition | undefined, problems: readonly StoredProblem[]): StoredProblem[] {
  const position = (key: string | undefined) => {
    const mapped = record.columns.findIndex((column) => column.key === key);
    if (mapped >= 0) return mapped;
    const known = definition?.columns.findIndex((column) => column.key === key) ?? -1;
    return known >= 0 ? 1000 + known : 10_000;
  };
  return [...problems].sort((a, b) => position(a.key) - position(b.key));
}

export function presentRow(locale: Locale, record: ImportRecord, definition: SheetDefinition | undefined, row: StoredRow): ImportRow {
  return { row: row.row, cells: row.cells, errors: inColumnOrder(record, definition, row.errors ?? []).map((problem) => presentProblem(locale, record, definition, row.row, problem)) };
}

/** A row just checked again, shown as it is now stored. */
export function presentCheckedRow(locale: Locale, record: ImportRecord, definition: SheetDefinition | undefined, row: CheckedRow): ImportRow {
  return presentRow(locale, record, definition, { importId: record.id, row: row.row, key: row.key ?? null, cells: row.cells, errors: row.problems.length ? row.problems : null });
}

/** A check left `checking` by a process that stopped: recorded as failed, so nobody waits for it. */
export async function settleStalled(db: Executor, record: ImportRecord, now: Date): Promise<ImportRecord> {
  if (record.status !== 'checking' || now.getTime() - record.updatedAt.getTime() < STALLED_AFTER_MS) return record;
  const [failed] = await db
    .update(imports)
    .set({ status: 'failed', fileErrors: [{ code: 'import_interrupted' }], updatedAt: now })
    .where(eq(imports.id, record.id))
    .returning();
  return failed ?? record;
}

export async function presentImport(db: Executor, locale: Locale, record: ImportRecord, definition?: SheetDefinition): Promise<Import> {
  const fileErrors = record.fileErrors.map((problem) => presentProblem(locale, record, definition, fileRow(problem), problem));
  const rowErrors =
    record.errorCount > 0 && record.status !== 'committed'
      ? (await firstProblems(db, record.id, IMPORT_POLICY.summaryErrors)).map(({ row, problems }) => inColumnOrder(record, definition, problems).map((problem) => presentProblem(locale, record, definition, row, problem))).flat()
      : [];
  return {
    id: record.id,
    kind: record.kind,
    status: record.status,
    fileName: record.fileName,
    hsCode: record.hsCode,
    columns: record.columns,
    rows: record.rowCount,
    invalidRows: record.invalidRows,
    errorCount: record.errorCount + record.fileErrors.length,
    errors: [...fileErrors, ...rowErrors].slice(0, IMPORT_POLICY.summaryErrors),
    progress: record.status === 'checking' ? { rows: record.rowCount, bytesRead: record.bytesRead, totalBytes: record.totalBytes } : null,
    created: record.created,
    createdAt: record.createdAt.toISOString(),
    committedAt: record.committedAt?.toISOString() ?? null,
    expiresAt: record.expiresAt.toISOString(),
  };
}

/** The file's own problems as a problem document's field errors: at `file`, with the row and column they are on. */
export function fileProblem(locale: Locale, record: ImportRecord): ProblemError {
  const errors: FieldError[] = record.fileErrors.map((stored) => {
    const shown = presentProblem(locale, record, undefined, stored.code.startsWith('header_') ? 1 : 0, stored);
    return { path: 'file', code: shown.code, message: shown.message, row: shown.row, ...(shown.column ? { column: shown.column } : {}) };
  });
  return new ProblemError({ type: 'validation', errors, extra: { import: record.id } });
}

const TEMPLATE_NAMES = {
  products: { 'zh-CN': '产品批量上传模板', 'zh-HK': '產品批量上載範本', en: 'product-upload-template' },
  declarations: { 'zh-CN': '申报要素模板', 'zh-HK': '申報要素範本', en: 'declaration-elements-template' },
  addresses: { 'zh-CN': '地址簿模板', 'zh-HK': '地址簿範本', en: 'address-book-template' },
} as const;

/** A template's file name in `locale` (a declaration template's with its HS code). */
export function templateName(kind: ImportKind, locale: Locale, hsCode?: string): string {
  return `${TEMPLATE_NAMES[kind][locale]}${hsCode ? `-${hsCode}` : ''}.xlsx`;
}

const attachmentName = (name: string) => `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** The headers a template workbook is served with: a download under its name, cached per language. */
export function templateHeaders(name: string): Record<string, string> {
  return { 'content-type': IMPORT_POLICY.contentType, 'content-disposition': attachmentName(name), 'cache-control': 'private, max-age=300', vary: 'Accept-Language' };
}
