// paginate() over lists of the real server through real HTTP: every page in turn, stopping when asked.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createEnterprise, productBody, uniqueSku } from '@wharf/server/testing';
import { serveBackend } from '../testing/served.ts';
import { createWharfClient, paginate, type CreateProductRequest, type WharfClient } from '../index.ts';

let wharf: WharfClient;
const prefix = uniqueSku('PAGE');
const skus = [1, 2, 3, 4, 5].map((n) => `${prefix}-${n}`);
serveBackend(async ({ backend, baseUrl }) => {
  const { token } = await createEnterprise(backend);
  wharf = createWharfClient({ baseUrl, token });
  for (const sku of skus) await wharf.products.create(productBody({ sku }) as CreateProductRequest);
});

describe('paginate', () => {
  test('follows the cursor from the first page to the last', async () => {
    const pages = [];
    for await (const page of paginate(wharf.products.list, { sku: prefix, limit: 2 })) pages.push(page.data.map((item) => item.sku));
    assert.deepEqual(pages, [skus.slice(3).reverse(), skus.slice(1, 3).reverse(), skus.slice(0, 1)]);
  });

  test('break stops asking; a query’s cursor is where it starts', async () => {
    let calls = 0;
    const counted: typeof wharf.products.list = (query, options) => (calls++, wharf.products.list(query, options));
    let first;
    for await (const page of paginate(counted, { sku: prefix, limit: 2 })) {
      first = page;
      break;
    }
    assert.equal(calls, 1);
    const rest = [];
    for await (const page of paginate(wharf.products.list, { sku: prefix, limit: 2, cursor: first!.nextCursor! })) rest.push(...page.data);
    assert.deepEqual(rest.map((item) => item.sku), skus.slice(0, 3).reverse());
  });

  test('lists that take an id are bound; a list that fits one page yields one', async () => {
    const log = [];
    for await (const page of paginate((query, options) => wharf.products.log(skus[0]!, query, options), { limit: 1 })) log.push(page.data.length);
    assert.ok(log.length >= 1 && log.every((length) => length === 1));
    const tickets = [];
    for await (const page of paginate(wharf.tickets.list)) tickets.push(page);
    assert.deepEqual(tickets, [{ data: [], nextCursor: null }]);
  });

  test('an aborted signal stops the iteration with AbortError', async () => {
    const pages = paginate(wharf.imports.list, {}, { signal: AbortSignal.abort() });
    await assert.rejects(pages.next(), (e: Error) => e.name === 'AbortError');
  });
});
