import type { Locale } from '@wharf/domain';
import { columnLetter, headerText, type SheetDefinition } from '@wharf/domain/imports';

// The upload template (seed 002: required headers in red, help shown on the header, drop-down lists for category,
// unit and country). Built with ExcelJS, loaded on first use: the API's other routes do not carry it.

/** Rows of the template that get the drop-downs and cell formats (a sheet may hold more; those rows have neither). */
export const TEMPLATE_ROWS = 10_000;

const RED = 'FFC00000';
const GREY = 'FFF2F2F2';

/** Notes shown on the hidden lists sheet, so a curious user knows what it is for. */
const LISTS_TITLE: Record<Locale, string> = { 'zh-CN': '下拉选项', 'zh-HK': '下拉選項', en: 'Lists' };
const LIST_HINT: Record<Locale, { title: string; prompt: string; error: string }> = {
  'zh-CN': { title: '请选择', prompt: '从下拉列表中选择', error: '请从下拉列表中选择一项。' },
  'zh-HK': { title: '請選擇', prompt: '從下拉清單中選擇', error: '請從下拉清單中選擇一項。' },
  en: { title: 'Choose', prompt: 'Choose from the drop-down list', error: 'Choose one of the values in the list.' },
};

/** The template for a sheet definition, in one language, as .xlsx bytes. */
export async function buildTemplate(definition: SheetDefinition, locale: Locale): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Wharf';
  workbook.created = new Date(0);
  const sheet = workbook.addWorksheet(definition.title[locale].slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = workbook.addWorksheet(LISTS_TITLE[locale], { state: 'hidden' });

  sheet.columns = definition.columns.map((column) => ({
    key: column.key,
    width: column.width ?? 14,
    // `@` keeps codes as typed (007 stays 007, a 13-digit barcode stays digits); decimals show two places.
    style: column.format === 'text' ? { numFmt: '@' } : column.format === 'decimal' ? { numFmt: '0.00' } : {},
  }));
  const header = sheet.getRow(1);
  let listColumn = 0;
  definition.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = headerText(column, locale);
    cell.font = { bold: true, color: { argb: column.required ? RED : 'FF000000' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: GREY } };
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.note = { texts: [{ text: column.help[locale] }], margins: { insetmode: 'auto' } } as never;
    if (!column.options?.length) return;
    // Drop-downs read their values from the hidden sheet: an inline list may not exceed 255 characters.
    const letter = columnLetter(listColumn++);
    column.options.forEach((option, row) => {
      lists.getCell(`${letter}${row + 1}`).value = option.label[locale];
    });
    const hint = LIST_HINT[locale];
    (sheet as unknown as { dataValidations: { add(range: string, rule: object): void } }).dataValidations.add(
      `${columnLetter(index)}2:${columnLetter(index)}${TEMPLATE_ROWS + 1}`,
      {
        type: 'list',
        allowBlank: true,
        formulae: [`'${LISTS_TITLE[locale]}'!$${letter}$1:$${letter}$${column.options.length}`],
        showInputMessage: true,
        promptTitle: hint.title,
        prompt: hint.prompt,
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: hint.title,
        error: hint.error,
      },
    );
  });
  header.height = 30;
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
