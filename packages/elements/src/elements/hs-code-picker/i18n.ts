import type { Locale } from '@wharf/domain';

/**
 * The strings of `<wharf-hs-code-picker>` only, so other elements do not carry them. Notes for translators:
 * `found` is read out by screen readers after each search; `noMatch` is shown and read out when nothing matches,
 * so it says what to try instead. Customs' own names of the codes stay in Chinese (the catalogue's language).
 */
export interface HsCodePickerText {
  /** The default label. */
  label: string;
  hint: string;
  /** The listbox's accessible name. */
  listLabel: string;
  found: (n: number) => string;
  /** More may exist than the list shows. */
  more: string;
  noMatch: (query: string) => string;
  chosen: (code: string, name: string) => string;
  clear: string;
  cleared: string;
  loading: (code: string) => string;
  unknownCode: (code: string) => string;
  /** The form's validation message when the code is required and none is chosen. */
  valueMissing: string;
}

const en: HsCodePickerText = {
  label: 'HS code',
  hint: 'Type the first digits of the code (e.g. 3304.99) or words of its name (e.g. 奶粉), then choose from the list.',
  listLabel: 'Matching HS codes',
  found: (n) => (n === 1 ? '1 HS code found. Use the up and down arrows to choose it.' : `${n} HS codes found. Use the up and down arrows to choose one.`),
  more: 'Only the closest matches are shown: type more to narrow them.',
  noMatch: (query) => `No HS code matches “${query}”. Try fewer digits (e.g. 3304), or a shorter word from the goods’ customs name (e.g. 面霜 → 护肤品).`,
  chosen: (code, name) => `Chosen: ${code} ${name}`,
  clear: 'Clear the HS code',
  cleared: 'HS code cleared.',
  loading: (code) => `Loading ${code}…`,
  unknownCode: (code) => `${code} is not in the HS-code catalogue. Search for the goods and choose a code from the list.`,
  valueMissing: 'Choose an HS code from the list.',
};

const zhCN: HsCodePickerText = {
  label: '海关编码',
  hint: '输入编码的前几位（如 3304.99）或名称中的词语（如 奶粉），再从列表中选择。',
  listLabel: '匹配的海关编码',
  found: (n) => `找到 ${n} 个海关编码，请用上下方向键选择。`,
  more: '仅显示最接近的结果，继续输入可缩小范围。',
  noMatch: (query) => `没有与“${query}”匹配的海关编码。请减少输入的位数（如 3304），或换用商品报关名称中更短的词（如 面霜 → 护肤品）。`,
  chosen: (code, name) => `已选择：${code} ${name}`,
  clear: '清除海关编码',
  cleared: '已清除海关编码。',
  loading: (code) => `正在加载 ${code}…`,
  unknownCode: (code) => `${code} 不在海关编码目录中。请搜索商品并从列表中选择编码。`,
  valueMissing: '请从列表中选择海关编码。',
};

const zhHK: HsCodePickerText = {
  label: '海關編碼',
  hint: '輸入編碼的前幾位（如 3304.99）或名稱中的詞語（如 奶粉），再從列表中選擇。',
  listLabel: '相符的海關編碼',
  found: (n) => `找到 ${n} 個海關編碼，請用上下方向鍵選擇。`,
  more: '只顯示最接近的結果，繼續輸入可收窄範圍。',
  noMatch: (query) => `沒有與「${query}」相符的海關編碼。請減少輸入的位數（如 3304），或改用貨品報關名稱中較短的詞（如 面霜 → 护肤品）。`,
  chosen: (code, name) => `已選擇：${code} ${name}`,
  clear: '清除海關編碼',
  cleared: '已清除海關編碼。',
  loading: (code) => `正在載入 ${code}…`,
  unknownCode: (code) => `${code} 不在海關編碼目錄中。請搜尋貨品並從列表中選擇編碼。`,
  valueMissing: '請從列表中選擇海關編碼。',
};

const TEXT: Record<Locale, HsCodePickerText> = { en, 'zh-CN': zhCN, 'zh-HK': zhHK };

export function hsCodePickerText(locale: Locale): HsCodePickerText {
  return TEXT[locale] ?? en;
}
