import { demoCaller, demoCustomerToken, type Requester } from './api.ts';
import { DEMO_SERVICE_PRODUCTS } from './seed.ts';

/**
 * Two support tickets for the demo enterprise, asked and answered through the API itself so every rule and
 * notification applies as in real use: one completed (so the overview has something to show), one waiting for
 * an agent in the desk.
 */
export async function seedDemoTickets(app: Requester, operatorToken: string) {
  const call = demoCaller(app);
  const token = await demoCustomerToken(app);
  const contact = { contactName: '陈大文', contactPhone: '+852 2730 0273' };

  const answered = await call('POST', '/v1/tickets', token, {
    ...contact,
    product: DEMO_SERVICE_PRODUCTS[0],
    category: 'how-to',
    title: '如何打印入库单标签？',
    description: '新建的入库单保存后，找不到打印箱唛标签的入口。',
  });
  await call('POST', `/v1/operator/tickets/${answered!.number}/accept`, operatorToken, {
    note: '已收到，今天内回复。',
    expectedBy: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
  });
  await call('POST', `/v1/operator/tickets/${answered!.number}/records`, operatorToken, {
    category: 'how-to',
    note: '在入库单详情页点击「打印标签」，可选择 100×100 或 100×150 规格。',
    result: 'resolved',
  });

  await call('POST', '/v1/tickets', token, {
    ...contact,
    product: DEMO_SERVICE_PRODUCTS[1],
    category: 'data',
    title: '报关单申报要素与产品资料不一致',
    description: 'SKU HB-1002 的申报要素在报关单上显示为旧版本，请协助核对。',
  });
  await call('POST', '/v1/auth/logout', token);
}
