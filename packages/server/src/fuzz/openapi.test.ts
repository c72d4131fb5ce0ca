// Every operation of /openapi.json, sent malformed input generated from its own schemas (fast-check, a fixed seed):
// the server never answers 5xx, every 4xx is a problem document, and a refused input names what was wrong.
// FUZZ_RUNS=5000 for a long run; FUZZ_SEED for another sequence.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { createEnterprise, createProduct, createTicket, operatorToken, startTestServer, ticketEnterprise, type TestServer } from '@wharf/server/testing';
import type { JsonSchema } from './malformed.ts';
import { operationsOf, requestsFor, type FuzzRequest, type KnownValues, type Operation } from './requests.ts';

const RUNS = Number(process.env.FUZZ_RUNS) || 200;
const SEED = Number(process.env.FUZZ_SEED) || 20261208;

let server: TestServer;
let operations: Operation[] = [];
let components: Record<string, JsonSchema> = {};
let userToken = '';
let agentToken = '';
const known: KnownValues = { params: {}, cursors: [] };

/** The answer's failure, if it breaks the contract: undefined when it keeps it. */
async function contractBreach(request: FuzzRequest): Promise<string | undefined> {
  const response = await server.app.request(request.url, { method: request.method, headers: request.headers, body: request.body });
  if (response.status < 400) {
    await response.body?.cancel();
    return response.status >= 500 ? `${response.status}` : undefined;
  }
  const text = await response.text();
  if (response.status >= 500) return `${response.status} ${text.slice(0, 300)}`;
  if (!/^application\/problem\+json/.test(response.headers.get('content-type') ?? '')) return `${response.status} without a problem document: ${text.slice(0, 200)}`;
  const document = JSON.parse(text) as { status?: number; title?: string; detail?: string; errors?: { path?: unknown; code?: unknown; message?: unknown }[] };
  if (document.status !== response.status || !document.title || !document.detail) return `${response.status} with an incomplete problem document: ${text.slice(0, 200)}`;
  // A refused input (400 malformed, 422 a broken rule) names each wrong part with a code and a message.
  if (response.status === 400 || response.status === 422) {
    const named = document.errors?.length && document.errors.every((error) => typeof error.path === 'string' && typeof error.code === 'string' && typeof error.message === 'string' && error.message);
    if (!named) return `${response.status} naming no parameter: ${text.slice(0, 200)}`;
  }
  return undefined;
}

const describeRequest = (request: FuzzRequest) =>
  `${request.method} ${request.url}${typeof request.body === 'string' ? ` ${request.body.slice(0, 200)}` : request.body ? ' (form)' : ''}`;

before(async () => {
  server = await startTestServer({ config: { bodyLimitBytes: 256 * 1024 } });
  const document = (await server.call('GET', '/openapi.json')).body;
  operations = operationsOf(document);
  components = document.components.schemas;
  // A real user in a subscribed enterprise, with a product and a ticket; an operator with every role.
  const admin = await ticketEnterprise(server);
  userToken = admin.token;
  agentToken = await operatorToken(server, ['admin', 'support', 'warehouse', 'customs']);
  const product = await createProduct(server, userToken);
  const ticket = await createTicket(server, userToken);
  const other = await createEnterprise(server);
  known.params = { id: [admin.enterprise.id, other.enterprise.id], enterpriseId: [admin.enterprise.id], sku: [product.sku], number: [ticket.number] };
  // Every list's cursor, each to be tried on every other list.
  for (const path of ['/v1/tickets', '/v1/products', '/v1/imports', `/v1/enterprises/${admin.enterprise.id}/ledger`, `/v1/enterprises/${admin.enterprise.id}/log`]) {
    await createTicket(server, userToken);
    await createProduct(server, userToken);
    const page = await server.call('GET', `${path}?limit=1`, { token: userToken });
    if (page.body?.nextCursor) known.cursors.push(page.body.nextCursor);
  }
});

after(() => server.close());

describe('fuzzing every operation of /openapi.json', () => {
  test('the document lists the operations', () => assert.ok(operations.length > 50, `${operations.length} operations`));

  // One test per operation, generated once the document is read.
  test('no operation answers 5xx or an unnamed refusal to malformed input', async (t) => {
    let total = 0;
    for (const operation of operations) {
      await t.test(`${operation.method} ${operation.path}`, async () => {
        const token = operation.path.startsWith('/v1/operator/') ? agentToken : userToken;
        const requests = fc.sample(requestsFor(operation, components, known, token), { seed: SEED, numRuns: RUNS });
        const breaches: string[] = [];
        for (const request of requests) {
          const breach = await contractBreach(request);
          if (breach) breaches.push(`${describeRequest(request)} → ${breach}`);
        }
        total += requests.length;
        assert.deepEqual(breaches.slice(0, 8), [], `${breaches.length} of ${requests.length} requests broke the contract`);
      });
    }
    assert.ok(total >= operations.length * RUNS);
  });
});
