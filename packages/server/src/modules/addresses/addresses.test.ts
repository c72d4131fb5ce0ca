import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertProblem } from '../../testing/accounts.ts';
import { createEnterprise, type EnterpriseAdmin } from '../../testing/enterprises.ts';
import { addressBody, createAddress } from '../../testing/fixtures/index.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';
import { openWorkbook, upload } from '../../testing/imports.ts';

type Entry = { id: string; kind: string; label: string | null; isDefault: boolean; name: string; phone: string; version: number } & Record<'province' | 'city' | 'district' | 'street', string> & Record<'postcode' | 'idNumber', string | null>;

// API.md "Orders and addresses": the address book — the same checks as an order's recipient, one default sender
// (and recipient), search, and moving a book between accounts as .xlsx (seed 000 usage Q10).
describe('address book', () => {
  let server: TestServer;
  let customer: EnterpriseAdmin;
  before(async () => {
    server = await startTestServer();
    customer = await createEnterprise(server);
  });
  after(async () => {
    await server.close();
  });

  const api = (token: string) => (method: string, path: string, options: { body?: unknown } = {}) => server.call(method, path, { token, ...options }).then((r) => ({ status: r.status, body: r.body }));
  /** A file download, read as bytes. */
  const download = async (path: string, token: string, locale: string) => {
    const response = await server.app.request(path, { headers: { authorization: `Bearer ${token}`, 'accept-language': locale, 'x-forwarded-for': '203.0.113.9' } });
    return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
  };
  const list = async (token: string, query = '') => (await server.call('GET', `/v1/addresses${query}`, { token })).body as { data: Entry[]; nextCursor: string | null };

  test('an entry is saved checked and normalised, read back, and listed newest first by kind, by search and by cursor', async () => {
    const admin = await createEnterprise(server);
    const created = await server.call('POST', '/v1/addresses', { token: admin.token, body: addressBody({ label: ' 深圳仓 ', phone: '+86 138-0013-8000', idNumber: '11010519491231002x' }) });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.headers.get('location'), `/v1/addresses/${created.body.id}`);
    assert.equal(created.headers.get('etag'), '"1"');
    assert.deepEqual(
      { ...created.body, id: undefined, createdAt: undefined, updatedAt: undefined },
      { id: undefined, createdAt: undefined, updatedAt: undefined, kind: 'recipient', label: '深圳仓', isDefault: false, name: '张三', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', street: '科技园南路 1 号', postcode: '518057', idNumber: '11010519491231002X', version: 1 },
    );
    assert.deepEqual((await server.call('GET', `/v1/addresses/${created.body.id}`, { token: admin.token })).body, created.body);

    await createAddress(api(admin.token), admin.token, { kind: 'sender', name: '李四', phone: '91234567', province: '香港', city: '九龍', district: '觀塘區', street: '宏照道 33 號', postcode: null });
    await createAddress(api(admin.token), admin.token, { name: '王五', street: '深南大道 6000 号' });
    assert.deepEqual((await list(admin.token)).data.map((entry) => entry.name), ['王五', '李四', '张三']);
    assert.deepEqual((await list(admin.token, '?kind=sender')).data.map((entry) => [entry.name, entry.phone]), [['李四', '+85291234567']]);
    assert.deepEqual((await list(admin.token, '?q=深南')).data.map((entry) => entry.name), ['王五']);
    assert.deepEqual((await list(admin.token, '?q=仓')).data.map((entry) => entry.name), ['张三']);
    assert.deepEqual((await list(admin.token, '?q=9123')).data.map((entry) => entry.name), ['李四']);
    const first = await list(admin.token, '?limit=2');
    assert.deepEqual(first.data.map((entry) => entry.name), ['王五', '李四']);
    const rest = await list(admin.token, `?limit=2&cursor=${first.nextCursor}`);
    assert.deepEqual([rest.data.map((entry) => entry.name), rest.nextCursor], [['张三'], null]);
  });

  test('an address is refused as an order’s recipient would be, each field named with how to fix it', async () => {
    const bad = await server.call('POST', '/v1/addresses', {
      token: customer.token,
      body: addressBody({ phone: '12345', postcode: '5180', idNumber: '110105194912310021', street: ' ' }),
      headers: { 'accept-language': 'en' },
    });
    assertProblem(bad, 422, [
      { path: 'phone', code: 'address_phone_format' },
      { path: 'street', code: 'required' },
      { path: 'postcode', code: 'postcode_format' },
      { path: 'idNumber', code: 'id_number_check_digit' },
    ]);
    assert.match(bad.body.errors.find((error: { path: string }) => error.path === 'phone').message, /13800138000/);
    assertProblem(await server.call('POST', '/v1/addresses', { token: customer.token, body: addressBody({ kind: 'courier' }) }), 422, [{ path: 'kind', code: 'invalid_choice' }]);
  });

  test('one default sender and one default recipient: a new default, or one changed to it, replaces the one before', async () => {
    const admin = await createEnterprise(server);
    const call = api(admin.token);
    const first = (await createAddress(call, admin.token, { kind: 'sender', name: '仓库一', isDefault: true })) as Entry;
    const recipient = (await createAddress(call, admin.token, { kind: 'recipient', name: '客户', isDefault: true })) as Entry;
    const second = (await createAddress(call, admin.token, { kind: 'sender', name: '仓库二', isDefault: true })) as Entry;
    const defaults = async () => (await list(admin.token)).data.filter((entry) => entry.isDefault).map((entry) => entry.name).sort();
    assert.deepEqual(await defaults(), ['仓库二', '客户']);
    const before = (await server.call('GET', `/v1/addresses/${first.id}`, { token: admin.token })).body as Entry;
    assert.equal(before.version, 2, 'losing the default is a change');
    const back = await server.call('PATCH', `/v1/addresses/${first.id}`, { token: admin.token, body: { isDefault: true } });
    assert.equal(back.status, 200, JSON.stringify(back.body));
    assert.deepEqual(await defaults(), ['仓库一', '客户']);
    // A default recipient turned into a sender becomes the default sender; the recipients have none left.
    await server.call('PATCH', `/v1/addresses/${recipient.id}`, { token: admin.token, body: { kind: 'sender' } });
    assert.deepEqual(await defaults(), ['客户']);
    assert.ok(!(await list(admin.token, '?kind=recipient')).data.some((entry) => entry.isDefault));
    // Concurrent defaults still leave exactly one.
    await Promise.all(['甲', '乙', '丙', '丁'].map((name) => createAddress(call, admin.token, { kind: 'sender', name, isDefault: true })));
    assert.equal((await list(admin.token, '?kind=sender')).data.filter((entry) => entry.isDefault).length, 1);
    assert.equal((await server.call('GET', `/v1/addresses/${second.id}`, { token: admin.token })).body.isDefault, false);
  });

  test('a change is checked whole, refuses a stale If-Match, and another enterprise’s entries do not exist for you', async () => {
    const entry = (await createAddress(api(customer.token), customer.token, { name: '赵六' })) as Entry;
    const changed = await server.call('PATCH', `/v1/addresses/${entry.id}`, { token: customer.token, body: { phone: '+852 5123 4567', label: '香港' }, headers: { 'if-match': '"1"' } });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.deepEqual([changed.body.phone, changed.body.label, changed.body.version, changed.headers.get('etag')], ['+85251234567', '香港', 2, '"2"']);
    assertProblem(await server.call('PATCH', `/v1/addresses/${entry.id}`, { token: customer.token, body: { name: '赵七' }, headers: { 'if-match': '"1"' } }), 409, [{ path: 'version', code: 'version_stale' }]);
    assertProblem(await server.call('PATCH', `/v1/addresses/${entry.id}`, { token: customer.token, body: { phone: '000' } }), 422, [{ path: 'phone', code: 'address_phone_format' }]);
    assertProblem(await server.call('PATCH', `/v1/addresses/${entry.id}`, { token: customer.token, body: { name: null } }), 422, [{ path: 'name', code: 'required' }]);

    const stranger = await createEnterprise(server);
    for (const [method, body] of [['GET'], ['PATCH', { name: 'x' }], ['DELETE']] as const) {
      assert.equal((await server.call(method, `/v1/addresses/${entry.id}`, { token: stranger.token, body })).status, 404, method);
    }
    assert.equal((await list(stranger.token)).data.length, 0);

    assert.equal((await server.call('DELETE', `/v1/addresses/${entry.id}`, { token: customer.token })).status, 204);
    assert.equal((await server.call('GET', `/v1/addresses/${entry.id}`, { token: customer.token })).status, 404);
    assert.equal((await server.call('DELETE', `/v1/addresses/${entry.id}`, { token: customer.token })).status, 404);
  });

  test('a book exported from one account uploads into another as it is, defaults and all (usage Q10)', async () => {
    const from = await createEnterprise(server);
    const call = api(from.token);
    await createAddress(call, from.token, { kind: 'sender', name: '发货仓', label: '前海仓', phone: '13912345678', isDefault: true });
    await createAddress(call, from.token, { name: '陈大文', phone: '+85291234567', province: '香港', city: '九龍', district: '觀塘區', street: '宏照道 33 號', postcode: null, idNumber: '11010519491231002X' });
    await createAddress(call, from.token, { name: '张三' });

    const exported = await download('/v1/addresses/export.xlsx', from.token, 'zh-HK');
    assert.equal(exported.status, 200);
    assert.equal(exported.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.match(exported.headers.get('content-disposition') ?? '', /filename\*=UTF-8''%E5%9C%B0%E5%9D%80%E7%B0%BF-\d{4}-\d{2}-\d{2}\.xlsx/);
    const bytes = exported.bytes;
    const sheet = (await openWorkbook(bytes)).worksheets[0]!;
    assert.deepEqual((sheet.getRow(1).values as string[]).slice(1), ['類型*', '地址名稱', '預設', '姓名*', '電話*', '省份*', '城市*', '區縣*', '詳細地址*', '郵編', '身份證號碼']);
    assert.deepEqual((sheet.getRow(2).values as string[]).slice(1, 6), ['寄件人', '前海仓', '是', '发货仓', '13912345678']);
    assert.equal(sheet.rowCount, 4);

    const to = await createEnterprise(server);
    const uploaded = await upload(server, to.token, bytes, { kind: 'addresses' }, { name: 'book.xlsx' });
    assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
    assert.deepEqual([uploaded.body.kind, uploaded.body.status, uploaded.body.rows], ['addresses', 'valid', 3]);
    const committed = await server.call('POST', `/v1/imports/${uploaded.body.id}/commit`, { token: to.token });
    assert.deepEqual([committed.status, committed.body.created], [200, 3]);
    // The same entries, field for field (ids, versions and times are the new account's own).
    const book = async (token: string) => (await list(token)).data.map(({ kind, label, isDefault, name, phone, province, city, district, street, postcode, idNumber }) => JSON.stringify({ kind, label, isDefault, name, phone, province, city, district, street, postcode, idNumber })).sort();
    assert.deepEqual(await book(to.token), await book(from.token));
  });

  test('the template offers the columns with help and drop-downs; a bad row is refused at its cell', async () => {
    const template = await download('/v1/addresses/template.xlsx', customer.token, 'en');
    assert.equal(template.status, 200);
    assert.match(template.headers.get('content-disposition') ?? '', /address-book-template\.xlsx/);
    const workbook = await openWorkbook(template.bytes);
    const sheet = workbook.worksheets[0]!;
    assert.deepEqual((sheet.getRow(1).values as string[]).slice(1, 5), ['Kind*', 'Label', 'Default', 'Name*']);
    assert.equal(sheet.getCell('A2').dataValidation?.type, 'list');
    sheet.getRow(2).values = ['Recipient', null, 'maybe', '张三', '12345', '广东省', '深圳市', '南山区', '科技园南路 1 号', '518057'];
    sheet.getRow(3).values = ['寄件人', null, '是', '李四', '13912345678', '广东省', '深圳市', '南山区', '前海路 88 号'];
    const file = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const uploaded = await upload(server, customer.token, file, { kind: 'addresses' }, { locale: 'en' });
    assert.equal(uploaded.body.status, 'invalid', JSON.stringify(uploaded.body));
    assert.deepEqual(
      uploaded.body.errors.map((error: { row: number; column: string; code: string }) => `${error.row}${error.column}:${error.code}`),
      ['2C:invalid_choice', '2E:address_phone_format'],
    );
    assert.match(uploaded.body.errors[0].message, /Yes/);
  });
});
