import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { elementsFromNames } from '../reference/declaration-elements.ts';
import { columnIndex, columnLetter, declarationSheet, matchHeaders, PRODUCT_SHEET } from './index.ts';

const good = {
  sku: 'HB-1002',
  name: '玻尿酸保湿面霜 50ml',
  category: '化妆品及护肤品',
  unit: '7',
  originCountry: 'KR 韩国',
  barcode: '6901234567892',
  grossWeight: '0.12',
  netWeight: '0.05',
  purchasePrice: '45.5',
  salePrice: '1,299',
};

describe('sheets', () => {
  test('column letters run A…Z, AA…', () => {
    assert.deepEqual([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter), ['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
    for (const index of [0, 25, 26, 700, 16383]) assert.equal(columnIndex(columnLetter(index)), index);
  });

  test('headers match in any language, with or without the required mark; unknown columns are ignored', () => {
    const { columns, problems } = matchHeaders(PRODUCT_SHEET, ['SKU*', 'Name', '备注', '品類 *', undefined, 'unit', 'Country of origin*', '采购价', '銷售價'], 'en');
    assert.deepEqual(columns.map((column) => `${column.letter}:${column.key}`), ['A:sku', 'B:name', 'D:category', 'F:unit', 'G:originCountry', 'H:purchasePrice', 'I:salePrice']);
    assert.deepEqual(problems, []);
    const broken = matchHeaders(PRODUCT_SHEET, ['SKU', 'sku', '产品名称'], 'zh-CN');
    assert.deepEqual(broken.problems[0], { code: 'header_repeated', letter: 'B', name: 'sku' });
    assert.deepEqual(
      broken.problems.slice(1).map((problem) => problem.name),
      ['品类*', '计量单位*', '原产国*', '采购价*', '销售价*'],
    );
  });

  test('a product row reads labels, codes and loose numbers into a valid draft', () => {
    const read = PRODUCT_SHEET.readRow(good);
    assert.deepEqual(read.problems, []);
    assert.equal(read.key, 'HB-1002');
    assert.deepEqual(
      JSON.parse(JSON.stringify(read.value)),
      { type: 'normal', sku: 'HB-1002', name: '玻尿酸保湿面霜 50ml', category: 'cosmetics', unit: '007', originCountry: 'KR', barcode: '6901234567892', grossWeight: 0.12, netWeight: 0.05, purchasePrice: '45.50', salePrice: '1299.00' },
    );
    assert.equal(PRODUCT_SHEET.readRow({ ...good, category: 'Cosmetics and skin care', originCountry: 'korea, republic of' }).value, undefined);
    assert.equal(PRODUCT_SHEET.readRow({ ...good, category: 'Cosmetics and skin care', originCountry: 'KR' }).value?.category, 'cosmetics');
  });

  test('every problem of a product row is at its cell, one per cell', () => {
    const read = PRODUCT_SHEET.readRow({ ...good, sku: 'has space', name: '', category: '衣服', grossWeight: 'heavy', netWeight: '', purchasePrice: '50', salePrice: '49.999', unit: '999', barcode: '6901234567890' });
    assert.deepEqual(
      read.problems.map((problem) => `${problem.key}:${problem.code}`).sort(),
      ['barcode:gtin', 'category:category_unknown', 'grossWeight:number_format', 'name:required', 'salePrice:price_decimals', 'sku:sku_format', 'unit:unit_unknown'],
    );
    assert.equal(read.key, undefined, 'a malformed SKU is no key for duplicates');
    const below = PRODUCT_SHEET.readRow({ ...good, purchasePrice: '50', salePrice: '49.99' });
    assert.deepEqual(below.problems, [{ key: 'salePrice', code: 'sale_below_purchase', params: { min: '50.00' } }]);
  });

  test('a declaration sheet has the SKU and the code’s elements in order; coded answers take the code or the label', () => {
    const sheet = declarationSheet({ code: '3304990099', elements: elementsFromNames(['品牌类型', '出口享惠情况', '用途', '品牌（中文或外文名称）', 'GTIN']) });
    assert.deepEqual(sheet.columns.map((column) => `${column.key}${column.required ? '*' : ''}`), ['sku*', 'declarationElements.0*', 'declarationElements.1*', 'declarationElements.2*', 'declarationElements.3*', 'declarationElements.4']);
    assert.equal(sheet.columns[1]!.header['zh-CN'], '0:品牌类型');
    assert.equal(sheet.columns[1]!.options?.[4]?.label.en, '4 Foreign brand (other)');
    const read = sheet.readRow({ sku: 'hb-1', 'declarationElements.0': '4 境外品牌（其他）', 'declarationElements.1': '0', 'declarationElements.2': '保湿', 'declarationElements.3': 'Harbour' });
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.value, { sku: 'hb-1', declarationElements: { '0': '4', '1': '0', '2': '保湿', '3': 'Harbour' } });
    const bad = sheet.readRow({ sku: 'hb-1', 'declarationElements.0': '7', 'declarationElements.2': 'a|b' });
    assert.deepEqual(bad.problems.map((problem) => `${problem.key}:${problem.code}`), [
      'declarationElements.0:declaration_element_choice',
      'declarationElements.1:declaration_element_required',
      'declarationElements.2:declaration_element_separator',
      'declarationElements.3:declaration_element_required',
    ]);
  });
});
