import type { HsCodePickerText } from './en.ts';

export const zhCN: HsCodePickerText = {
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
