import { expectStatus, type SeededUser } from './seed.ts';
import { uniqueSku } from './seed-products.ts';
import { startMockServer } from './server.ts';
import { writeRows, type SheetValue } from '@wharf/server/testing/fixtures';

// Workbooks for batch-upload stories: the real template, downloaded from the in-page app in the story's
// language and filled in with ExcelJS as a person fills it in Excel — so the upload reads exactly what a
// customer's file would give it. Plus files that cannot be used (cut short, renamed, not a workbook at all).

export type { SheetValue };
type SheetLocale = 'en' | 'zh-CN' | 'zh-HK';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The template's bytes (`GET /v1/imports/template.xlsx`), as the owner downloads it in `locale`. */
export async function templateBytes(owner: SeededUser, options: { locale?: SheetLocale; hsCode?: string } = {}): Promise<ArrayBuffer> {
  const server = await startMockServer();
  const query = options.hsCode ? `?kind=declarations&hsCode=${options.hsCode}` : '?kind=products';
  const response = await server.fetch(
    new Request(`http://wharf.mock/v1/imports/template.xlsx${query}`, {
      headers: { authorization: `Bearer ${owner.token}`, 'accept-language': options.locale ?? 'en', 'x-forwarded-for': 'seed-sheets' },
    }),
  );
  if (response.status !== 200) expectStatus({ status: response.status, headers: response.headers, body: await response.text() }, 200, 'download a template');
  return response.arrayBuffer();
}

/** Fills a template's first sheet from row 2 down and saves it as `name`. */
export async function fillTemplate(template: ArrayBuffer, rows: readonly (readonly SheetValue[])[], name = 'products.xlsx'): Promise<File> {
  // Loaded on first use, as the server loads it: ExcelJS is large, and most stories never need it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template);
  const sheet = workbook.worksheets[0]!;
  writeRows(sheet, rows);
  return new File([(await workbook.xlsx.writeBuffer()) as ArrayBuffer], name, { type: XLSX });
}

export type ProductLineField = 'name' | 'category' | 'brand' | 'model' | 'unit' | 'country' | 'barcode' | 'gross' | 'net' | 'purchase' | 'sale';

/** One product in the template's column order; codes (`cosmetics`, `007`, `KR`) read the same in every language. */
export function productLine(sku: string, overrides: Partial<Record<ProductLineField, SheetValue>> = {}): SheetValue[] {
  const line = { name: '玻尿酸保湿面霜 50ml', category: 'cosmetics', brand: 'Harbour', model: '50ml', unit: '007', country: 'KR', barcode: '6901234567892', gross: 0.12, net: 0.05, purchase: 45.5, sale: 129.9, ...overrides };
  return [sku, line.name, line.category, line.brand, line.model, line.unit, line.country, line.barcode, line.gross, line.net, line.purchase, line.sale];
}

/** A product sheet of `lines`, on the owner's template in `locale`. */
export async function productSheet(owner: SeededUser, lines: readonly (readonly SheetValue[])[], options: { locale?: SheetLocale; name?: string } = {}): Promise<File> {
  return fillTemplate(await templateBytes(owner, options), lines, options.name ?? 'products.xlsx');
}

/**
 * Five products as people get them wrong: row 2 is fine; row 3 has an unknown category (C3) and a sale price
 * under the purchase price (L3); row 4 repeats row 2's SKU (A4); row 5 has a barcode of the wrong length (H5);
 * row 6 is fine.
 */
export async function sheetWithProblems(owner: SeededUser, options: { locale?: SheetLocale } = {}): Promise<{ file: File; skus: string[] }> {
  const skus = [uniqueSku('UP'), uniqueSku('UP'), uniqueSku('UP'), uniqueSku('UP')];
  const file = await productSheet(
    owner,
    [
      productLine(skus[0]!),
      productLine(skus[1]!, { name: '婴儿纸尿裤 L 号 54 片', category: '衣服', unit: '011', purchase: 89, sale: 59 }),
      productLine(skus[0]!, { name: '玻尿酸保湿面霜 100ml' }),
      productLine(skus[2]!, { name: '深海鱼油软胶囊 120 粒', category: 'supplements', country: 'AU', barcode: '12345' }),
      productLine(skus[3]!, { name: '抹茶粉 100g', category: 'food', country: 'JP', unit: '035' }),
    ],
    { ...options, name: 'products-with-problems.xlsx' },
  );
  return { file, skus };
}

/** `count` products with nothing wrong. */
export async function readySheet(owner: SeededUser, options: { locale?: SheetLocale; count?: number } = {}): Promise<{ file: File; skus: string[] }> {
  const skus = Array.from({ length: options.count ?? 3 }, () => uniqueSku('UP'));
  const names = ['玻尿酸保湿面霜 50ml', '氨基酸洁面乳 120ml', '维生素 C 精华液 30ml', '烟酰胺身体乳 250ml'];
  const file = await productSheet(owner, skus.map((sku, index) => productLine(sku, { name: names[index % names.length] })), { ...options, name: 'products.xlsx' });
  return { file, skus };
}

/** One row per product for an HS code's declaration elements (SKU, then the elements in order). */
export async function declarationSheet(owner: SeededUser, hsCode: string, lines: readonly (readonly SheetValue[])[], options: { locale?: SheetLocale } = {}): Promise<File> {
  return fillTemplate(await templateBytes(owner, { ...options, hsCode }), lines, `declarations-${hsCode}.xlsx`);
}

/** A workbook cut short, as a download that did not finish: the server cannot read it. */
export async function damagedSheet(owner: SeededUser): Promise<File> {
  const bytes = await templateBytes(owner);
  return new File([bytes.slice(0, bytes.byteLength - 300)], 'products.xlsx', { type: XLSX });
}

/** Not a workbook at all (a CSV export): refused in the browser before anything is uploaded. */
export function csvFile(name = 'products.csv'): File {
  return new File(['sku,name\nHB-1,Cream\n'], name, { type: 'text/csv' });
}

export const sampleSheets = { templateBytes, fillTemplate, productLine, productSheet, sheetWithProblems, readySheet, declarationSheet, damagedSheet, csvFile };
