import { demoCaller, type Requester } from './api.ts';

const names = (en: string, zhCN: string, zhHK: string) => ({ en, 'zh-CN': zhCN, 'zh-HK': zhHK });

/** The demo's reference data: three warehouses and four shipping methods, made by the warehouse operator through the API. */
export async function seedDemoOrderReference(app: Requester, warehouseToken: string) {
  const call = demoCaller(app);
  for (const warehouse of [
    { code: 'SZ-QH', names: names('Shenzhen Qianhai bonded warehouse', '深圳前海保税仓', '深圳前海保稅倉') },
    { code: 'GZ-NS', names: names('Guangzhou Nansha bonded warehouse', '广州南沙保税仓', '廣州南沙保稅倉') },
    { code: 'HK-KC', names: names('Hong Kong Kwai Chung warehouse', '香港葵涌仓', '香港葵涌倉') },
  ]) {
    await call('POST', '/v1/operator/warehouses', warehouseToken, warehouse);
  }
  for (const method of [
    { code: 'EMS-CB', names: names('EMS cross-border', 'EMS 跨境', 'EMS 跨境'), fees: [{ currency: 'HKD', amount: '28.00' }, { currency: 'CNY', amount: '25.00' }] },
    { code: 'SF-EXP', names: names('SF Express', '顺丰速运', '順豐速運'), fees: [{ currency: 'HKD', amount: '35.00' }, { currency: 'CNY', amount: '32.00' }] },
    { code: 'BC-DIRECT', names: names('Bonded direct mail (B2C)', '保税直邮（B2C）', '保稅直郵（B2C）'), requiresIdNumber: true, fees: [{ currency: 'HKD', amount: '18.00' }, { currency: 'CNY', amount: '16.00' }] },
    { code: 'CC-POST', names: names('Personal parcel post', '个人物品邮递', '個人物品郵遞'), requiresIdNumber: true, fees: [{ currency: 'HKD', amount: '22.00' }, { currency: 'CNY', amount: '20.00' }] },
  ]) {
    await call('POST', '/v1/operator/shipping-methods', warehouseToken, method);
  }
}
