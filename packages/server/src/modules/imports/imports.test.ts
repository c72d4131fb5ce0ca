import { BlobWriter, TextReader, Uint8ArrayReader, ZipWriter } from '@zip.js/zip.js';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { assertProblem } from '../../testing/accounts.ts';
import { createEnterprise, operatorToken, type EnterpriseAdmin } from '../../testing/enterprises.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';
import { downloadTemplate, fillTemplate, openWorkbook, plainWorkbook, productLine, upload } from '../../testing/imports.ts';
import { createProduct } from '../../testing/products.ts';
import { uniqueSku } from '../../testing/fixtures/index.ts';

type Problem = { row: number; column: string | null; header: string | null; path: string | null; code: string; message: string };
const at = (errors: Problem[]) => errors.map((error) => `${error.row}${error.column ?? ''}:${error.code}`);

// PRODUCT §3.6–3.7: templates, uploads checked at every cell, fixes in place, all-or-nothing commits.
describe('batch uploads', () => {
  let server: TestServer;
  let customer: EnterpriseAdmin;
  let template: Uint8Array;
  before(async () => {
    server = await startTestServer({ config: { imports: { maxBytes: 2 * 1024 * 1024, maxRows: 50 } } });
    customer = await createEnterprise(server);
    template = await downloadTemplate(server, customer.token);
  });
  after(async () => {
    await server.close();
  });

  const listSkus = async (token: string, prefix: string) =>
    (await server.call('GET', `/v1/products?sku=${prefix}&limit=200`, { token })).body.data.map((product: { sku: string }) => product.sku).sort();

  test('the template marks required headers in red with a *, explains every header and offers drop-downs', async () => {
    const workbook = await openWorkbook(template);
    const [sheet, lists] = workbook.worksheets;
    assert.equal(sheet!.name, '产品');
    assert.equal(lists!.state, 'hidden');
    const headers = (sheet!.getRow(1).values as string[]).slice(1);
    assert.deepEqual(headers, ['SKU*', '产品名称*', '品类*', '品牌', '型号/规格', '计量单位*', '原产国*', '条码', '毛重（千克）', '净重（千克）', '采购价*', '销售价*']);
    assert.equal(sheet!.getCell('A1').font.color?.argb, 'FFC00000');
    assert.equal(sheet!.getCell('D1').font.color?.argb, 'FF000000');
    for (let column = 1; column <= headers.length; column++) {
      const note = sheet!.getRow(1).getCell(column).note;
      const text = typeof note === "string" ? note : (note.texts ?? []).map((part) => part.text).join('');
      assert.ok(text.length > 5, `header ${column} has help`);
    }
    // Drop-downs down the category, unit and country columns, from the hidden lists.
    for (const address of ['C2', 'C10001', 'F2', 'G500']) assert.equal(sheet!.getCell(address).dataValidation?.type, 'list', address);
    assert.equal(sheet!.getCell('B2').dataValidation, undefined);
    assert.match(String(sheet!.getCell('F2').dataValidation!.formulae[0]), /^'下拉选项'!\$B\$1:\$B\$\d+$/);
    assert.equal(lists!.getCell('B7').value, '007 个');
    assert.equal(sheet!.getColumn(1).numFmt, '@', 'SKUs stay text');

    const english = await openWorkbook(await downloadTemplate(server, customer.token, '', 'en'));
    assert.equal(english.worksheets[0]!.getCell('K1').value, 'Purchase price*');
  });

  test('a clean sheet is valid; committing creates drafts once, however often it is repeated', async () => {
    const prefix = uniqueSku('UP');
    const file = await fillTemplate(template, [productLine(`${prefix}-1`), productLine(`${prefix}-2`, { category: 'Baby care', unit: 7, country: '日本' }), productLine(`${prefix}-3`, { barcode: null, gross: null, net: null })]);
    const uploaded = await upload(server, customer.token, file);
    assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
    assert.deepEqual([uploaded.body.status, uploaded.body.rows, uploaded.body.errors], ['valid', 3, []]);
    assert.deepEqual(uploaded.body.columns.slice(0, 3), [
      { key: 'sku', column: 'A', header: 'SKU*' },
      { key: 'name', column: 'B', header: '产品名称*' },
      { key: 'category', column: 'C', header: '品类*' },
    ]);
    const committed = await server.call('POST', `/v1/imports/${uploaded.body.id}/commit`, { token: customer.token });
    assert.equal(committed.status, 200, JSON.stringify(committed.body));
    assert.deepEqual([committed.body.status, committed.body.created], ['committed', 3]);
    const again = await server.call('POST', `/v1/imports/${uploaded.body.id}/commit`, { token: customer.token });
    assert.deepEqual([again.status, again.body.created], [200, 3]);
    assert.deepEqual(await listSkus(customer.token, prefix), [`${prefix}-1`, `${prefix}-2`, `${prefix}-3`]);
    const second = await server.call('GET', `/v1/products/${prefix}-2`, { token: customer.token });
    assert.deepEqual([second.body.status, second.body.category, second.body.unit, second.body.originCountry, second.body.salePrice], ['draft', 'baby-care', '007', 'JP', '129.90']);
    const log = await server.call('GET', `/v1/products/${prefix}-1/log`, { token: customer.token });
    assert.deepEqual([log.body.data[0].action, log.body.data[0].data.import], ['created', uploaded.body.id]);
    // Committed is final.
    assertProblem(await server.call('PATCH', `/v1/imports/${uploaded.body.id}/rows/2`, { token: customer.token, body: { cells: { name: 'x' } } }), 409, [{ path: 'status', code: 'import_closed' }]);
  });

  test('every problem is at its row and column, with the header and a message in the user’s language', async () => {
    const prefix = uniqueSku('BAD');
    const existing = await createProduct(server, customer.token, { sku: `${prefix}-OLD` });
    const file = await fillTemplate(template, [
      productLine(`${prefix}-1`),
      productLine(`${prefix}-2`, { category: '衣服', sale: 10, purchase: 20 }),
      productLine(`${prefix}-1`, { unit: '999' }),
      productLine(existing.sku, { gross: 'heavy', barcode: '6901234567890' }),
      [null, '', '化妆品及护肤品'],
      productLine(`${prefix} 6`, { name: null, sale: 12.345 }),
    ]);
    const uploaded = await upload(server, customer.token, file);
    assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
    assert.equal(uploaded.body.status, 'invalid');
    assert.deepEqual(at(uploaded.body.errors), [
      '3C:category_unknown',
      '3L:sale_below_purchase',
      '4A:duplicate_in_file',
      '4F:unit_unknown',
      '5A:sku_taken',
      '5H:gtin',
      '5I:number_format',
      '6A:required',
      '6B:required',
      '6F:required',
      '6G:required',
      '6K:required',
      '6L:required',
      '7A:sku_format',
      '7B:required',
      '7L:price_decimals',
    ]);
    const [category, sale, duplicate] = uploaded.body.errors as Problem[];
    assert.deepEqual([category!.header, category!.path], ['品类*', 'category']);
    assert.match(sale!.message, /销售价格不能低于增值税发票上的采购价格（20\.00）/);
    assert.match(duplicate!.message, /在第 2 行也出现了/);
    assert.deepEqual([uploaded.body.rows, uploaded.body.invalidRows, uploaded.body.errorCount], [6, 5, 16]);

    assertProblem(await server.call('POST', `/v1/imports/${uploaded.body.id}/commit`, { token: customer.token }), 409, [{ path: 'status', code: 'import_invalid' }]);
    assert.deepEqual(await listSkus(customer.token, prefix), [existing.sku], 'nothing was created');

    // The rows, the bad ones only, and read in English.
    const invalid = await server.call('GET', `/v1/imports/${uploaded.body.id}/rows?invalid=true&limit=2`, { token: customer.token, headers: { 'accept-language': 'en' } });
    assert.deepEqual(invalid.body.data.map((row: { row: number }) => row.row), [3, 4]);
    assert.match(invalid.body.data[0].errors[1].message, /cannot be below the purchase price/);
    const rest = await server.call('GET', `/v1/imports/${uploaded.body.id}/rows?invalid=true&cursor=${invalid.body.nextCursor}`, { token: customer.token });
    assert.deepEqual(rest.body.data.map((row: { row: number }) => row.row), [5, 6, 7]);
    assert.equal(rest.body.nextCursor, null);
  });

  test('rows fixed in place are checked again, duplicates included, until the upload can be committed', async () => {
    const prefix = uniqueSku('FIX');
    const file = await fillTemplate(template, [productLine(`${prefix}-1`), productLine(`${prefix}-1`, { name: '另一款' }), productLine(`${prefix}-3`, { category: '衣服' }), productLine(`${prefix}-4`, { sale: 1 })]);
    const uploaded = await upload(server, customer.token, file);
    const id = uploaded.body.id;
    assert.deepEqual(at(uploaded.body.errors), ['3A:duplicate_in_file', '4C:category_unknown', '5L:sale_below_purchase']);

    // Renaming the first of two duplicates frees the second.
    const renamed = await server.call('PATCH', `/v1/imports/${id}/rows/2`, { token: customer.token, body: { cells: { sku: `${prefix}-2` } } });
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
    assert.deepEqual(renamed.body.rows.map((row: { row: number; errors: Problem[] }) => [row.row, row.errors.length]), [[2, 0], [3, 0]]);
    assert.deepEqual(at(renamed.body.import.errors), ['4C:category_unknown', '5L:sale_below_purchase']);

    const wrongFix = await server.call('PATCH', `/v1/imports/${id}/rows/4`, { token: customer.token, body: { cells: { category: '还是不对' } } });
    assert.deepEqual(at(wrongFix.body.rows[0].errors), ['4C:category_unknown']);
    const fixed = await server.call('PATCH', `/v1/imports/${id}/rows/4`, { token: customer.token, body: { cells: { category: '母婴用品' } } });
    assert.deepEqual([fixed.body.rows[0].errors, fixed.body.rows[0].cells.category], [[], '母婴用品']);
    assertProblem(await server.call('PATCH', `/v1/imports/${id}/rows/4`, { token: customer.token, body: { cells: { colour: 'red' } } }), 422, [{ path: 'cells.colour', code: 'invalid_choice' }]);
    assertProblem(await server.call('PATCH', `/v1/imports/${id}/rows/99`, { token: customer.token, body: { cells: { name: 'x' } } }), 404);

    // Leaving a row out is a fix too.
    const left = await server.call('DELETE', `/v1/imports/${id}/rows/5`, { token: customer.token });
    assert.deepEqual([left.status, left.body.status, left.body.rows, left.body.errors], [200, 'valid', 3, []]);
    const committed = await server.call('POST', `/v1/imports/${id}/commit`, { token: customer.token });
    assert.equal(committed.body.created, 3);
    assert.deepEqual(await listSkus(customer.token, prefix), [`${prefix}-1`, `${prefix}-2`, `${prefix}-3`]);
  });

  test('revalidating and committing check against the enterprise as it is now; a late conflict creates nothing', async () => {
    const prefix = uniqueSku('LATE');
    const uploaded = await upload(server, customer.token, await fillTemplate(template, [productLine(`${prefix}-1`), productLine(`${prefix}-2`)]));
    assert.equal(uploaded.body.status, 'valid');
    await createProduct(server, customer.token, { sku: `${prefix}-2` });
    const refused = await server.call('POST', `/v1/imports/${uploaded.body.id}/commit`, { token: customer.token });
    assertProblem(refused, 409, [{ path: 'status', code: 'import_invalid' }]);
    assert.deepEqual(at(refused.body.import.errors), ['3A:sku_taken']);
    assert.deepEqual(await listSkus(customer.token, prefix), [`${prefix}-2`], 'the first row was not created either');

    await server.call('DELETE', `/v1/products/${prefix}-2`, { token: customer.token });
    const revalidated = await server.call('POST', `/v1/imports/${uploaded.body.id}/revalidate`, { token: customer.token });
    assert.deepEqual([revalidated.body.status, revalidated.body.errors], ['valid', []]);
  });

  test('a failure half-way through a commit leaves nothing behind, and the commit can be retried', async () => {
    const prefix = uniqueSku('ATOM');
    const lines = Array.from({ length: 30 }, (_, index) => productLine(`${prefix}-${String(index).padStart(2, '0')}`));
    const uploaded = await upload(server, customer.token, await fillTemplate(template, lines));
    assert.equal(uploaded.body.status, 'valid', JSON.stringify(uploaded.body.errors));
    const db = server.connection.db;
    // The storage fails on the 21st product, as a full disk or a lost connection would.
    await db.execute(sql.raw(`CREATE FUNCTION fail_on_${prefix.replace(/\W/g, '_')}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.sku = '${prefix}-20' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$`));
    await db.execute(sql.raw(`CREATE TRIGGER fail_${prefix.replace(/\W/g, '_')} BEFORE INSERT ON products FOR EACH ROW EXECUTE FUNCTION fail_on_${prefix.replace(/\W/g, '_')}()`));
    const failed = await server.call('POST', `/v1/imports/${uploaded.body.id}/commit`, { token: customer.token });
    assert.equal(failed.status, 500);
    assert.deepEqual(await listSkus(customer.token, prefix), []);
    const logged = (await db.execute(sql.raw(`SELECT count(*)::int AS count FROM audit_log WHERE data->>'import' = '${uploaded.body.id}'`))) as unknown as { rows: { count: number }[] };
    const count = logged.rows?.[0]?.count ?? (logged as unknown as { count: number }[])[0]?.count;
    assert.equal(count, 0, 'no log lines for products that do not exist');
    assert.equal((await server.call('GET', `/v1/imports/${uploaded.body.id}`, { token: customer.token })).body.status, 'valid');

    await db.execute(sql.raw(`DROP TRIGGER fail_${prefix.replace(/\W/g, '_')} ON products`));
    const retried = await server.call('POST', `/v1/imports/${uploaded.body.id}/commit`, { token: customer.token });
    assert.deepEqual([retried.status, retried.body.created], [200, 30]);
    assert.equal((await listSkus(customer.token, prefix)).length, 30);
  });

  test('headers are read in any language and in any order; unknown columns are ignored', async () => {
    const prefix = uniqueSku('EN');
    const file = await plainWorkbook([
      ['Notes', 'Sale price', 'Purchase price', 'Country of origin', 'Unit', 'Category', 'Name', 'sku'],
      ['from the buyer', '99', '50', 'Japan', '035 千克', 'Food and snacks', 'Matcha 100g', `${prefix}-1`],
    ]);
    const uploaded = await upload(server, customer.token, file, { kind: 'products' }, { locale: 'en' });
    assert.deepEqual([uploaded.status, uploaded.body.status], [201, 'valid']);
    assert.deepEqual(uploaded.body.columns.map((column: { key: string; column: string }) => `${column.column}:${column.key}`), ['B:salePrice', 'C:purchasePrice', 'D:originCountry', 'E:unit', 'F:category', 'G:name', 'H:sku']);

    const missing = await upload(server, customer.token, await plainWorkbook([['SKU', 'Name', 'Name'], ['A-1', 'x', 'y']]), { kind: 'products' }, { locale: 'en' });
    assertProblem(missing, 422);
    assert.deepEqual(
      missing.body.errors.map((error: { row: number; column?: string; code: string }) => `${error.row}${error.column ?? ''}:${error.code}`),
      ['1C:header_repeated', '1:header_missing', '1:header_missing', '1:header_missing', '1:header_missing', '1:header_missing'],
    );
    assert.match(missing.body.errors[1].message, /The column “Category\*” is missing/);
    const empty = await upload(server, customer.token, await fillTemplate(template, []));
    assertProblem(empty, 422, [{ path: 'file', code: 'no_rows' }]);
  });

  test('a large sheet can be followed while it is checked (Prefer: respond-async)', async () => {
    const prefix = uniqueSku('BIG');
    const lines = Array.from({ length: 50 }, (_, index) => productLine(`${prefix}-${index}`));
    const accepted = await upload(server, customer.token, await fillTemplate(template, lines), { kind: 'products' }, { async: true });
    assert.equal(accepted.status, 202, JSON.stringify(accepted.body));
    assert.equal(accepted.body.status, 'checking');
    assert.equal(accepted.headers.get('location'), `/v1/imports/${accepted.body.id}`);
    assert.deepEqual(Object.keys(accepted.body.progress).sort(), ['bytesRead', 'rows', 'totalBytes']);
    let current = accepted.body;
    while (current.status === 'checking') current = (await server.call('GET', `/v1/imports/${accepted.body.id}`, { token: customer.token })).body;
    assert.deepEqual([current.status, current.rows, current.progress], ['valid', 50, null]);
    const listed = await server.call('GET', '/v1/imports?kind=products&limit=1', { token: customer.token });
    assert.equal(listed.body.data[0].id, accepted.body.id);
  });

  test('files that are not workbooks, too big, too long or hostile are refused with a clear error', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
    assertProblem(await upload(server, customer.token, png), 422, [{ path: 'file', code: 'file_not_xlsx' }]);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const old = await upload(server, customer.token, xls, { kind: 'products' }, { name: 'products.xls', locale: 'zh-CN' });
    assertProblem(old, 422, [{ path: 'file', code: 'file_xls' }]);
    assert.match(old.body.errors[0].message, /Excel 97–2003/);
    assertProblem(await upload(server, customer.token, template.slice(0, template.length - 300)), 422, [{ path: 'file', code: 'file_damaged' }]);
    const zipOfText = await zip([['notes.txt', 'hello']]);
    assertProblem(await upload(server, customer.token, zipOfText), 422, [{ path: 'file', code: 'file_not_xlsx' }]);

    const big = await upload(server, customer.token, new Uint8Array(3 * 1024 * 1024).fill(80));
    assertProblem(big, 413, [{ path: 'file', code: 'file_too_large' }]);
    assert.match(big.body.errors[0].message, /2 MB/);

    const tooLong = Array.from({ length: 51 }, (_, index) => productLine(`LONG-${index}`));
    assertProblem(await upload(server, customer.token, await fillTemplate(template, tooLong)), 422, [{ path: 'file', code: 'too_many_rows' }]);

    // A zip bomb that says what it is: 40 MB of sheet packed into some 40 KB.
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${'<row><c t="inlineStr"><is><t>x</t></is></c></row>'.repeat(800_000)}</sheetData></worksheet>`;
    const bomb = await workbookZip(sheet);
    assertProblem(await upload(server, customer.token, bomb), 422, [{ path: 'file', code: 'file_unsafe' }]);
    // One that lies in its directory is caught while it unpacks.
    const liar = lieAboutSize(bomb, 'xl/worksheets/sheet1.xml', 200_000);
    assertProblem(await upload(server, customer.token, liar), 422, [{ path: 'file', code: 'file_unsafe' }]);

    assertProblem(await upload(server, customer.token, template, { kind: 'orders' }), 422, [{ path: 'kind', code: 'invalid_choice' }]);
    const nothing = new FormData();
    nothing.set('kind', 'products');
    assertProblem(await server.call('POST', '/v1/imports', { token: customer.token, raw: nothing }), 422, [{ path: 'file', code: 'required' }]);
    assertProblem(await server.call('POST', '/v1/imports', { token: customer.token, body: { kind: 'products' } }), 415);
  });

  test('another enterprise’s uploads do not exist for you', async () => {
    const uploaded = await upload(server, customer.token, await fillTemplate(template, [productLine(uniqueSku('MINE'))]));
    const stranger = await createEnterprise(server);
    for (const [method, path] of [
      ['GET', `/v1/imports/${uploaded.body.id}`],
      ['GET', `/v1/imports/${uploaded.body.id}/rows`],
      ['PATCH', `/v1/imports/${uploaded.body.id}/rows/2`],
      ['DELETE', `/v1/imports/${uploaded.body.id}/rows/2`],
      ['POST', `/v1/imports/${uploaded.body.id}/revalidate`],
      ['POST', `/v1/imports/${uploaded.body.id}/commit`],
      ['DELETE', `/v1/imports/${uploaded.body.id}`],
    ] as const) {
      assertProblem(await server.call(method, path, { token: stranger.token, ...(method === 'PATCH' ? { body: { cells: { name: 'x' } } } : {}) }), 404);
    }
    assert.ok(!(await server.call('GET', '/v1/imports', { token: stranger.token })).body.data.some((item: { id: string }) => item.id === uploaded.body.id));
    assertProblem(await server.call('GET', '/v1/products/template.xlsx'), 401);
  });

  test('declaration elements per HS code: the code’s template, checked at every cell, rows sent for filing', async () => {
    const prefix = uniqueSku('DEC');
    const cream = await createProduct(server, customer.token, { sku: `${prefix}-1` });
    const serum = await createProduct(server, customer.token, { sku: `${prefix}-2` });
    const filed = await createProduct(server, customer.token, { sku: `${prefix}-3`, hsCode: '3304990099', declarationElements: { '0': '4', '1': '0', '2': '保湿', '3': '50ml', '4': 'Harbour' } });
    await server.call('POST', `/v1/products/${filed.sku}/submit`, { token: customer.token });

    assertProblem(await server.call('GET', '/v1/products/template.xlsx?kind=declarations', { token: customer.token }), 422, [{ path: 'hsCode', code: 'hs_code_for_sheet' }]);
    const sheetTemplate = await downloadTemplate(server, customer.token, '?kind=declarations&hsCode=3304990099');
    const workbook = await openWorkbook(sheetTemplate);
    assert.equal(workbook.worksheets[0]!.name, '3304990099');
    assert.deepEqual((workbook.worksheets[0]!.getRow(1).values as string[]).slice(1), ['SKU*', '0:品牌类型*', '1:出口享惠情况*', '2:用途*', '3:包装规格*', '4:品牌（中文或外文名称）*', '5:GTIN', '6:CAS', '7:其他']);

    const file = await fillTemplate(sheetTemplate, [
      [cream.sku, '4 境外品牌（其他）', '0', '面部保湿', '50ml/瓶', 'Harbour'],
      [serum.sku, '9', null, '精华', '30ml|瓶', 'Harbour'],
      [filed.sku, '4', '0', '保湿', '50ml', 'Harbour'],
      ['NOPE-1', '4', '0', '保湿', '50ml', 'Harbour'],
    ]);
    const uploaded = await upload(server, customer.token, file, { kind: 'declarations', hsCode: '3304990099' });
    assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
    assert.deepEqual(at(uploaded.body.errors), ['3B:declaration_element_choice', '3C:declaration_element_required', '3E:declaration_element_separator', '4A:product_filing', '5A:sku_unknown']);
    assert.match(uploaded.body.errors[1].message, /出口享惠情况/);

    await server.call('PATCH', `/v1/imports/${uploaded.body.id}/rows/3`, { token: customer.token, body: { cells: { 'declarationElements.0': '4', 'declarationElements.1': '1 出口货物在最终目的国（地区）享受优惠关税', 'declarationElements.3': '30ml/瓶' } } });
    await server.call('DELETE', `/v1/imports/${uploaded.body.id}/rows/4`, { token: customer.token });
    const ready = await server.call('DELETE', `/v1/imports/${uploaded.body.id}/rows/5`, { token: customer.token });
    assert.deepEqual([ready.body.status, ready.body.hsCode], ['valid', '3304990099']);
    const committed = await server.call('POST', `/v1/imports/${uploaded.body.id}/commit`, { token: customer.token });
    assert.equal(committed.body.created, 2, JSON.stringify(committed.body));
    const read = await server.call('GET', `/v1/products/${serum.sku}`, { token: customer.token });
    assert.deepEqual([read.body.status, read.body.hsCode, read.body.declaredSpecification], ['filing', '3304990099', '4|1|精华|30ml/瓶|Harbour|||']);
    const customs = await operatorToken(server, ['customs']);
    const queue = await server.call('GET', '/v1/operator/products?limit=200', { token: customs });
    assert.ok(queue.body.data.some((item: { sku: string }) => item.sku === cream.sku));

    // A sheet made for one code is not read as another's.
    const other = await upload(server, customer.token, file, { kind: 'declarations', hsCode: '3305100000' });
    assertProblem(other, 422, [{ path: 'hsCode', code: 'hs_code_mismatch' }]);
    // Without a code given, the sheet's name says which.
    const named = await upload(server, customer.token, file, { kind: 'declarations' });
    assert.equal(named.body.hsCode, '3304990099');
  });
});

/** A zip of the given files, as any archiver writes one. */
async function zip(files: [string, string][]): Promise<Uint8Array> {
  const writer = new ZipWriter(new BlobWriter());
  for (const [name, text] of files) await writer.add(name, new TextReader(text));
  return new Uint8Array(await (await writer.close()).arrayBuffer());
}

/** The smallest workbook around one sheet's XML. */
async function workbookZip(sheetXml: string): Promise<Uint8Array> {
  const writer = new ZipWriter(new BlobWriter(), { level: 9 });
  await writer.add('[Content_Types].xml', new TextReader('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'));
  await writer.add('_rels/.rels', new TextReader('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'));
  await writer.add('xl/workbook.xml', new TextReader('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'));
  await writer.add('xl/_rels/workbook.xml.rels', new TextReader('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'));
  await writer.add('xl/worksheets/sheet1.xml', new Uint8ArrayReader(new TextEncoder().encode(sheetXml)));
  return new Uint8Array(await (await writer.close()).arrayBuffer());
}

/** Rewrites the uncompressed size an entry declares (local header and central directory) to `size`. */
function lieAboutSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  const encoded = new TextEncoder().encode(name);
  const matches = (offset: number) => encoded.every((byte, index) => copy[offset + index] === byte);
  for (let offset = 0; offset < copy.length - 46; offset++) {
    const signature = view.getUint32(offset, true);
    if (signature === 0x04034b50 && view.getUint16(offset + 26, true) === encoded.length && matches(offset + 30)) view.setUint32(offset + 22, size, true);
    if (signature === 0x02014b50 && view.getUint16(offset + 28, true) === encoded.length && matches(offset + 46)) view.setUint32(offset + 24, size, true);
  }
  return copy;
}
