import { fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Import } from '@wharf/domain';
import { createWharfClient } from '@wharf/sdk';
import type ExcelJSModule from 'exceljs';
import type { WharfBatchUpload } from '../elements/batch-upload/batch-upload.ts';
import type { WharfProvider } from '../elements/provider/provider.ts';
import type { WharfImportCheckedEvent } from '../events/import-checked.ts';
import { eventually } from './helpers.ts';
import { writeRows, type SheetValue } from '@wharf/server/testing/fixtures';

// What the batch upload's tests do as a user would: fill in the real template, choose or drop it, edit cells.

export type { SheetValue };

// `exceljs` resolves to its Node entry here (the test runner does not read the `browser` field): its browser
// build is a UMD bundle that, loaded as a module, puts `ExcelJS` on the window.
let excel: typeof ExcelJSModule | undefined;
export async function exceljs(): Promise<typeof ExcelJSModule> {
  if (!excel) {
    // @ts-expect-error the browser build has no types of its own (they are the package's)
    const loaded = await import('exceljs/dist/exceljs.min.js');
    excel = ((globalThis as { ExcelJS?: typeof ExcelJSModule }).ExcelJS ?? loaded.default) as typeof ExcelJSModule;
  }
  return excel;
}

/**
 * The template as a user downloads it, in `locale`. Past the browser's cache: the server lets it keep a template
 * for five minutes without saying that it differs by language (no `Vary: Accept-Language`).
 */
export async function template(token: string, locale: 'en' | 'zh-CN' = 'en', hsCode?: string): Promise<ArrayBuffer> {
  const client = createWharfClient({ token, locale });
  const blob = await client.imports.template(hsCode ? 'declarations' : 'products', { ...(hsCode ? { hsCode } : {}), headers: { 'cache-control': 'no-cache' } });
  return blob.arrayBuffer();
}

/** Fills the template's first sheet from row 2 down, as a person in Excel would. */
export async function filled(bytes: ArrayBuffer, rows: readonly (readonly SheetValue[])[], name = 'products.xlsx'): Promise<File> {
  const ExcelJS = await exceljs();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const sheet = workbook.worksheets[0]!;
  writeRows(sheet, rows);
  const out = (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
  return new File([out], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** One product line in the template's column order (en labels work as well as codes). */
export function productLine(sku: string, overrides: Partial<Record<'name' | 'category' | 'unit' | 'country' | 'barcode' | 'purchase' | 'sale', SheetValue>> = {}): SheetValue[] {
  const line = { name: 'Hyaluronic cream 50ml', category: 'cosmetics', unit: '007', country: 'KR', barcode: '6901234567892', purchase: 45.5, sale: 129.9, ...overrides };
  return [sku, line.name, line.category, 'Harbour', '50ml', line.unit, line.country, line.barcode, 0.12, 0.05, line.purchase, line.sale];
}

export async function mount(token: string, options: { kind?: 'products' | 'declarations'; locale?: string; hsCode?: string } = {}) {
  const provider = (await fixture(html`<wharf-provider session-token=${token} locale=${options.locale ?? 'en'}>
    <wharf-batch-upload kind=${options.kind ?? 'products'} hs-code=${options.hsCode ?? ''}></wharf-batch-upload>
  </wharf-provider>`)) as WharfProvider;
  const element = provider.querySelector('wharf-batch-upload') as WharfBatchUpload;
  await eventually(() => element.shadowRoot!.querySelector('[part=template-button]'));
  return element;
}

export const text = (element: HTMLElement) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
export const $ = <T extends Element = HTMLElement>(element: HTMLElement, selector: string) => element.shadowRoot!.querySelector<T>(selector);
export const status = (element: HTMLElement) => $(element, '[part=status]')!.textContent!.trim();
export const button = (element: HTMLElement, label: string) => {
  const found = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label || b.getAttribute('aria-label') === label);
  if (!found) throw new Error(`no button “${label}” in: ${text(element)}`);
  return found;
};

/** Chooses `file` with the file input, as the “Choose file” dialog does. */
export function choose(element: WharfBatchUpload, file: File) {
  const input = $<HTMLInputElement>(element, 'input[type=file]')!;
  const data = new DataTransfer();
  data.items.add(file);
  input.files = data.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Drops `file` on the drop zone, as dragging it from the desktop does. */
export function drop(element: WharfBatchUpload, file: File) {
  const data = new DataTransfer();
  data.items.add(file);
  const zone = $(element, '[part=drop-zone]')!;
  zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, composed: true, cancelable: true }));
  zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, composed: true, cancelable: true }));
}

/** Uploads and waits for the check's result (the event, and the grid or summary drawn). */
export async function upload(element: WharfBatchUpload, file: File, how: 'choose' | 'drop' = 'choose'): Promise<Import> {
  const checked = oneEvent<WharfImportCheckedEvent>(element, 'wharf-import-checked');
  (how === 'choose' ? choose : drop)(element, file);
  const { import: result } = await checked;
  await eventually(() => $(element, '#summary-heading') && (result.invalidRows === 0 || $(element, 'table[role=grid] tbody tr')), () => text(element), 10000);
  return result;
}

export const at = (result: Import) => result.errors.map((problem) => `${problem.row}${problem.column ?? ''}:${problem.code}`);

/** The cell at the sheet's `row` and column `letter`. */
export const cell = (element: HTMLElement, row: number, letter: string) => {
  const found = $(element, `#cell-${row}-${letter}`);
  if (!found) throw new Error(`no cell ${letter}${row} in: ${text(element)}`);
  return found;
};
export const describedText = (element: HTMLElement, target: Element) =>
  (target.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => element.shadowRoot!.getElementById(id)?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ');

/** Focuses a cell and presses Enter (the grid's way to edit), then waits for the editor. */
export async function edit(element: HTMLElement, row: number, letter: string) {
  cell(element, row, letter).focus();
  await sendKeys({ press: 'Enter' });
  await eventually(() => $(element, `#edit-${row}-${letter}`), () => text(element));
  return $<HTMLInputElement | HTMLSelectElement>(element, `#edit-${row}-${letter}`)!;
}

/** Stops the template link's download (the test reads the workbook from its address instead). */
export function keepDownloads(element: HTMLElement) {
  element.shadowRoot!.addEventListener('click', (event) => {
    if ((event.target as Element).matches?.('a[download]')) event.preventDefault();
  }, true);
}
