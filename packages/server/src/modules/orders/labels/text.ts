import type { Locale } from '@wharf/domain/common';

/** The words a waybill label prints beside its data, per locale. */
export interface LabelText {
  recipient: string;
  sender: string;
  items: string;
  remarks: string;
  warehouse: string;
  /** The item summary's total, e.g. "3 SKUs, 12 pcs". */
  total: (lines: number, pieces: number) => string;
  /** The line that stands for the items left off a full label. */
  more: (lines: number) => string;
}

const TEXT: Record<Locale, LabelText> = {
  en: {
    recipient: 'Recipient',
    sender: 'Sender',
    items: 'Items',
    remarks: 'Remarks',
    warehouse: 'Warehouse',
    total: (lines, pieces) => `${lines} ${lines === 1 ? 'SKU' : 'SKUs'}, ${pieces} ${pieces === 1 ? 'pc' : 'pcs'}`,
    more: (lines) => `… and ${lines} more`,
  },
  'zh-CN': {
    recipient: '收件人',
    sender: '寄件人',
    items: '物品',
    remarks: '备注',
    warehouse: '仓库',
    total: (lines, pieces) => `共 ${lines} 种 ${pieces} 件`,
    more: (lines) => `…另有 ${lines} 种`,
  },
  'zh-HK': {
    recipient: '收件人',
    sender: '寄件人',
    items: '物品',
    remarks: '備註',
    warehouse: '倉庫',
    total: (lines, pieces) => `共 ${lines} 種 ${pieces} 件`,
    more: (lines) => `…另有 ${lines} 種`,
  },
};

export function labelText(locale: Locale): LabelText {
  return TEXT[locale];
}
