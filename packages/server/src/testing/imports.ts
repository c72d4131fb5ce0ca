import ExcelJS from 'exceljs';
import assert from 'node:assert/strict';
import type { TestResponse, TestServer } from './harness.ts';
import { writeRows, type SheetValue } from './fixtures/sheets.ts';

export type { SheetValue };

/** Downloads a template as a user would (in `locale`). */
export async function downloadTemplate(server: TestServer, token: string, query = '', locale = 'zh-CN'): Promise<Uint8Array> {
  const response = await server.app.request(`/v1/products/template.xlsx${query}`, { headers: { authorization: `Bearer ${token}`, 'accept-language': locale, 'x-forwarded-for': '203.0.113.9' } });
  assert.equal(response.status, 200, await response.clone().text());
  return new Uint8Array(await response.arrayBuffer());
}

/** Opens a workbook (a template, say) with ExcelJS, as a test reads it. */
export async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

/** Fills the template's first sheet from row 2 down, as a person in Excel would, and saves it. */
export async function fillTemplate(template: Uint8Array, rows: readonly (readonly SheetValue[])[], options: { header?: readonly string[] } = {}): Promise<Uint8Array> {
  const workbook = await openWorkbook(template);
  const sheet = workbook.worksheets[0]!;
  if (options.header) options.header.forEach((text, index) => (sheet.getRow(1).getCell(index + 1).value = text));
  writeRows(sheet, rows);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A workbook of one plain sheet (no template), for headers and files a template would not have. */
export async function plainWorkbook(rows: readonly (readonly SheetValue[])[], name = 'Sheet1'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name);
  for (const values of rows) sheet.addRow([...values]);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Uploads a file to `POST /v1/imports` as multipart/form-data. */
export async function upload(
  server: TestServer,
  token: string,
  bytes: Uint8Array | Blob,
  fields: Record<string, string> = { kind: 'products' },
  options: { locale?: string; async?: boolean; name?: string } = {},
): Promise<TestResponse> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  form.set('file', bytes instanceof Blob ? bytes : new Blob([bytes as Uint8Array<ArrayBuffer>]), options.name ?? 'products.xlsx');
  return server.call('POST', '/v1/imports', {
    token,
    raw: form,
    headers: { 'accept-language': options.locale ?? 'zh-CN', ...(options.async ? { prefer: 'respond-async' } : {}) },
  });
}

/** One line of a product sheet in the template's column order. */
export function productLine(sku: string, overrides: Partial<Record<'name' | 'category' | 'brand' | 'model' | 'unit' | 'country' | 'barcode' | 'gross' | 'net' | 'purchase' | 'sale', SheetValue>> = {}): SheetValue[] {
  const line = { name: '玻尿酸保湿面霜 50ml', category: '化妆品及护肤品', brand: 'Harbour', model: '50ml', unit: '007 个', country: 'KR 韩国', barcode: '6901234567892', gross: 0.12, net: 0.05, purchase: 45.5, sale: 129.9, ...overrides };
  return [sku, line.name, line.category, line.brand, line.model, line.unit, line.country, line.barcode, line.gross, line.net, line.purchase, line.sale];
}
