import assert from 'node:assert/strict';
import type { TestServer } from './harness.ts';

let sequence = 0;

/** A unique SKU for this test run. */
export const uniqueSku = (prefix = 'HB') => `${prefix}-${Date.now().toString(36).toUpperCase()}${(sequence++).toString(36).toUpperCase()}`;

/** A valid normal product without its HS code (a draft as a batch upload creates it). */
export function productBody(overrides: Record<string, unknown> = {}) {
  return {
    type: 'normal',
    sku: uniqueSku(),
    name: '玻尿酸保湿面霜 50ml',
    category: 'cosmetics',
    brand: 'Harbour',
    model: '50ml',
    unit: '007',
    originCountry: 'KR',
    barcode: '6901234567892',
    grossWeight: 0.12,
    netWeight: 0.05,
    purchasePrice: 45.5,
    salePrice: 129.9,
    ...overrides,
  };
}

/** Creates a product and returns it. */
export async function createProduct(server: TestServer, token: string, overrides: Record<string, unknown> = {}) {
  const response = await server.call('POST', '/v1/products', { token, body: productBody(overrides) });
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body as { id: string; sku: string; status: string; declaredSpecification: string | null };
}
