import { ADDRESS_SHEET, headerText, IMPORT_POLICY, type SheetOption } from '@wharf/domain/imports';
import type { Locale } from '@wharf/domain/common';
import { PassThrough, Readable } from 'node:stream';
import type { AddressRow } from '../../db/schema.ts';
import { attachmentDisposition } from '../../http/attachment.ts';

// The address book as .xlsx (seed 000 usage Q10: moving a book from another account): the upload template's
// columns and headers, so the file uploads into any account as it is. Written row by row with ExcelJS's streaming
// writer while the rows are read a thousand at a time.

const FILE_NAMES: Record<Locale, string> = { 'zh-CN': '地址簿', 'zh-HK': '地址簿', en: 'address-book' };

const labelOf = (options: readonly SheetOption[] | undefined, code: string, locale: Locale) => options?.find((option) => option.code === code)?.label[locale] ?? code;

function cellsOf(row: AddressRow, locale: Locale): Record<string, string | null> {
  const cells: Record<string, string | null> = {};
  for (const column of ADDRESS_SHEET.columns) {
    const value = column.key === 'isDefault' ? (row.isDefault ? 'yes' : 'no') : row[column.key as keyof AddressRow];
    cells[column.key] = typeof value === 'string' ? labelOf(column.options, value, locale) : null;
  }
  return cells;
}

/** The workbook's bytes as they are written; a failure half-way ends the stream with it. */
export function addressBookWorkbook(batches: AsyncIterable<AddressRow[]>, locale: Locale): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const write = async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet(ADDRESS_SHEET.title[locale], { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = ADDRESS_SHEET.columns.map((column) => ({
      key: column.key,
      header: headerText(column, locale),
      width: column.width ?? 14,
      style: column.format === 'text' ? { numFmt: '@' } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for await (const rows of batches) {
      for (const row of rows) sheet.addRow(cellsOf(row, locale)).commit();
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => output.destroy(error as Error));
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}

/** The headers the export is served with: a download named after the book and the day. */
export function exportHeaders(locale: Locale, today: Date): Record<string, string> {
  return {
    'content-type': IMPORT_POLICY.contentType,
    'content-disposition': attachmentDisposition(`${FILE_NAMES[locale]}-${today.toISOString().slice(0, 10)}.xlsx`),
    'cache-control': 'no-store',
  };
}
