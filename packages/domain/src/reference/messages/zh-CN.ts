import type { MessageParams } from '../../common/messages/params.ts';
import type { ReferenceMessages } from './codes.ts';

const list = (options: readonly string[] = []) => options.join('；');
const element = (p: MessageParams) => (p.name ? `“${p.name}”（第 ${p.field} 项）` : `第 ${p.field} 项要素`);

function elementList(p: MessageParams): string {
  const example = '例如 0:品牌类型;1:出口享惠情况;2:用途;3:品牌;4:型号;5:GTIN;6:CAS;';
  switch (p.field) {
    case 'empty':
      return `请填写该编码的申报要素，${example}`;
    case 'order':
      return `申报要素须从 0 开始连续编号：“${p.name}”应为第 ${p.count} 项。`;
    case 'name':
      return `“${p.name}”：要素名称中的括号须成对，不能包含“|”或换行，且最多 100 个字符。`;
    case 'too_many':
      return `一个编码最多有 ${p.max} 项申报要素。`;
    default:
      return `“${p.name}”不是有效的要素：每项写作“序号:名称”，以“;”分隔，${example}`;
  }
}

function header(p: MessageParams): string {
  const columns = list(p.options).replaceAll('；', ',');
  switch (p.status) {
    case 'missing':
      return `表头缺少“${p.name}”列。第一行应列出各列：${columns}。`;
    case 'repeated':
      return `表头中“${p.name}”列重复。第一行每列只能出现一次：${columns}。`;
    case 'unknown':
      return `“${p.name}”不是编码文件的列。第一行应列出各列：${columns}。`;
    default:
      return `文件为空。第一行应列出各列：${columns}。`;
  }
}

export const referenceZhCN: ReferenceMessages = {
  field: {
    declaration_element_required: (p) => `请填写${element(p)}：该海关编码要求申报此项。`,
    declaration_element_choice: (p) => `${element(p)}请填写以下代码之一：${list(p.options)}。`,
    declaration_element_separator: (p) => `${element(p)}不能包含“|”或换行：“|”用于在规格型号中分隔各项要素。`,
    declaration_element_too_long: (p) => `${element(p)}最多 ${p.max} 个字符（当前 ${p.count} 个），请精简。`,
    declaration_element_unknown: (p) => `该海关编码没有第 ${p.field} 项要素：其要素编号为 0 至 ${p.max}。请检查海关编码，或删除此项。`,
    declared_specification_too_long: (p) => `各项要素合并后的规格型号共 ${p.count} 个字符，海关最多接受 ${p.max} 个。请精简较长的要素。`,
    declaration_element_list: elementList,
    csv_header: header,
    csv_columns: (p) => `此行有 ${p.count} 个值，而表头有 ${p.max} 列。含有逗号的值请用英文双引号括起来。`,
    csv_quote: () => '以英文双引号开始的值没有结束。请补上结束的引号；值中的引号请写成两个引号（""）。',
  },
  labels: {
    brandTypes: { '0': '无品牌', '1': '境内自主品牌', '2': '境内收购品牌', '3': '境外品牌（贴牌生产）', '4': '境外品牌（其他）' },
    preferentialStatus: {
      '0': '出口货物在最终目的国（地区）不享受优惠关税',
      '1': '出口货物在最终目的国（地区）享受优惠关税',
      '2': '出口时不能确定在最终目的国（地区）是否享受优惠关税',
    },
  },
};
