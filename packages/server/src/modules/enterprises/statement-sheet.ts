import { CURRENCIES, type Locale } from '@wharf/domain/common';
import { lastDayOf, LEDGER_UTC_OFFSET_HOURS } from '@wharf/domain/enterprises';
import { IMPORT_POLICY } from '@wharf/domain/imports';
import { PassThrough, Readable } from 'node:stream';
import { attachmentDisposition } from '../../http/attachment.ts';
import type { StatementLine, StatementSummary } from './statements.ts';
import { statementText } from './statement-text.ts';

// The monthly statement as .xlsx, written with ExcelJS's streaming writer while its lines are read: a heading (the
// enterprise, its account, the currency and the period), the opening balance, one row per entry — date, type, the
// order a fee was for, note, top-up or fee, balance after it — the month's totals and the closing balance.

const OFFSET_MS = LEDGER_UTC_OFFSET_HOURS * 3_600_000;
/** A ledger instant as the statement's calendar shows it, `YYYY-MM-DD HH:mm`. */
const localTime = (at: Date) => new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');

/** Amounts go in as numbers (so the sheet can sum them), shown with the currency's minor units. */
const numberFormat = (summary: StatementSummary) => {
  const digits = summary.currency ? CURRENCIES[summary.currency] : 2;
  return digits ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
};

export function statementWorkbook(summary: StatementSummary, lines: AsyncIterable<StatementLine[]>, locale: Locale): ReadableStream<Uint8Array> {
  const text = statementText(locale);
  const output = new PassThrough();
  const write = async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
    workbook.creator = 'Wharf';
    const sheet = workbook.addWorksheet(text.sheet, { views: [{ state: 'frozen', ySplit: 4 }] });
    const money = numberFormat(summary);
    sheet.columns = [
      { key: 'date', width: 18 },
      { key: 'kind', width: 10 },
      { key: 'order', width: 16 },
      { key: 'note', width: 36 },
      { key: 'topUp', width: 14, style: { numFmt: money } },
      { key: 'fee', width: 14, style: { numFmt: money } },
      { key: 'balance', width: 16, style: { numFmt: money } },
    ];
    const bold = (row: { font: object; commit(): void }) => {
      row.font = { bold: true };
      row.commit();
    };
    bold(sheet.addRow([text.title(summary.enterprise.name, summary.month)]));
    sheet
      .addRow([text.account, summary.enterprise.accountNumber, text.currency, summary.currency ?? '', text.period, `${summary.month}-01 – ${lastDayOf(summary.month)}`])
      .commit();
    sheet.addRow([]).commit();
    bold(sheet.addRow(Object.values(text.columns)));
    bold(sheet.addRow([text.opening, null, null, null, null, null, Number(summary.opening)]));
    for await (const batch of lines) {
      for (const line of batch) {
        const amount = Number(line.amount);
        sheet
          .addRow([localTime(line.at), text.kinds[line.kind], line.orderNumber, line.note || null, line.kind === 'top-up' ? amount : null, line.kind === 'fee' ? amount : null, Number(line.balance)])
          .commit();
      }
    }
    bold(sheet.addRow([text.totals, null, null, null, Number(summary.topUps), Number(summary.fees), null]));
    bold(sheet.addRow([text.closing, null, null, null, null, null, Number(summary.closing)]));
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => output.destroy(error as Error));
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}

/** The headers a statement is served with: a download named after the month, in the request's language. */
export function statementHeaders(locale: Locale, month: string): Record<string, string> {
  return { 'content-type': IMPORT_POLICY.contentType, 'content-disposition': attachmentDisposition(statementText(locale).fileName(month)), 'cache-control': 'private, no-cache', vary: 'Accept-Language' };
}
