import { isUnitCode, parseElementList } from '@wharf/domain/reference';
import { sql } from 'drizzle-orm';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertProblem, registerUser } from '../../testing/accounts.ts';
import { operatorToken } from '../../testing/enterprises.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';

type HsCode = { code: string; name: string; unit: string; secondUnit: string | null; supervision: string; elements: { index: number; name: string; required: boolean; choices?: { code: string; name: string }[] }[] };

/** Rows of a raw query on either driver (PGlite answers `{ rows }`, postgres.js an array). */
const rowsOf = <Row>(result: unknown): Row[] => (Array.isArray(result) ? result : (result as { rows: Row[] }).rows);

// PRODUCT §3.5: the HS-code catalogue (a bundled sample) and the lists product forms choose from.
describe('reference data', () => {
  let server: TestServer;
  let token: string;
  before(async () => {
    server = await startTestServer();
    token = (await registerUser(server)).token;
  });
  after(async () => {
    await server.close();
  });

  const search = async (query: string) => {
    const response = await server.call('GET', `/v1/hs-codes?${query}`, { token });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body.data as HsCode[];
  };

  test('the bundled sample: 60+ real 10-digit codes across cross-border retail, each with legal units and an element list the rules read', async () => {
    const all = await search('limit=100');
    assert.ok(all.length >= 60, `${all.length} codes`);
    assert.deepEqual(all.map((hs) => hs.code), [...all.map((hs) => hs.code)].sort(), 'in code order');
    for (const hs of all) {
      assert.match(hs.code, /^\d{10}$/);
      assert.ok(isUnitCode(hs.unit), `${hs.code} unit ${hs.unit}`);
      assert.ok(hs.secondUnit === null || isUnitCode(hs.secondUnit), `${hs.code} second unit ${hs.secondUnit}`);
      assert.match(hs.supervision, /^[0-9A-Z]*$/);
      assert.deepEqual(hs.elements.slice(0, 2).map((element) => element.name), ['品牌类型', '出口享惠情况'], hs.code);
      assert.deepEqual(hs.elements.map((element) => element.index), hs.elements.map((_, index) => index));
      assert.deepEqual(parseElementList(hs.elements.map((element) => `${element.index}:${element.name}`).join(';')), hs.elements);
    }
    // Cosmetics, perfume, shampoo, infant formula, milk powder, supplements, diapers, phones, earphones, laptops,
    // apparel, shoes, bags, toys, watches, cookware, wine, coffee, chocolate, honey, nuts.
    for (const prefix of ['3304', '3303', '3305', '190110', '0402', '2106', '9619', '8517', '851830', '847130', '61', '62', '6404', '4202', '9503', '9102', '7323', '2204', '0901', '1806', '0409', '0802']) {
      assert.ok(all.some((hs) => hs.code.startsWith(prefix)), `a ${prefix} code`);
    }
  });

  test('digits search the start of the code, in code order, however they are written', async () => {
    const cosmetics = await search('q=3304');
    assert.ok(cosmetics.length >= 1);
    assert.ok(cosmetics.every((hs) => hs.code.startsWith('3304')));
    assert.deepEqual((await search('q=3304.99')).map((hs) => hs.code), ['3304990099']);
    assert.deepEqual((await search(`q=${encodeURIComponent(' 3304 9900 99 ')}`)).map((hs) => hs.code), ['3304990099']);
    assert.deepEqual((await search('q=1901101')).map((hs) => hs.code), ['1901101010', '1901101090']);
    assert.deepEqual((await search('q=190110')).map((hs) => hs.code), ['1901101010', '1901101090', '1901109000']);
    assert.deepEqual(await search('q=33049900999'), [], 'longer than any code');
  });

  test('other text searches the name, the closest matches first', async () => {
    const cosmetics = await search(`q=${encodeURIComponent('化妆品')}`);
    assert.ok(cosmetics.some((hs) => hs.code === '3304990099'));
    assert.ok(cosmetics.every((hs) => hs.name.includes('化妆品')));
    const formula = await search(`q=${encodeURIComponent('配方奶粉')}`);
    assert.ok(formula.some((hs) => hs.code === '1901101090'));
    const phones = await search(`q=${encodeURIComponent('手机')}`);
    assert.equal(phones[0]?.code, '8517130000');
    // 智能手机 (the name is the match) before anything that merely contains it.
    const toys = await search(`q=${encodeURIComponent('玩具')}`);
    assert.ok(toys.length >= 3);
    const positions = toys.map((hs) => hs.name.indexOf('玩具'));
    assert.deepEqual(positions, [...positions].sort((a, b) => a - b), 'earliest match first');
    const percent = await search(`q=${encodeURIComponent('%')}`);
    assert.ok(percent.length > 0 && percent.every((hs) => hs.name.includes('%')), 'LIKE wildcards are searched for, not obeyed');
    assert.deepEqual(await search(`q=${encodeURIComponent('_')}`), []);
    assert.deepEqual(await search(`q=${encodeURIComponent('不存在的商品')}`), []);
    assert.equal((await search(`q=${encodeURIComponent('酒')}&limit=2`)).length, 2, 'one character is a search too');
  });

  test('limit: 20 by default, at most 100; a query longer than 100 characters is refused', async () => {
    assert.equal((await search('')).length, 20);
    assert.equal((await search('limit=5')).length, 5);
    assertProblem(await server.call('GET', '/v1/hs-codes?limit=101', { token }), 422, [{ path: 'limit', code: 'number_too_large' }]);
    assertProblem(await server.call('GET', '/v1/hs-codes?limit=0', { token }), 422, [{ path: 'limit', code: 'number_too_small' }]);
    assertProblem(await server.call('GET', `/v1/hs-codes?q=${'a'.repeat(101)}`, { token }), 422, [{ path: 'q', code: 'too_long' }]);
  });

  test('one code: name, legal units, supervision, elements with the coded choices; unknown is 404 and malformed 422, both at `code`', async () => {
    const response = await server.call('GET', '/v1/hs-codes/3304990099', { token });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    const hs = response.body as HsCode;
    assert.deepEqual(
      { code: hs.code, name: hs.name, unit: hs.unit, secondUnit: hs.secondUnit, supervision: hs.supervision },
      { code: '3304990099', name: '其他包装标注规格的其他美容品或化妆品及护肤品', unit: '035', secondUnit: '011', supervision: 'AB' },
    );
    assert.deepEqual(hs.elements.map((element) => [element.index, element.name, element.required]), [
      [0, '品牌类型', true],
      [1, '出口享惠情况', true],
      [2, '用途', true],
      [3, '包装规格', true],
      [4, '品牌（中文或外文名称）', true],
      [5, 'GTIN', false],
      [6, 'CAS', false],
      [7, '其他', false],
    ]);
    assert.deepEqual(hs.elements[0]!.choices?.map((choice) => choice.code), ['0', '1', '2', '3', '4']);
    assert.equal(hs.elements[0]!.choices?.[4]?.name, '境外品牌(其他)');
    assert.deepEqual(hs.elements[1]!.choices?.map((choice) => choice.code), ['0', '1', '2']);
    assert.equal(hs.elements[2]!.choices, undefined);

    const unknown = await server.call('GET', '/v1/hs-codes/3304990098', { token });
    assertProblem(unknown, 404, [{ path: 'code', code: 'hs_code_unknown' }]);
    assertProblem(await server.call('GET', '/v1/hs-codes/33049900', { token }), 422, [{ path: 'code', code: 'hs_code_format' }]);
    const zh = await server.call('GET', '/v1/hs-codes/3304.99.00', { token, headers: { 'accept-language': 'zh-CN' } });
    assertProblem(zh, 422, [{ path: 'code', code: 'hs_code_format' }]);
    assert.match(zh.body.detail, /10 位海关编码/);
  });

  test('product options in the request’s language: categories, units, countries, currencies', async () => {
    const zh = await server.call('GET', '/v1/products/options', { token, headers: { 'accept-language': 'zh-CN,zh;q=0.9' } });
    assert.equal(zh.status, 200, JSON.stringify(zh.body));
    assert.deepEqual(Object.keys(zh.body), ['categories', 'units', 'countries', 'currencies']);
    assert.deepEqual(zh.body.units.find((unit: { code: string }) => unit.code === '035'), { code: '035', name: '千克' });
    assert.deepEqual(zh.body.units.find((unit: { code: string }) => unit.code === '007'), { code: '007', name: '个' });
    assert.deepEqual(zh.body.countries.find((country: { code: string }) => country.code === 'KR'), { code: 'KR', name: '韩国' });
    assert.deepEqual(zh.body.categories.find((category: { code: string }) => category.code === 'cosmetics'), { code: 'cosmetics', name: '化妆品及护肤品' });
    assert.equal(zh.body.countries.length, 249);

    const en = await server.call('GET', '/v1/products/options', { token, headers: { 'accept-language': 'en-GB' } });
    assert.deepEqual(en.body.units.find((unit: { code: string }) => unit.code === '035'), { code: '035', name: 'Kilogram' });
    assert.deepEqual(en.body.currencies.find((currency: { code: string }) => currency.code === 'HKD'), { code: 'HKD', name: 'Hong Kong Dollar' });
    assert.deepEqual(en.body.countries.find((country: { code: string }) => country.code === 'HK'), { code: 'HK', name: 'Hong Kong, China' });
    assert.deepEqual(en.body.categories.map((category: { code: string }) => category.code), zh.body.categories.map((category: { code: string }) => category.code));

    const hk = await server.call('GET', '/v1/products/options', { token, headers: { 'accept-language': 'zh-TW' } });
    assert.deepEqual(hk.body.units.find((unit: { code: string }) => unit.code === '007'), { code: '007', name: '個' });
  });

  test('any signed-in user or operator may read; nobody else', async () => {
    const operator = await operatorToken(server, ['customs']);
    assert.equal((await server.call('GET', '/v1/hs-codes/8517130000', { token: operator })).status, 200);
    assert.equal((await server.call('GET', '/v1/products/options', { token: operator })).status, 200);
    for (const path of ['/v1/hs-codes?q=3304', '/v1/hs-codes/3304990099', '/v1/products/options']) {
      assertProblem(await server.call('GET', path), 401);
      assertProblem(await server.call('GET', path, { token: 'wop_not-a-token' }), 401);
      assertProblem(await server.call('GET', path, { token: 'wst_not-a-session' }), 401);
    }
  });

  test('both searches are index scans, however large the catalogue grows', async () => {
    const plans: string[] = [];
    await server.connection.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      for (const query of [
        sql`EXPLAIN SELECT code FROM hs_codes WHERE code LIKE '8517%'`,
        sql`EXPLAIN SELECT code FROM hs_codes WHERE text_grams(name) @> text_grams('化妆品') AND name ILIKE '%化妆品%'`,
      ]) {
        plans.push(rowsOf<Record<string, string>>(await tx.execute(query)).map((row) => Object.values(row)[0]).join('\n'));
      }
    });
    assert.match(plans[0]!, /hs_codes_code_prefix/);
    assert.match(plans[1]!, /hs_codes_name_grams/);
  });

  test('the API description lists the calls with their answers', async () => {
    const doc = (await server.call('GET', '/openapi.json')).body;
    assert.deepEqual(Object.keys(doc.paths['/v1/hs-codes'].get.responses), ['200', '401', '422']);
    assert.deepEqual(Object.keys(doc.paths['/v1/hs-codes/{code}'].get.responses), ['200', '401', '404', '422']);
    assert.deepEqual(doc.paths['/v1/hs-codes'].get.parameters.map((parameter: { name: string }) => parameter.name), ['q', 'limit']);
    assert.ok(doc.components.schemas.HsCode && doc.components.schemas.ProductOptions);
    assert.ok(doc.paths['/v1/products/options'].get);
  });
});
