import { createProduct as seedProduct } from './fixtures/seeding.ts';
import type { TestServer } from './harness.ts';

/** Creates a product (a draft from `productBody` with the overrides) and returns it. */
export async function createProduct(server: TestServer, token: string, overrides: Record<string, unknown> = {}) {
  return (await seedProduct(server.call, token, overrides)) as { id: string; sku: string; status: string; declaredSpecification: string | null };
}
