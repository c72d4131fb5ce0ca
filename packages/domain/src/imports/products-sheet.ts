// The product upload (PRODUCT §3.6, seed 002 产品批量上传): a normal product's basic information per row — everything
// but its HS code and declaration elements, which the declaration-elements upload (or the product form) adds.
import { classify } from '../common/issues.ts';
import { CreateNormalProduct } from '../products/schemas.ts';
import { PRODUCT_CATEGORIES } from '../reference/categories.ts';
import { COUNTRIES } from '../reference/countries.ts';
import { CUSTOMS_UNITS } from '../reference/units.ts';
import { PRODUCT_POLICY, skuKey } from '../products/rules.ts';
import type { z } from 'zod';
import { numberOf, optionIndex, referenceOptions, textOf } from './cells.ts';
import type { CellProblem, SheetColumn, SheetDefinition } from './sheet.ts';

export type ProductRowValue = z.output<typeof CreateNormalProduct>;

const categories = referenceOptions(PRODUCT_CATEGORIES, 'name');
const units = referenceOptions(CUSTOMS_UNITS, 'code-name');
const countries = referenceOptions(COUNTRIES, 'code-name');

const findCategory = optionIndex(categories);
// Spreadsheets drop leading zeros: 7 and 07 are 007.
const findUnit = optionIndex(units, (code) => [String(Number(code)), code.slice(1)]);
const findCountry = optionIndex(countries);

const column = (key: string, required: boolean, header: [string, string, string], help: [string, string, string], extra: Partial<SheetColumn> = {}): SheetColumn => ({
  key,
  required,
  header: { 'zh-CN': header[0], 'zh-HK': header[1], en: header[2] },
  help: { 'zh-CN': help[0], 'zh-HK': help[1], en: help[2] },
  ...extra,
});

export const PRODUCT_COLUMNS: readonly SheetColumn[] = [
  column('sku', true, ['SKU', 'SKU', 'SKU'], [
    `产品在本企业内唯一的编码：字母、数字或“-”“_”“.”，最多 ${PRODUCT_POLICY.skuMax} 个字符，例如 HB-1002。`,
    `產品在本企業內唯一的編碼：字母、數字或「-」「_」「.」，最多 ${PRODUCT_POLICY.skuMax} 個字元，例如 HB-1002。`,
    `The product's code, unique in your enterprise: letters, digits, “-”, “_” or “.”, up to ${PRODUCT_POLICY.skuMax}, e.g. HB-1002.`,
  ], { format: 'text', width: 16 }),
  column('name', true, ['产品名称', '產品名稱', 'Name'], [
    `产品的中文名称，最多 ${PRODUCT_POLICY.nameMax} 个字符，例如 玻尿酸保湿面霜 50ml。`,
    `產品名稱，最多 ${PRODUCT_POLICY.nameMax} 個字元，例如 玻尿酸保濕面霜 50ml。`,
    `The product's name, up to ${PRODUCT_POLICY.nameMax} characters, e.g. Hyaluronic moisturising cream 50ml.`,
  ], { width: 32 }),
  column('category', true, ['品类', '品類', 'Category'], ['从下拉列表中选择产品品类。', '從下拉清單中選擇產品品類。', 'Choose the category from the drop-down list.'], { options: categories, width: 22 }),
  column('brand', false, ['品牌', '品牌', 'Brand'], ['选填：品牌名称。', '選填：品牌名稱。', 'Optional: the brand.'], { width: 16 }),
  column('model', false, ['型号/规格', '型號/規格', 'Model / specification'], ['选填：型号或规格，例如 50ml。', '選填：型號或規格，例如 50ml。', 'Optional: the model or specification, e.g. 50ml.'], { width: 18 }),
  column('unit', true, ['计量单位', '計量單位', 'Unit'], [
    '从下拉列表中选择海关计量单位，例如 007 个、035 千克。',
    '從下拉清單中選擇海關計量單位，例如 007 個、035 千克。',
    'Choose the customs unit from the drop-down list, e.g. 007 (个, piece) or 035 (千克, kg).',
  ], { options: units, format: 'text', width: 14 }),
  column('originCountry', true, ['原产国', '原產國', 'Country of origin'], ['从下拉列表中选择原产国（地区）。', '從下拉清單中選擇原產國（地區）。', 'Choose the country of origin from the drop-down list.'], { options: countries, width: 18 }),
  column('barcode', false, ['条码', '條碼', 'Barcode (GTIN)'], [
    '选填：条码下方的 8、12、13 或 14 位数字。',
    '選填：條碼下方的 8、12、13 或 14 位數字。',
    'Optional: the 8, 12, 13 or 14 digits under the barcode.',
  ], { format: 'text', width: 16 }),
  column('grossWeight', false, ['毛重（千克）', '毛重（千克）', 'Gross weight (kg)'], ['选填：含包装的重量，单位千克，例如 0.12。', '選填：含包裝的重量，單位千克，例如 0.12。', 'Optional: weight with packaging in kilograms, e.g. 0.12.'], { format: 'number', width: 12 }),
  column('netWeight', false, ['净重（千克）', '淨重（千克）', 'Net weight (kg)'], ['选填：不含包装的重量，单位千克，不超过毛重。', '選填：不含包裝的重量，單位千克，不超過毛重。', 'Optional: weight without packaging in kilograms, not above the gross weight.'], { format: 'number', width: 12 }),
  column('purchasePrice', true, ['采购价', '採購價', 'Purchase price'], [
    '增值税发票上的采购价格，最多两位小数，例如 45.50。',
    '增值稅發票上的採購價格，最多兩位小數，例如 45.50。',
    'The purchase price on the VAT invoice, at most two decimals, e.g. 45.50.',
  ], { format: 'decimal', width: 12 }),
  column('salePrice', true, ['销售价', '銷售價', 'Sale price'], [
    '销售价格，不能低于采购价格（与报关退税、结汇金额相关），最多两位小数。',
    '銷售價格，不能低於採購價格（與報關退稅、結匯金額相關），最多兩位小數。',
    'The sale price: not below the purchase price (it drives the export rebate and exchange amounts), at most two decimals.',
  ], { format: 'decimal', width: 12 }),
];

