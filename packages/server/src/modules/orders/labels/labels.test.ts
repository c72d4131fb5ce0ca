import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { renderWaybills, type WaybillLabel } from './index.ts';

// The waybill label (PRODUCT §4, usage Q1/Q7): rendered, rasterised at the printer's 203 dpi by poppler and read
// back by a barcode scanner (zbar), as a printed label would be. Debian: poppler-utils, zbar-tools.
const run = promisify(execFile);

const label: WaybillLabel = {
  number: 'SO0000000123',
  createdAt: new Date('2026-12-07T16:30:00Z'),
  locale: 'zh-CN',
  warehouse: { code: 'SZ1', name: '深圳前海保税仓' },
  shippingMethod: { code: 'SF-EXP', name: '顺丰特快' },
  sender: { name: '李四', phone: '13912345678', province: '广东省', city: '深圳市', district: '南山区', street: '前海路 88 号', postcode: '518000' },
  recipient: { name: '张三', phone: '13812348000', province: '北京市', city: '北京市', district: '朝阳区', street: '建国路 88 号 1201 室', postcode: '100022' },
  items: [
    { sku: 'MILK-900', name: '婴儿奶粉 900g', quantity: 2 },
    { sku: 'VC-1000', name: 'Vitamin C 1000mg', quantity: 12 },
  ],
  remarks: '工作日送达',
};

const hongKong: WaybillLabel = {
  ...label,
  number: 'SO0000009876',
  locale: 'zh-HK',
  sender: null,
  recipient: { name: '陳大文', phone: '+85291234567', province: '香港', city: '九龍', district: '觀塘區', street: '九龍灣宏照道 33 號', postcode: null },
  items: Array.from({ length: 9 }, (_, index) => ({ sku: `SKU-${index}`, name: `貨品 ${index}`, quantity: 1 })),
  remarks: null,
};

describe('waybill labels', () => {
  let folder: string;
  let pdf: string;
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'waybills-'));
    pdf = join(folder, 'labels.pdf');
    await writeFile(pdf, await renderWaybills([label, hongKong]));
  });
  after(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  test('one page per label, each 100 × 150 mm', async () => {
    const { stdout } = await run('pdfinfo', [pdf]);
    assert.match(stdout, /^Pages:\s+2$/m);
    const [, width, height] = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout) ?? [];
    assert.ok(Math.abs(Number(width) - (100 * 72) / 25.4) < 0.01, `width ${width} pt`);
    assert.ok(Math.abs(Number(height) - (150 * 72) / 25.4) < 0.01, `height ${height} pt`);
  });

  test('each page’s barcode, printed at 203 dpi, scans back to its order number', async () => {
    await run('pdftoppm', ['-r', '203', '-gray', '-png', pdf, join(folder, 'page')]);
    const pages = (await readdir(folder)).filter((name) => name.startsWith('page')).sort();
    assert.equal(pages.length, 2);
    const scanned = await Promise.all(pages.map(async (page) => (await run('zbarimg', ['--quiet', '--raw', '-Scode128.enable', join(folder, page)])).stdout.trim()));
    assert.deepEqual(scanned, ['SO0000000123', 'SO0000009876']);
  });

  test('the text is there in Chinese from an embedded subset font, with the phones masked', async () => {
    const { stdout: fonts } = await run('pdffonts', [pdf]);
    assert.match(fonts, /NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    const pages = await Promise.all([1, 2].map(async (page) => (await run('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'])).stdout));
    const [first, second] = pages.map((text) => text.replace(/\s+/g, ''));
    for (const expected of ['顺丰特快', 'SZ1深圳前海保税仓', '2026-12-0800:30', 'SO0000000123', '收件人', '张三138****8000', '北京市朝阳区建国路88号1201室', '寄件人', '李四139****5678', '广东省深圳市南山区前海路88号', 'MILK-900婴儿奶粉900g', '共2种14件', '备注', '工作日送达']) {
      assert.ok(first!.includes(expected), `page 1 shows ${expected}`);
    }
    assert.ok(!first!.includes('13812348000'), 'the full phone never prints');
    for (const expected of ['陳大文+852****4567', '香港九龍觀塘區九龍灣宏照道33號', '共9種9件', '另有5種']) {
      assert.ok(second!.includes(expected), `page 2 shows ${expected}`);
    }
    assert.ok(!second!.includes('寄件人') && !second!.includes('備註'), 'no sender or remarks block when there are none');
  });

  test('a PDF holds 1 to 500 labels', async () => {
    await assert.rejects(renderWaybills([]), RangeError);
    await assert.rejects(renderWaybills(Array.from({ length: 501 }, () => label)), RangeError);
  });
});
