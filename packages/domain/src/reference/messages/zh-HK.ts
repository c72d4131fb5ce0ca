import type { MessageParams } from '../../common/messages/params.ts';
import type { ReferenceMessages } from './codes.ts';

const list = (options: readonly string[] = []) => options.join('；');
const element = (p: MessageParams) => (p.name ? `「${p.name}」（第 ${p.field} 項）` : `第 ${p.field} 項要素`);

function elementList(p: MessageParams): string {
  const example = '例如 0:品牌类型;1:出口享惠情况;2:用途;3:品牌;4:型号;5:GTIN;6:CAS;';
  switch (p.field) {
    case 'empty':
      return `請填寫該編碼的申報要素，${example}`;
    case 'order':
      return `申報要素須由 0 開始連續編號：「${p.name}」應為第 ${p.count} 項。`;
    case 'name':
      return `「${p.name}」：要素名稱中的括號須成對，不能包含「|」或換行，且最多 100 個字元。`;
    case 'too_many':
      return `一個編碼最多有 ${p.max} 項申報要素。`;
    default:
      return `「${p.name}」不是有效的要素：每項寫作「序號:名稱」，以「;」分隔，${example}`;
  }
}

function header(p: MessageParams): string {
  const columns = list(p.options).replaceAll('；', ',');
  switch (p.status) {
    case 'missing':
      return `表頭缺少「${p.name}」欄。第一行應列出各欄：${columns}。`;
    case 'repeated':
      return `表頭中「${p.name}」欄重複。第一行每欄只能出現一次：${columns}。`;
    case 'unknown':
      return `「${p.name}」不是編碼檔案的欄。第一行應列出各欄：${columns}。`;
    default:
      return `檔案是空的。第一行應列出各欄：${columns}。`;
  }
}

export const referenceZhHK: ReferenceMessages = {
  field: {
    declaration_element_required: (p) => `請填寫${element(p)}：該海關編碼要求申報此項。`,
    declaration_element_choice: (p) => `${element(p)}請填寫以下代碼之一：${list(p.options)}。`,
    declaration_element_separator: (p) => `${element(p)}不能包含「|」或換行：「|」用於在規格型號中分隔各項要素。`,
    declaration_element_too_long: (p) => `${element(p)}最多 ${p.max} 個字元（目前 ${p.count} 個），請精簡。`,
    declaration_element_unknown: (p) => `該海關編碼沒有第 ${p.field} 項要素：其要素編號為 0 至 ${p.max}。請檢查海關編碼，或刪除此項。`,
    declared_specification_too_long: (p) => `各項要素合併後的規格型號共 ${p.count} 個字元，海關最多接受 ${p.max} 個。請精簡較長的要素。`,
    declaration_element_list: elementList,
    csv_header: header,
    csv_columns: (p) => `此行有 ${p.count} 個值，而表頭有 ${p.max} 欄。含有逗號的值請用英文雙引號括起來。`,
    csv_quote: () => '以英文雙引號開始的值沒有結束。請補上結束的引號；值中的引號請寫成兩個引號（""）。',
  },
  labels: {
    brandTypes: { '0': '無品牌', '1': '境內自主品牌', '2': '境內收購品牌', '3': '境外品牌（貼牌生產）', '4': '境外品牌（其他）' },
    preferentialStatus: {
      '0': '出口貨物在最終目的國（地區）不享受優惠關稅',
      '1': '出口貨物在最終目的國（地區）享受優惠關稅',
      '2': '出口時不能確定在最終目的國（地區）是否享受優惠關稅',
    },
  },
};
