// Products and batch uploads through the SDK against the real server over real HTTP.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createEnterprise, fillTemplate, productLine, uniqueSku } from '@wharf/server/testing';
import { serveBackend } from '../testing/served.ts';
import { createWharfClient, isConflictError, isValidationError, type ImportProgress, type WharfClient } from '../index.ts';

let wharf: WharfClient;
serveBackend(async ({ backend, baseUrl }) => {
  const { token } = await createEnterprise(backend);
  wharf = createWharfClient({ baseUrl, token, locale: 'zh-CN' });
});

describe('client.products and client.imports', () => {
  test('a product from the form’s options, sent for filing; its tabs', async () => {
    const options = await wharf.products.options();
    assert.ok(options.categories.some((category) => category.code === 'cosmetics' && category.name === '化妆品及护肤品'));
    const sku = uniqueSku('SDK');
    const created = await wharf.products.create({
      type: 'normal', sku, name: '面霜', category: 'cosmetics', unit: '007', originCountry: 'KR', purchasePrice: '45.5', salePrice: 99,
      hsCode: '3304990099', declarationElements: { '0': '4', '1': '0', '2': '保湿', '3': '50ml', '4': 'Harbour' },
    });
    assert.deepEqual([created.status, created.purchasePrice, created.salePrice], ['draft', '45.50', '99.00']);
    assert.equal((await wharf.products.submit(sku)).status, 'filing');
    const refused = await wharf.products.update(sku, { name: '改名' }).catch((error: unknown) => error);
    assert.ok(isConflictError(refused));
    assert.deepEqual([(await wharf.products.orders(sku)).data, (await wharf.products.asns(sku)).data, (await wharf.products.inventory(sku)).data], [[], [], []]);
    assert.equal((await wharf.products.list({ sku })).data[0]!.status, 'filing');
  });

  test('template, upload with progress, problems at their cells, a fix in place, commit', async () => {
    const template = new Uint8Array(await (await wharf.imports.template('products')).arrayBuffer());
    const prefix = uniqueSku('SDKUP');
    const file = new File([(await fillTemplate(template, [productLine(`${prefix}-1`), productLine(`${prefix}-2`, { category: '衣服' })])) as BlobPart], 'products.xlsx');
    const progress: ImportProgress[] = [];
    const checked = await wharf.imports.upload(file, { kind: 'products', onProgress: (step) => progress.push(step), pollInterval: 20 });
    assert.equal(checked.status, 'invalid');
    assert.deepEqual(checked.errors.map((error) => `${error.row}${error.column}:${error.code}`), ['3C:category_unknown']);
    assert.deepEqual(progress.at(-1), { phase: 'checking', fraction: 1, rows: 2 });
    assert.ok(progress.some((step) => step.phase === 'uploading'));

    const { rows } = await wharf.imports.fixRow(checked.id, 3, { category: '化妆品及护肤品' });
    assert.deepEqual(rows[0]!.errors, []);
    const committed = await wharf.imports.commit(checked.id);
    assert.deepEqual([committed.status, committed.created], ['committed', 2]);
    assert.equal((await wharf.imports.list({ kind: 'products', limit: 1 })).data[0]!.id, checked.id);

    const notAWorkbook = await wharf.imports.upload(new File(['sku,name\n'], 'products.csv'), { kind: 'products' }).catch((error: unknown) => error);
    assert.ok(isValidationError(notAWorkbook));
    assert.deepEqual(notAWorkbook.fieldErrors.map((error) => [error.path, error.code]), [['file', 'file_not_xlsx']]);
  });
});
