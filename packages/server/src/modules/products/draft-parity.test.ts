import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertProblem } from '../../testing/accounts.ts';
import { createEnterprise, type EnterpriseAdmin } from '../../testing/enterprises.ts';
import { BAD_DRAFTS, badDraftRequest, type BadDraft, uniqueSku } from '../../testing/fixtures/index.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';
import { createProduct } from '../../testing/products.ts';

// The server's half of the product rule's parity: every bad draft the product form refuses (the same list its
// element test types in), sent as the form would send it, is refused at the same field. The form's half is in
// packages/elements/src/elements/product-form/draft-parity.test.ts.
describe('product drafts the form refuses, the server refuses', () => {
  let server: TestServer;
  const customers = new Map<string, Promise<EnterpriseAdmin>>();
  const customerIn = (currency: string) => {
    if (!customers.has(currency)) customers.set(currency, createEnterprise(server, { tradingCurrency: currency }));
    return customers.get(currency)!;
  };
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  async function send(draft: BadDraft) {
    const customer = await customerIn(draft.currency);
    const components = [];
    for (let index = 0; index < (draft.components?.distinct ?? 0); index++) components.push((await createProduct(server, customer.token)).sku);
    const body = badDraftRequest(draft, draft.values?.sku ?? uniqueSku(draft.type === 'combo' ? 'SET' : 'HB'), components);
    return server.call('POST', '/v1/products', { token: customer.token, body });
  }

  test('the good product they are made from is created, in every currency', async () => {
    for (const currency of ['HKD', 'CNY', 'JPY'] as const) {
      const created = await send({ rule: 'none', type: 'normal', currency, values: { purchasePrice: '45', salePrice: '130' }, path: '', code: '' });
      assert.equal(created.status, 201, JSON.stringify(created.body));
    }
  });

  for (const draft of BAD_DRAFTS) {
    test(`${draft.rule}: 422 at ${draft.path} (${draft.code})`, async () => {
      assertProblem(await send(draft), 422, [{ path: draft.path, code: draft.code }]);
    });
  }
});
