// bench/labels: 500 waybill labels in one PDF (PRODUCT §4 usage Q7: the awaiting-pickup list prints a day's orders
// at once). Renders the first label alone (the font is read then) and the 500 after it, and prints the time and size
// of each.
//
//   node bench/labels.ts [--labels 500]
import { renderWaybills, type WaybillLabel } from '@wharf/server';

const args = process.argv.slice(2);
const count = args.includes('--labels') ? Number(args[args.indexOf('--labels') + 1]) : 500;

const STREETS = ['科技园南路 1 号', '建国路 88 号 SOHO 现代城 A 座 1201 室', '九龍灣宏照道 33 號 國際交易中心 15 樓', '人民路 200 弄 3 号 502 室'];
const PLACES = [
  ['广东省', '深圳市', '南山区'],
  ['北京市', '北京市', '朝阳区'],
  ['香港', '九龍', '觀塘區'],
  ['上海市', '上海市', '黄浦区'],
] as const;

function label(index: number): WaybillLabel {
  const [province, city, district] = PLACES[index % PLACES.length]!;
  return {
    number: `SO${String(index + 1).padStart(10, '0')}`,
    createdAt: new Date(Date.UTC(2026, 11, 7, 8, index % 60)),
    locale: index % 3 === 0 ? 'en' : index % 3 === 1 ? 'zh-CN' : 'zh-HK',
    warehouse: { code: 'SZ1', name: '深圳前海保税仓' },
    shippingMethod: { code: 'SF-EXP', name: '顺丰特快' },
    sender: { name: '李四', phone: '13912345678', province: '广东省', city: '深圳市', district: '南山区', street: '前海路 88 号', postcode: '518000' },
    recipient: { name: `收件人${index}`, phone: `138${String(10_000_000 + index).slice(-8)}`, province, city, district, street: STREETS[index % STREETS.length]!, postcode: null },
    items: Array.from({ length: 1 + (index % 7) }, (_, item) => ({ sku: `SKU-${item}`, name: `商品 ${item} 婴儿奶粉 900g`, quantity: 1 + item })),
    remarks: index % 2 ? '工作日送达，周末无人签收。' : null,
  };
}

const time = async (labels: WaybillLabel[]) => {
  const started = performance.now();
  const pdf = await renderWaybills(labels);
  return { ms: performance.now() - started, bytes: pdf.byteLength };
};

const first = await time([label(0)]);
console.log(`1 label (font read): ${first.ms.toFixed(0)} ms, ${(first.bytes / 1024).toFixed(1)} KB`);
const single = await time([label(1)]);
console.log(`1 label: ${single.ms.toFixed(0)} ms, ${(single.bytes / 1024).toFixed(1)} KB`);
const all = await time(Array.from({ length: count }, (_, index) => label(index)));
console.log(`${count} labels in one PDF: ${all.ms.toFixed(0)} ms (${(all.ms / count).toFixed(1)} ms a label), ${(all.bytes / 1024).toFixed(0)} KB (${(all.bytes / count / 1024).toFixed(1)} KB a label)`);
