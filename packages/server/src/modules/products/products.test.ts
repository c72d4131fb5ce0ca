import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertProblem } from '../../testing/accounts.ts';
import { createEnterprise, operatorToken, type EnterpriseAdmin } from '../../testing/enterprises.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';
import { createProduct } from '../../testing/products.ts';
import { productBody, uniqueSku } from '../../testing/fixtures/index.ts';

// PRODUCT §3.1–3.4: normal products and combos, their rules, the list and the filing lifecycle.
describe('products', () => {
  let server: TestServer;
  let customer: EnterpriseAdmin;
  before(async () => {
    server = await startTestServer();
    customer = await createEnterprise(server);
  });
  after(async () => {
    await server.close();
  });

  test('a normal product is created as a draft in the enterprise’s currency; its SKU is unique whatever the case', async () => {
    const body = productBody();
    const created = await server.call('POST', '/v1/products', { token: customer.token, body });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.headers.get('location'), `/v1/products/${body.sku}`);
    assert.deepEqual(
      { status: created.body.status, type: created.body.type, currency: created.body.currency, salePrice: created.body.salePrice, hsCode: created.body.hsCode, components: created.body.components },
      { status: 'draft', type: 'normal', currency: 'HKD', salePrice: '129.90', hsCode: null, components: [] },
    );
    const again = await server.call('POST', '/v1/products', { token: customer.token, body: productBody({ sku: body.sku.toLowerCase() }) });
    assertProblem(again, 409, [{ path: 'sku', code: 'sku_taken' }]);
    assert.match(again.body.errors[0].message, new RegExp(body.sku.toLowerCase()));
    const read = await server.call('GET', `/v1/products/${body.sku.toLowerCase()}`, { token: customer.token });
    assert.equal(read.body.id, created.body.id);
  });

  test('every broken rule is named at its field, in the caller’s language', async () => {
    const response = await server.call('POST', '/v1/products', {
      token: customer.token,
      headers: { 'accept-language': 'zh-CN' },
      body: productBody({ sku: 'has space', purchasePrice: 50, salePrice: 49.99, barcode: '6901234567890', grossWeight: 1, netWeight: 2, name: '' }),
    });
    assertProblem(response, 422, [
      { path: 'sku', code: 'sku_format' },
      { path: 'name', code: 'required' },
      { path: 'barcode', code: 'gtin' },
      { path: 'salePrice', code: 'sale_below_purchase' },
      { path: 'netWeight', code: 'net_above_gross' },
    ]);
    const sale = response.body.errors.find((error: { path: string }) => error.path === 'salePrice');
    assert.match(sale.message, /销售价格不能低于增值税发票上的采购价格（50.00）/);
    assertProblem(await server.call('POST', '/v1/products', { token: customer.token, body: productBody({ salePrice: 10.005 }) }), 422, [{ path: 'salePrice', code: 'price_decimals' }]);
    assertProblem(await server.call('POST', '/v1/products', { token: customer.token, body: productBody({ hsCode: '33049900' }) }), 422, [{ path: 'hsCode', code: 'hs_code_format' }]);
  });

  test('a combo is two or more normal products of the enterprise, each with a quantity', async () => {
    const cream = await createProduct(server, customer.token);
    const serum = await createProduct(server, customer.token, { name: '精华液 30ml' });
    const sku = uniqueSku('SET');
    const combo = await server.call('POST', '/v1/products', {
      token: customer.token,
      body: { type: 'combo', sku, name: '护肤套装', components: [{ sku: cream.sku, quantity: 1 }, { sku: serum.sku, quantity: 2 }] },
    });
    assert.equal(combo.status, 201, JSON.stringify(combo.body));
    assert.deepEqual(combo.body.components.map((c: { sku: string; quantity: number }) => [c.sku, c.quantity]), [[cream.sku, 1], [serum.sku, 2]]);
    // A combo's category may be cleared; a normal product's may not.
    assert.equal((await server.call('PATCH', `/v1/products/${sku}`, { token: customer.token, body: { category: null } })).body.category, null);
    assertProblem(await server.call('PATCH', `/v1/products/${cream.sku}`, { token: customer.token, body: { category: null } }), 422, [{ path: 'category', code: 'required' }]);

    assertProblem(await server.call('POST', '/v1/products', { token: customer.token, body: { type: 'combo', sku: uniqueSku(), name: 'x', components: [{ sku: cream.sku, quantity: 1 }] } }), 422, [{ path: 'components', code: 'combo_too_few' }]);
    assertProblem(
      await server.call('POST', '/v1/products', { token: customer.token, body: { type: 'combo', sku: uniqueSku(), name: 'x', components: [{ sku: cream.sku, quantity: 1 }, { sku: cream.sku.toLowerCase(), quantity: 1 }] } }),
      422,
      [{ path: 'components.1.sku', code: 'duplicate' }],
    );
    assertProblem(
      await server.call('POST', '/v1/products', { token: customer.token, body: { type: 'combo', sku: uniqueSku(), name: 'x', components: [{ sku: 'NOPE-1', quantity: 1 }, { sku, quantity: 1 }] } }),
      422,
      [
        { path: 'components.0.sku', code: 'component_unknown' },
        { path: 'components.1.sku', code: 'component_not_normal' },
      ],
    );
    // A product in a live combo cannot be deleted; the combo can, and then the product can.
    assertProblem(await server.call('DELETE', `/v1/products/${cream.sku}`, { token: customer.token }), 409, [{ path: 'sku', code: 'product_in_combo' }]);
    assertProblem(await server.call('POST', `/v1/products/${sku}/submit`, { token: customer.token }), 409, [{ path: 'type', code: 'combo_not_filed' }]);
    assert.equal((await server.call('DELETE', `/v1/products/${sku}`, { token: customer.token })).status, 204);
    assert.equal((await server.call('DELETE', `/v1/products/${cream.sku}`, { token: customer.token })).status, 204);
  });

  test('editing changes only what is sent; deleting hides the product, frees its SKU and keeps its log', async () => {
    const product = await createProduct(server, customer.token);
    const edited = await server.call('PATCH', `/v1/products/${product.sku}`, { token: customer.token, body: { name: '保湿面霜（新版）', brand: null, salePrice: 139 } });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.deepEqual([edited.body.name, edited.body.brand, edited.body.salePrice, edited.body.purchasePrice], ['保湿面霜（新版）', null, '139.00', '45.50']);
    assertProblem(await server.call('PATCH', `/v1/products/${product.sku}`, { token: customer.token, body: { purchasePrice: 200 } }), 422, [{ path: 'salePrice', code: 'sale_below_purchase' }]);
    // Edited since it was read: refused rather than overwritten.
    assert.equal(edited.headers.get('etag'), `"${edited.body.version}"`);
    assertProblem(await server.call('PATCH', `/v1/products/${product.sku}`, { token: customer.token, headers: { 'if-match': `"${edited.body.version - 1}"` }, body: { name: 'stale' } }), 409, [{ path: 'version', code: 'version_stale' }]);
    assert.equal((await server.call('PATCH', `/v1/products/${product.sku}`, { token: customer.token, headers: { 'if-match': `"${edited.body.version}"` }, body: { model: '55ml' } })).status, 200);

    const log = await server.call('GET', `/v1/products/${product.sku}/log`, { token: customer.token });
    assert.deepEqual(log.body.data.map((entry: { action: string }) => entry.action), ['updated', 'updated', 'created']);
    assert.equal(log.body.data[0].actor.email, customer.email);

    assert.equal((await server.call('DELETE', `/v1/products/${product.sku}`, { token: customer.token })).status, 204);
    assertProblem(await server.call('GET', `/v1/products/${product.sku}`, { token: customer.token }), 404);
    const listed = await server.call('GET', `/v1/products?sku=${product.sku}`, { token: customer.token });
    assert.deepEqual(listed.body.data, []);
    const reused = await createProduct(server, customer.token, { sku: product.sku });
    assert.notEqual(reused.id, product.id, 'a deleted product frees its SKU');
  });

  test('the list filters by SKU prefix, name, category, status and created days, newest first, page by page', async () => {
    const shop = await createEnterprise(server);
    const prefix = uniqueSku('LST');
    const day = () => server.clock.now().toISOString().slice(0, 10);
    const firstDay = day();
    for (let i = 0; i < 5; i++) {
      await createProduct(server, shop.token, { sku: `${prefix}-${i}`, name: i % 2 ? `婴儿纸尿裤 L 号 ${i}` : `面霜 ${i}` });
      server.clock.advance(60);
    }
    await createProduct(server, shop.token, { sku: uniqueSku('OTHER') });
    const skus = async (query: string) => {
      const response = await server.call('GET', `/v1/products?${query}`, { token: shop.token });
      assert.equal(response.status, 200, JSON.stringify(response.body));
      return response.body.data.map((item: { sku: string }) => item.sku);
    };
    assert.deepEqual(await skus(`sku=${prefix.toLowerCase()}`), [4, 3, 2, 1, 0].map((i) => `${prefix}-${i}`));
    assert.deepEqual(await skus(`sku=${prefix}&name=${encodeURIComponent('纸尿裤')}`), [`${prefix}-3`, `${prefix}-1`]);
    assert.deepEqual(await skus(`sku=${prefix}&status=filed`), []);
    assert.deepEqual(await skus(`sku=${prefix}&category=cosmetics&status=draft`), [4, 3, 2, 1, 0].map((i) => `${prefix}-${i}`));
    // From the first product's day to the last's (one day, unless the run crosses midnight UTC).
    assert.equal((await skus(`sku=${prefix}&createdFrom=${firstDay}&createdTo=${day()}`)).length, 5);
    assert.deepEqual(await skus(`sku=${prefix}&createdTo=2000-01-01`), []);
    assert.deepEqual(await skus(`name=${encodeURIComponent('%')}`), [], 'wildcards are searched for, not expanded');

    const first = await server.call('GET', `/v1/products?sku=${prefix}&limit=2`, { token: shop.token });
    const second = await server.call('GET', `/v1/products?sku=${prefix}&limit=2&cursor=${first.body.nextCursor}`, { token: shop.token });
    const third = await server.call('GET', `/v1/products?sku=${prefix}&limit=2&cursor=${second.body.nextCursor}`, { token: shop.token });
    assert.deepEqual([...first.body.data, ...second.body.data, ...third.body.data].map((item: { sku: string }) => item.sku), [4, 3, 2, 1, 0].map((i) => `${prefix}-${i}`));
    assert.equal(third.body.nextCursor, null);
    assertProblem(await server.call('GET', '/v1/products?status=deleted', { token: shop.token }), 422, [{ path: 'status', code: 'invalid_choice' }]);
  });

  test('another enterprise’s product does not exist for you; pending members and strangers get nothing', async () => {
    const product = await createProduct(server, customer.token);
    const stranger = await createEnterprise(server);
    for (const [method, path] of [
      ['GET', `/v1/products/${product.sku}`],
      ['PATCH', `/v1/products/${product.sku}`],
      ['DELETE', `/v1/products/${product.sku}`],
      ['POST', `/v1/products/${product.sku}/submit`],
      ['GET', `/v1/products/${product.sku}/log`],
      ['GET', `/v1/products/${product.sku}/inventory`],
      ['GET', `/v1/products/${product.sku}/orders`],
    ] as const) {
      assertProblem(await server.call(method, path, { token: stranger.token, ...(method === 'PATCH' ? { body: { name: 'mine' } } : {}) }), 404);
    }
    assert.deepEqual((await server.call('GET', `/v1/products?sku=${product.sku}`, { token: stranger.token })).body.data, []);
    assertProblem(await server.call('GET', '/v1/products', {}), 401);
  });

  test('a SKU in the path is decoded once: an escaped percent sign is an unknown SKU, not an error', async () => {
    assertProblem(await server.call('GET', '/v1/products/%25', { token: customer.token }), 404);
    assertProblem(await server.call('GET', '/v1/products/%25/log', { token: customer.token }), 404);
    const agent = await operatorToken(server, ['customs']);
    assertProblem(await server.call('POST', `/v1/operator/products/${customer.enterprise.id}/%25/filing`, { token: agent, body: { approved: true } }), 404);
  });

  test('submitting needs an HS code; filing locks the product until customs decides', async () => {
    const product = await createProduct(server, customer.token);
    assertProblem(await server.call('POST', `/v1/products/${product.sku}/submit`, { token: customer.token }), 422, [{ path: 'hsCode', code: 'hs_code_required' }]);
    const agent = await operatorToken(server, ['customs']);
    assertProblem(await server.call('POST', `/v1/operator/products/${customer.enterprise.id}/${product.sku}/filing`, { token: agent, body: { approved: true } }), 409, [{ path: 'status', code: 'product_not_filing' }]);
    assertProblem(await server.call('POST', `/v1/operator/products/${customer.enterprise.id}/${product.sku}/filing`, { token: await operatorToken(server, ['support']), body: { approved: true } }), 403);
  });

  test('an HS code brings its declaration elements: all answered, coded ones with their codes, joined into the specification', async () => {
    // 3304990099: 0 品牌类型, 1 出口享惠情况, 2 用途, 3 包装规格, 4 品牌, 5 GTIN, 6 CAS, 7 其他.
    const missing = await server.call('POST', '/v1/products', {
      token: customer.token,
      headers: { 'accept-language': 'zh-CN' },
      body: productBody({ hsCode: '3304990099', declarationElements: { '0': '9', '1': '0', '3': '50ml|瓶', '9': 'x' } }),
    });
    assertProblem(missing, 422, [
      { path: 'declarationElements.0', code: 'declaration_element_choice' },
      { path: 'declarationElements.2', code: 'declaration_element_required' },
      { path: 'declarationElements.3', code: 'declaration_element_separator' },
      { path: 'declarationElements.4', code: 'declaration_element_required' },
      { path: 'declarationElements.9', code: 'declaration_element_unknown' },
    ]);
    assert.match(missing.body.errors[1].message, /用途/);
    assertProblem(await server.call('POST', '/v1/products', { token: customer.token, body: productBody({ hsCode: '3304990098' }) }), 422, [{ path: 'hsCode', code: 'hs_code_unknown' }]);

    const answers = { '0': '4', '1': '0', '2': '保湿', '3': '50ml/瓶', '4': 'Harbour', '5': '6901234567892' };
    const product = await createProduct(server, customer.token, { hsCode: '3304990099', declarationElements: answers });
    assert.equal(product.declaredSpecification, '4|0|保湿|50ml/瓶|Harbour|6901234567892||');

    const submitted = await server.call('POST', `/v1/products/${product.sku}/submit`, { token: customer.token });
    assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
    assert.equal(submitted.body.status, 'filing');
    assertProblem(await server.call('PATCH', `/v1/products/${product.sku}`, { token: customer.token, body: { name: 'x' } }), 409, [{ path: 'status', code: 'product_filing' }]);
    assertProblem(await server.call('DELETE', `/v1/products/${product.sku}`, { token: customer.token }), 409, [{ path: 'status', code: 'product_filing' }]);

    const customs = await operatorToken(server, ['customs']);
    const queue = await server.call('GET', '/v1/operator/products', { token: customs });
    assert.ok(queue.body.data.some((item: { sku: string; enterprise: { id: string } }) => item.sku === product.sku && item.enterprise.id === customer.enterprise.id));
    const path = `/v1/operator/products/${customer.enterprise.id}/${product.sku}/filing`;
    assertProblem(await server.call('POST', path, { token: customs, body: { approved: false } }), 422, [{ path: 'reason', code: 'required' }]);
    const rejected = await server.call('POST', path, { token: customs, body: { approved: false, reason: '用途请写明“面部保湿”' } });
    assert.deepEqual([rejected.body.status, rejected.body.rejectionReason], ['rejected', '用途请写明“面部保湿”']);

    // Rejected: editable again, and back to draft with the change; then filed, and locked for good.
    const fixed = await server.call('PATCH', `/v1/products/${product.sku}`, { token: customer.token, body: { declarationElements: { ...answers, '2': '面部保湿' } } });
    assert.deepEqual([fixed.body.status, fixed.body.rejectionReason, fixed.body.declaredSpecification], ['draft', null, '4|0|面部保湿|50ml/瓶|Harbour|6901234567892||']);
    assert.equal((await server.call('POST', `/v1/products/${product.sku}/submit`, { token: customer.token })).status, 200);
    const filed = await server.call('POST', path, { token: customs, body: { approved: true } });
    assert.equal(filed.body.status, 'filed');
    assertProblem(await server.call('PATCH', `/v1/products/${product.sku}`, { token: customer.token, body: { name: 'x' } }), 409, [{ path: 'status', code: 'product_filed' }]);
    const log = await server.call('GET', `/v1/products/${product.sku}/log`, { token: customer.token });
    assert.deepEqual(log.body.data.map((entry: { action: string }) => entry.action), ['filed', 'submitted', 'updated', 'rejected', 'submitted', 'created']);
  });

  test('prices are decimal strings in the trading currency; numbers are accepted, extra decimals are not', async () => {
    const created = await createProduct(server, customer.token, { purchasePrice: '1,045.5', salePrice: 1299 });
    const read = await server.call('GET', `/v1/products/${created.sku}`, { token: customer.token });
    assert.deepEqual([read.body.purchasePrice, read.body.salePrice], ['1045.50', '1299.00']);
    assertProblem(await server.call('POST', '/v1/products', { token: customer.token, body: productBody({ salePrice: 'twelve' }) }), 422, [{ path: 'salePrice', code: 'price_format' }]);
    assertProblem(await server.call('POST', '/v1/products', { token: customer.token, body: productBody({ salePrice: -1 }) }), 422, [{ path: 'salePrice', code: 'number_too_small' }]);

    const yen = await createEnterprise(server, { tradingCurrency: 'JPY' });
    assertProblem(await server.call('POST', '/v1/products', { token: yen.token, body: productBody({ purchasePrice: 100, salePrice: '129.50' }) }), 422, [{ path: 'salePrice', code: 'amount_precision' }]);
    const inYen = await createProduct(server, yen.token, { purchasePrice: 100, salePrice: 1290 });
    assert.equal((await server.call('GET', `/v1/products/${inYen.sku}`, { token: yen.token })).body.salePrice, '1290');
  });

  test('inventory, orders and ASNs tabs answer for every product, empty until goods move', async () => {
    const product = await createProduct(server, customer.token);
    assert.deepEqual((await server.call('GET', `/v1/products/${product.sku}/inventory`, { token: customer.token })).body, { data: [], movements: [] });
    assert.deepEqual((await server.call('GET', `/v1/products/${product.sku}/orders`, { token: customer.token })).body, { data: [], nextCursor: null });
    assert.deepEqual((await server.call('GET', `/v1/products/${product.sku}/asns`, { token: customer.token })).body, { data: [], nextCursor: null });
  });
});
