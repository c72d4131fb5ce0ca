// The ledger's periods and the monthly statement through the SDK against the real server over real HTTP.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { monthOf } from '@wharf/domain/enterprises';
import { createEnterprise, openWorkbook, operatorToken } from '@wharf/server/testing';
import { serveBackend } from '../testing/served.ts';
import { createWharfClient, isValidationError } from '../index.ts';

const served = serveBackend();

describe('client.enterprises ledger and statements', () => {
  test('this month’s entries by period, and its statement as a workbook', async () => {
    const admin = await createEnterprise(served.backend);
    const wharf = createWharfClient({ baseUrl: served.baseUrl, token: admin.token, locale: 'en' });
    const desk = createWharfClient({ baseUrl: served.baseUrl, token: await operatorToken(served.backend, ['warehouse']) });
    const recorded: { at: string }[] = [];
    for (const body of [{ kind: 'top-up', amount: '300' }, { kind: 'fee', amount: '12.5', note: 'Shipping' }]) {
      recorded.push(await desk.http.post(`v1/operator/enterprises/${admin.enterprise.id}/ledger`, { json: body }).json());
    }
    // Periods from the entries' own times, so a run crossing midnight (UTC+8) finds them all the same.
    const from = recorded[0]!.at;
    const ledger = await wharf.enterprises.ledger('current', { from, to: recorded[1]!.at });
    assert.deepEqual([ledger.balance, ledger.data.map((entry) => entry.amount)], ['287.50', ['12.50', '300.00']]);
    assert.deepEqual((await wharf.enterprises.ledger('current', { to: '2000-01-01' })).data, []);

    const statement = await wharf.enterprises.statement('current', monthOf(new Date(recorded[1]!.at)));
    const sheet = (await openWorkbook(new Uint8Array(await statement.arrayBuffer()))).worksheets[0]!;
    assert.equal(sheet.getCell('A4').value, 'Date');
    assert.equal(sheet.getCell('A5').value, 'Opening balance');
    const closing = sheet.getRow(sheet.rowCount);
    assert.deepEqual([closing.getCell(1).value, closing.getCell(7).value], ['Closing balance', 287.5]);
    const refused = await wharf.enterprises.statement('current', '2026-13').catch((error: unknown) => error);
    assert.ok(isValidationError(refused));
  });
});
