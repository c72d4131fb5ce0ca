import type { Product } from '@wharf/domain';
import { comboBody, CREAM_DECLARATION, productBody, uniqueSku } from '@wharf/server/testing/fixtures';
import { enterpriseAdmin, type EnterpriseAdmin } from './seed-enterprises.ts';
import { callApi, expectStatus, type SeededUser } from './seed.ts';
import { MOCK_OPERATOR_TOKEN } from './database.ts';

// Products for stories, through the HTTP API like every seed: drafts, products with their declaration elements,
// products with customs (filing, filed, rejected), combos, and a shelf of many.

export { CREAM_DECLARATION, uniqueSku };

/** A normal product as a draft (basic information only, as a batch upload creates it), overridable. */
export async function draftProduct(owner: SeededUser, overrides: Record<string, unknown> = {}): Promise<Product> {
  const body = productBody(overrides);
  return expectStatus(await callApi('POST', '/v1/products', { token: owner.token, body }), 201, 'create a product').body as Product;
}

/** A draft with its HS code and declaration elements: ready to send for filing. */
export function declaredProduct(owner: SeededUser, overrides: Record<string, unknown> = {}): Promise<Product> {
  return draftProduct(owner, { ...CREAM_DECLARATION, ...overrides });
}

/** A product sent for filing (locked until customs decides). */
export async function filingProduct(owner: SeededUser, overrides: Record<string, unknown> = {}): Promise<Product> {
  const product = await declaredProduct(owner, overrides);
  return expectStatus(await callApi('POST', `/v1/products/${encodeURIComponent(product.sku)}/submit`, { token: owner.token }), 200, 'submit for filing').body as Product;
}

/** Customs' decision on a product that is filing: filed, or rejected with `reason`. */
export async function decideFiling(owner: EnterpriseAdmin, sku: string, decision: { approved: boolean; reason?: string }): Promise<Product> {
  const path = `/v1/operator/products/${owner.enterprise.id}/${encodeURIComponent(sku)}/filing`;
  return expectStatus(await callApi('POST', path, { token: MOCK_OPERATOR_TOKEN, body: decision }), 200, 'decide a filing').body as Product;
}

/** A filed product (customs approved it): read-only for good. */
export async function filedProduct(owner: EnterpriseAdmin, overrides: Record<string, unknown> = {}): Promise<Product> {
  const product = await filingProduct(owner, overrides);
  return decideFiling(owner, product.sku, { approved: true });
}

/** A product customs sent back, with the reason: editable again. */
export async function rejectedProduct(owner: EnterpriseAdmin, reason = '用途请写明“面部保湿”，并补充包装规格。', overrides: Record<string, unknown> = {}): Promise<Product> {
  const product = await filingProduct(owner, overrides);
  return decideFiling(owner, product.sku, { approved: false, reason });
}

/** A combo of the given products (two at least), one of each unless quantities say otherwise. */
export async function comboProduct(owner: SeededUser, components: { sku: string; quantity?: number }[], overrides: Record<string, unknown> = {}): Promise<Product> {
  const body = comboBody(components, overrides);
  return expectStatus(await callApi('POST', '/v1/products', { token: owner.token, body }), 201, 'create a combo').body as Product;
}

const SHELF = [
  { name: '玻尿酸保湿面霜 50ml', category: 'cosmetics' },
  { name: '婴儿纸尿裤 L 号 54 片', category: 'diapers', unit: '011' },
  { name: '深海鱼油软胶囊 120 粒', category: 'supplements', originCountry: 'AU' },
  { name: '抹茶粉 100g', category: 'food', originCountry: 'JP', unit: '035' },
  { name: '婴幼儿配方奶粉 3 段 800g', category: 'infant-formula', originCountry: 'NZ', unit: '035' },
  { name: '纯棉婴儿连体衣', category: 'apparel', unit: '011' },
];

/**
 * An enterprise with a shelf of products in every state: drafts of several categories, one filing, one filed,
 * one rejected and a combo — what a product list shows. Returns the admin and the products, newest last.
 */
export async function productShelf(options: { drafts?: number } = {}): Promise<{ owner: EnterpriseAdmin; products: Product[] }> {
  const owner = await enterpriseAdmin({ name: 'Harbour Cross-border Trading' });
  const products: Product[] = [];
  const drafts = options.drafts ?? SHELF.length;
  for (let i = 0; i < drafts; i++) products.push(await draftProduct(owner, SHELF[i % SHELF.length]));
  products.push(await filingProduct(owner, { name: '氨基酸洁面乳 120ml' }));
  products.push(await filedProduct(owner, { name: '维生素 C 精华液 30ml' }));
  products.push(await rejectedProduct(owner, undefined, { name: '烟酰胺身体乳 250ml' }));
  products.push(await comboProduct(owner, [{ sku: products[0]!.sku }, { sku: products[products.length - 2]!.sku, quantity: 2 }]));
  return { owner, products };
}

export const productSeed = { draftProduct, declaredProduct, filingProduct, filedProduct, rejectedProduct, decideFiling, comboProduct, productShelf, uniqueSku };
