import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { createEnterprise, operatorToken, type EnterpriseAdmin } from '../../testing/enterprises.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';
import { createOrder, fileProduct, orderBody, setUpOrderReference } from '../../testing/fixtures/index.ts';

const run = promisify(execFile);

/** The Code 128 symbols on each page of a PDF, rasterised at the label printer's 203 dpi. */
async function scan(bytes: Uint8Array): Promise<string[]> {
  const folder = await mkdtemp(join(tmpdir(), 'wharf-label-'));
  try {
    await writeFile(join(folder, 'labels.pdf'), bytes);
    await run('pdftoppm', ['-r', '203', '-gray', '-png', join(folder, 'labels.pdf'), join(folder, 'page')]);
    const pages = (await readdir(folder)).filter((name) => name.endsWith('.png')).sort();
    return await Promise.all(pages.map(async (page) => (await run('zbarimg', ['--quiet', '--raw', '-Scode128.enable', join(folder, page)])).stdout.trim()));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

// PRODUCT §4.9: labels of one order or many, from the routes, whose barcodes read back as the order numbers.
describe('order labels', () => {
  let server: TestServer;
  let customer: EnterpriseAdmin;
  let numbers: string[];
  before(async () => {
    server = await startTestServer();
    customer = await createEnterprise(server);
    const operator = await operatorToken(server);
    const reference = await setUpOrderReference(server.call, operator);
    const sku = await fileProduct(server.call, customer.token, operator, customer.enterprise.id);
    numbers = [];
    for (let index = 0; index < 2; index++) numbers.push((await createOrder(server.call, customer.token, orderBody(reference, [sku], { remarks: '易碎品' }))).number as string);
  });
  after(async () => {
    await server.close();
  });

  test('one order’s label right after creation: a PDF whose barcode is the order number', async () => {
    const response = await server.app.request(`/v1/orders/${numbers[0]}/label.pdf`, { headers: { authorization: `Bearer ${customer.token}` } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.deepEqual(await scan(new Uint8Array(await response.arrayBuffer())), [numbers[0]]);
  });

  test('many orders in one PDF, a page each in the order given; another enterprise’s number is not found', async () => {
    const response = await server.app.request('/v1/orders/labels', {
      method: 'POST',
      headers: { authorization: `Bearer ${customer.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ numbers: [numbers[1], numbers[0]] }),
    });
    assert.equal(response.status, 200);
    assert.deepEqual(await scan(new Uint8Array(await response.arrayBuffer())), [numbers[1], numbers[0]]);
    const other = await createEnterprise(server);
    const refused = await server.call('POST', '/v1/orders/labels', { token: other.token, body: { numbers } });
    assert.equal(refused.status, 404);
  });
});
