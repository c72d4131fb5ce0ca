import { comboBody, CREAM_DECLARATION as cream } from '../testing/fixtures/index.ts';
import { demoCaller, demoCustomerToken, type Requester } from './api.ts';

/**
 * The demo enterprise's products, made through the API itself so every rule applies: drafts of several kinds (two
 * without their HS code yet, as a batch upload leaves them), one with customs, one filed, one sent back with a
 * reason, and a combo — what the product list and the declaration upload have to show.
 */
export async function seedDemoProducts(app: Requester, customsToken: string) {
  const call = demoCaller(app);
  const token = await demoCustomerToken(app);
  const me = (await call('GET', '/v1/me', token)) as { memberships: { enterpriseId: string }[] };
  const enterpriseId = me.memberships[0]!.enterpriseId;
  const product = (sku: string, fields: Record<string, unknown>) =>
    call('POST', '/v1/products', token, { type: 'normal', sku, brand: 'Harbour', unit: '007', originCountry: 'KR', purchasePrice: '45.50', salePrice: '129.90', ...fields });
  const decide = (sku: string, decision: { approved: boolean; reason?: string }) => call('POST', `/v1/operator/products/${enterpriseId}/${sku}/filing`, customsToken, decision);

  await product('HB-1001', { name: '玻尿酸保湿面霜 50ml', category: 'cosmetics', model: '50ml', barcode: '6901234567892', grossWeight: 0.12, netWeight: 0.05, ...cream });
  await product('HB-1002', { name: '氨基酸洁面乳 120ml', category: 'cosmetics', model: '120ml', ...cream, declarationElements: { ...cream.declarationElements, '2': '面部清洁', '3': '120ml/支' } });
  await call('POST', '/v1/products/HB-1002/submit', token);
  await decide('HB-1002', { approved: true });
  await product('HB-1003', { name: '维生素 C 精华液 30ml', category: 'cosmetics', model: '30ml', purchasePrice: '88.00', salePrice: '199.00', ...cream, declarationElements: { ...cream.declarationElements, '2': '精华', '3': '30ml/瓶' } });
  await call('POST', '/v1/products/HB-1003/submit', token);
  await product('HB-1004', { name: '烟酰胺身体乳 250ml', category: 'personal-care', model: '250ml', ...cream, declarationElements: { ...cream.declarationElements, '2': '身体护理', '3': '250ml/瓶' } });
  await call('POST', '/v1/products/HB-1004/submit', token);
  await decide('HB-1004', { approved: false, reason: '用途请写明“身体保湿”，包装规格请注明“250ml/瓶”以外的外包装。' });
  await product('HB-2001', { name: '婴儿纸尿裤 L 号 54 片', category: 'diapers', unit: '011', originCountry: 'JP', purchasePrice: '68.00', salePrice: '139.00' });
  await product('HB-2002', { name: '深海鱼油软胶囊 120 粒', category: 'supplements', originCountry: 'AU', purchasePrice: '76.00', salePrice: '168.00' });
  await call('POST', '/v1/products', token, comboBody([{ sku: 'HB-1001' }, { sku: 'HB-1003' }], { sku: 'SET-0001' }));
  await call('POST', '/v1/auth/logout', token);
}
