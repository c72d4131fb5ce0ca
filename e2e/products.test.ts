// End to end: a customer uploads products from the template in the demo portal, sees what is wrong at its cell,
// fixes it there, imports, finds the products, completes one's customs data and sends it for filing; customs
// approves it. Real server process, real browser, real file.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { fillTemplate, openWorkbook } from '@wharf/server/testing';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startDemoServer } from './server.ts';

const OPERATOR_TOKEN = 'wop_e2e-customs-token-0123456789abcdefghijklmn';

let server: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;

before(async () => {
  server = await startDemoServer({ WHARF_OPERATOR_TOKEN: OPERATOR_TOKEN });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('upload products from the template with mistakes, fix them in place, import, file one with customs', async () => {
  const errors: string[] = [];
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url);
  await page.locator('#locale').selectOption('en');
  const login = page.locator('wharf-login-form');
  await login.getByLabel('Email').fill('demo@wharf.local');
  await login.getByLabel('Password', { exact: true }).fill('Harbour-2026');
  await login.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Upload products' }).click();

  // The template, as the customer saves it.
  const upload = page.locator('wharf-batch-upload[kind=products]');
  const [download] = await Promise.all([page.waitForEvent('download'), upload.getByRole('button', { name: 'Download template' }).click()]);
  assert.match(download.suggestedFilename(), /^product-upload-template\.xlsx$/);
  const template = new Uint8Array(await readFile((await download.path())!));
  const headers = ((await openWorkbook(template)).worksheets[0]!.getRow(1).values as string[]).slice(1);
  assert.deepEqual(headers.slice(0, 3), ['SKU*', 'Name*', 'Category*']);

  // Filled in with two mistakes: a category that is not one, and a sale price below the purchase price.
  const line = (sku: string, overrides: Partial<Record<'category' | 'sale', string | number>> = {}) => [
    sku, `Hyaluronic cream ${sku}`, overrides.category ?? 'Cosmetics and skin care', 'Harbour', '50ml', '007 Piece (个)', 'KR Korea', '6901234567892', 0.12, 0.05, 45.5, overrides.sale ?? 129.9,
  ];
  const filled = await fillTemplate(template, [line('E2E-1'), line('E2E-2', { category: 'Clothes' }), line('E2E-3', { sale: 40 })]);
  await upload.locator('input[type=file]').setInputFiles({ name: 'products.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(filled) });

  // The problems at their cells: C3 and L4.
  await upload.getByText('3 rows read · 2 rows with problems · 2 problems to fix.').first().waitFor();
  const category = upload.getByRole('gridcell', { name: /C3/ });
  await category.getByText('Choose a category from the list.').first().waitFor();
  assert.equal(await upload.locator('[aria-invalid=true]').count(), 2);
  await upload.getByRole('gridcell', { name: /L4/ }).getByText('The sale price cannot be below the purchase price on the VAT invoice (45.50).').first().waitFor();

  // Fixed in place: the category chosen from the list, the price typed again.
  await upload.getByRole('button', { name: 'Edit C3 (Category*)' }).click();
  await upload.locator('[part=editor] select').selectOption({ label: 'Cosmetics and skin care' });
  await upload.getByRole('button', { name: 'Save', exact: true }).click();
  await upload.getByText('Row 3 is fine now.').first().waitFor();
  await upload.getByRole('button', { name: 'Edit L4 (Sale price*)' }).click();
  await upload.locator('[part=editor] input').fill('99');
  await upload.locator('[part=editor] input').press('Enter');
  await upload.getByText('Every row is fine — 3 products ready to import.').first().waitFor();
  await upload.getByRole('button', { name: 'Import 3 products' }).click();
  await upload.getByText('3 products created as drafts.').first().waitFor();

  // In the list, as drafts.
  await page.getByRole('button', { name: 'Products', exact: true }).click();
  const list = page.locator('wharf-product-list');
  await list.getByLabel('SKU').fill('E2E-');
  await list.getByRole('button', { name: 'Search' }).click();
  for (const sku of ['E2E-1', 'E2E-2', 'E2E-3']) await list.getByRole('button', { name: `View ${sku}` }).waitFor();

  // One gets its HS code and declaration elements in the form, and goes to customs.
  await list.getByRole('button', { name: 'Edit E2E-3' }).click();
  const form = list.locator('wharf-product-form');
  await form.getByLabel('Sale price').waitFor();
  assert.equal(await form.getByLabel('Sale price').inputValue(), '99.00');
  await form.getByRole('combobox', { name: 'HS code' }).fill('3304.99');
  await form.getByRole('option', { name: /3304990099/ }).click();
  await form.getByLabel('0 品牌类型').selectOption('4');
  await form.getByLabel('1 出口享惠情况').selectOption('0');
  await form.getByLabel('2 用途').fill('面部保湿');
  await form.getByLabel('3 包装规格').fill('50ml/瓶');
  await form.getByLabel('4 品牌').fill('Harbour');
  await form.getByText('4|0|面部保湿|50ml/瓶|Harbour|||').first().waitFor();
  await form.getByRole('button', { name: 'Save and submit for filing' }).click();
  await list.getByText('E2E-3 was saved and sent to customs for filing.').first().waitFor();

  // Customs approves it (the operators' API), and the customer sees it filed.
  const queue = (await (await fetch(`${server.url}/v1/operator/products`, { headers: { authorization: `Bearer ${OPERATOR_TOKEN}` } })).json()) as { data: { sku: string; enterprise: { id: string } }[] };
  const filing = queue.data.find((item) => item.sku === 'E2E-3');
  assert.ok(filing, 'E2E-3 is in the customs queue');
  const decided = await fetch(`${server.url}/v1/operator/products/${filing.enterprise.id}/E2E-3/filing`, {
    method: 'POST',
    headers: { authorization: `Bearer ${OPERATOR_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ approved: true }),
  });
  assert.equal(decided.status, 200);
  await list.evaluate((element: HTMLElement & { open(sku: string): Promise<void> }) => element.open('E2E-3'));
  await list.getByText('Filed', { exact: true }).first().waitFor();
  await list.getByText('4|0|面部保湿|50ml/瓶|Harbour|||').first().waitFor();
  assert.deepEqual(errors, []);
});
