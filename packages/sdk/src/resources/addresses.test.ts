// The address book through the SDK against the real server over real HTTP.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AddressBookEntryInput } from '@wharf/domain/addresses';
import { addressBody, createEnterprise, openWorkbook } from '@wharf/server/testing';
import { serveBackend } from '../testing/served.ts';
import { createWharfClient, isConflictError, isValidationError } from '../index.ts';

const served = serveBackend();
const customer = async () => createWharfClient({ baseUrl: served.baseUrl, token: (await createEnterprise(served.backend)).token, locale: 'zh-CN' });
const entry = (overrides: Record<string, unknown> = {}) => addressBody(overrides) as AddressBookEntryInput;

describe('client.addresses', () => {
  test('save, find, change with a version, remove; a broken rule names its field', async () => {
    const wharf = await customer();
    const sender = await wharf.addresses.create(entry({ kind: 'sender', name: '前海仓', isDefault: true }));
    const recipient = await wharf.addresses.create(entry({ name: '陈大文', phone: '+852 9123 4567' }));
    assert.deepEqual([sender.isDefault, recipient.phone], [true, '+85291234567']);
    assert.deepEqual((await wharf.addresses.list({ kind: 'recipient' })).data.map((entry) => entry.name), ['陈大文']);
    assert.deepEqual((await wharf.addresses.list({ q: '前海' })).data.map((entry) => entry.id), [sender.id]);

    const changed = await wharf.addresses.update(recipient.id, { street: '宏照道 33 號' }, { version: recipient.version });
    assert.equal(changed.version, recipient.version + 1);
    const stale = await wharf.addresses.update(recipient.id, { street: '又改了' }, { version: recipient.version }).catch((error: unknown) => error);
    assert.ok(isConflictError(stale));
    const refused = await wharf.addresses.create(entry({ phone: '123' })).catch((error: unknown) => error);
    assert.ok(isValidationError(refused));
    assert.deepEqual(refused.fieldErrors.map((error) => [error.path, error.code]), [['phone', 'address_phone_format']]);

    await wharf.addresses.remove(recipient.id);
    assert.deepEqual((await wharf.addresses.list()).data.map((entry) => entry.id), [sender.id]);
  });

  test('a book exported from one account, uploaded into another', async () => {
    const from = await customer();
    await from.addresses.create(entry({ name: '张三' }));
    await from.addresses.create(entry({ kind: 'sender', name: '李四', isDefault: true }));
    const file = await from.addresses.exportBook();
    assert.equal((await openWorkbook(new Uint8Array(await file.arrayBuffer()))).worksheets[0]!.rowCount, 3);
    const template = await openWorkbook(new Uint8Array(await (await from.addresses.template()).arrayBuffer()));
    assert.equal(template.worksheets[0]!.getCell('A1').value, '类型*');

    const to = await customer();
    const checked = await to.imports.upload(new File([file], 'book.xlsx'), { kind: 'addresses', pollInterval: 20 });
    assert.equal(checked.status, 'valid');
    assert.equal((await to.imports.commit(checked.id)).created, 2);
    const moved = (await to.addresses.list()).data;
    assert.deepEqual(moved.map((entry) => [entry.kind, entry.name, entry.isDefault]).sort(), [['recipient', '张三', false], ['sender', '李四', true]]);
  });
});
