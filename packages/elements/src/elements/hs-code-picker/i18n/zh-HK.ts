import type { HsCodePickerText } from './en.ts';

export const zhHK: HsCodePickerText = {
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