const OPTION_FIELDS = [
  ['category', findCategory, 'category_unknown'],
  ['unit', findUnit, 'unit_unknown'],
  ['originCountry', findCountry, 'country_unknown'],
] as const;

/** Zod's findings, minus those about a cell already found wrong (a number that was not one is not also "required"). */
export function schemaProblems(result: z.ZodSafeParseResult<unknown>, already: readonly CellProblem[]): CellProblem[] {
  if (result.success) return [];
  const known = new Set(already.map((problem) => problem.key));
  const problems: CellProblem[] = [];
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.');
    if (known.has(key)) continue;
    known.add(key);
    const { code, params } = classify(issue);
    problems.push({ key, code, ...(Object.keys(params).length ? { params: params as Record<string, unknown> } : {}) });
  }
  return problems;
}

export const PRODUCT_SHEET: SheetDefinition<ProductRowValue> = {
  kind: 'products',
  title: { 'zh-CN': '产品', 'zh-HK': '產品', en: 'Products' },
  columns: PRODUCT_COLUMNS,
  uniqueKey: 'sku',
  readRow(cells) {
    const problems: CellProblem[] = [];
    const request: Record<string, unknown> = { type: 'normal' };
    for (const key of ['sku', 'name', 'brand', 'model', 'barcode', 'purchasePrice', 'salePrice']) request[key] = textOf(cells, key);
    for (const key of ['grossWeight', 'netWeight']) request[key] = numberOf(cells, key, problems);
    for (const [key, find, code] of OPTION_FIELDS) {
      const text = textOf(cells, key);
      if (text === undefined) continue;
      const found = find(text);
      if (found === undefined) problems.push({ key, code });
      request[key] = found ?? text;
    }
    const result = CreateNormalProduct.safeParse(request, { reportInput: true });
    problems.push(...schemaProblems(result, problems));
    const sku = typeof request.sku === 'string' && !problems.some((problem) => problem.key === 'sku') ? skuKey(request.sku) : undefined;
    return { value: result.success && problems.length === 0 ? result.data : undefined, key: sku, problems };
  },
};
