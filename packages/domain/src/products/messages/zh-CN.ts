import type { ProductMessages } from './codes.ts';

const list = (options: readonly string[] = []) => options.join('、');

export const productsZhCN: ProductMessages = {
  field: {
    sku_format: () => '请使用字母、数字或“-”“_”“.”（最多 64 个字符），以字母或数字开头，例如 HB-1002。',
    sku_taken: (p) => `本企业已有 SKU 为 ${p.field} 的产品。请换一个 SKU，或编辑该产品。`,
    price_format: () => '请输入数字形式的价格，例如 129.90。',
    price_decimals: () => '价格最多保留两位小数，例如 129.90。',
    sale_below_purchase: (p) => `销售价格不能低于增值税发票上的采购价格（${p.min}）。请提高销售价格。`,
    net_above_gross: (p) => `净重不能超过毛重（${p.max} 千克）。`,
    weight_format: () => '请以千克为单位填写大于 0 的数字，例如 0.12。',
    gtin: () => '请输入条码下方的 8、12、13 或 14 位数字；最后一位校验码不正确。',
    hs_code_format: () => '请输入 10 位海关编码：8 位税则号加 2 位附加码，例如 3304990099。',
    hs_code_unknown: () => '海关编码库中没有这个编码。请搜索产品的编码并从列表中选择。',
    hs_code_required: () => '提交备案前，请选择产品的海关编码并填写其申报要素。',
    category_unknown: (p) => (p.options?.length ? `请从以下品类中选择：${list(p.options)}。` : '请从列表中选择品类。'),
    unit_unknown: () => '请从列表中选择海关计量单位，例如 007（个）或 035（千克）。',
    country_unknown: () => '请从列表中选择原产国（地区）。',
    component_unknown: (p) => `本企业没有 SKU 为 ${p.field} 的产品。请先创建该产品，或检查 SKU。`,
    combo_too_few: (p) => `组合产品至少要包含 ${p.min} 个不同的普通产品，请再添加。`,
    component_not_normal: (p) => `${p.field} 是组合产品；组合产品只能由普通产品组成。`,
    product_filing: () => '该产品正在海关备案中，审核结果出来前不能修改。',
    product_filed: () => '该产品已完成海关备案，不能再修改或删除。如需变更，请新建产品。',
    product_deleted: () => '该产品已删除。',
    product_in_combo: (p) => `该产品属于组合产品 ${list(p.options)}。请先将其从这些组合中移除。`,
    not_for_combo: () => '组合产品没有这一项：它沿用其中各产品的资料。',
    combo_not_filed: () => '组合产品本身无需备案：请分别提交其中的普通产品备案。',
    product_not_filing: (p) => `只有备案中的产品可以审核；该产品当前状态为${p.status}。`,
  },
  labels: {
    statuses: { draft: '草稿', filing: '备案中', filed: '已备案', rejected: '已驳回', deleted: '已删除' },
    types: { normal: '普通产品', combo: '组合产品' },
  },
};
