import type { Locale } from '@wharf/domain';
import { ticketMessagesFor } from '@wharf/domain/tickets';

/**
 * Strings shared by `<wharf-ticket-widget>`, `<wharf-ticket-desk>` and `<wharf-attachment-picker>`: what a
 * ticket is made of and how its history reads. Status, category and result names come from the domain's
 * ticket messages (the same words the emails use).
 */
export interface TicketText {
  labels: ReturnType<typeof ticketMessagesFor>['labels'];
  number: string;
  status: string;
  title: string;
  product: string;
  category: string;
  description: string;
  contactName: string;
  contactPhone: string;
  createdAt: string;
  updatedAt: string;
  acceptedAt: string;
  completedAt: string;
  expectedBy: string;
  reopenableUntil: string;
  askedBy: string;
  enterprise: string;
  tabs: { details: string; records: string; attachments: string; other: string };
  tabsLabel: string;
  recordKinds: { accepted: string; processed: string; reply: string; reopened: string };
  agent: string;
  customer: string;
  result: string;
  noRecords: string;
  noAttachments: string;
  download: (name: string) => string;
  preview: (name: string) => string;
  size: (bytes: number) => string;
  loading: string;
  retry: string;
  /** The live region's words when a ticket changes under the user's eyes. */
  changed: (number: string, status: string) => string;
  more: string;
}

const kib = (bytes: number, unit: [string, string, string]) =>
  bytes < 1024 ? `${bytes} ${unit[0]}` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} ${unit[1]}` : `${(bytes / 1048576).toFixed(1)} ${unit[2]}`;

const en: Omit<TicketText, 'labels'> = {
  number: 'Number',
  status: 'Status',
  title: 'Title',
  product: 'Product',
  category: 'Category',
  description: 'Description',
  contactName: 'Contact name',
  contactPhone: 'Contact phone',
  createdAt: 'Asked on',
  updatedAt: 'Last change',
  acceptedAt: 'Accepted on',
  completedAt: 'Completed on',
  expectedBy: 'Expected by',
  reopenableUntil: 'Can be reopened until',
  askedBy: 'Asked by',
  enterprise: 'Enterprise',
  tabs: { details: 'Details', records: 'Processing records', attachments: 'Attachments', other: 'Other information' },
  tabsLabel: 'Ticket sections',
  recordKinds: { accepted: 'Accepted', processed: 'Processed', reply: 'Reply', reopened: 'Reopened' },
  agent: 'Support',
  customer: 'Customer',
  result: 'Result',
  noRecords: 'Nothing has happened yet: the ticket waits for an agent to accept it.',
  noAttachments: 'No attachments.',
  download: (name) => `Download ${name}`,
  preview: (name) => `Preview of ${name}`,
  size: (bytes) => kib(bytes, ['bytes', 'KB', 'MB']),
  loading: 'Loading…',
  retry: 'Try again',
  changed: (number, status) => `Ticket ${number} is now ${status}.`,
  more: 'Show more',
};

const zhCN: Omit<TicketText, 'labels'> = {
  number: '工单号',
  status: '状态',
  title: '标题',
  product: '产品',
  category: '问题类别',
  description: '问题描述',
  contactName: '联系人',
  contactPhone: '联系电话',
  createdAt: '提交时间',
  updatedAt: '最后更新',
  acceptedAt: '受理时间',
  completedAt: '完成时间',
  expectedBy: '预计处理日期',
  reopenableUntil: '可重新打开至',
  askedBy: '提交人',
  enterprise: '企业',
  tabs: { details: '详细信息', records: '处理记录', attachments: '附件', other: '其他信息' },
  tabsLabel: '工单内容',
  recordKinds: { accepted: '已受理', processed: '处理', reply: '回复', reopened: '重新打开' },
  agent: '客服',
  customer: '客户',
  result: '处理结果',
  noRecords: '暂无处理记录：工单正在等待客服受理。',
  noAttachments: '没有附件。',
  download: (name) => `下载 ${name}`,
  preview: (name) => `${name} 的预览`,
  size: (bytes) => kib(bytes, ['字节', 'KB', 'MB']),
  loading: '正在加载…',
  retry: '重试',
  changed: (number, status) => `工单 ${number} 的状态已变为：${status}。`,
  more: '显示更多',
};

const zhHK: Omit<TicketText, 'labels'> = {
  number: '工單號',
  status: '狀態',
  title: '標題',
  product: '產品',
  category: '問題類別',
  description: '問題描述',
  contactName: '聯絡人',
  contactPhone: '聯絡電話',
  createdAt: '提交時間',
  updatedAt: '最後更新',
  acceptedAt: '受理時間',
  completedAt: '完成時間',
  expectedBy: '預計處理日期',
  reopenableUntil: '可重新開啟至',
  askedBy: '提交人',
  enterprise: '企業',
  tabs: { details: '詳細資料', records: '處理記錄', attachments: '附件', other: '其他資料' },
  tabsLabel: '工單內容',
  recordKinds: { accepted: '已受理', processed: '處理', reply: '回覆', reopened: '重新開啟' },
  agent: '客服',
  customer: '客戶',
  result: '處理結果',
  noRecords: '暫無處理記錄：工單正在等待客服受理。',
  noAttachments: '沒有附件。',
  download: (name) => `下載 ${name}`,
  preview: (name) => `${name} 的預覽`,
  size: (bytes) => kib(bytes, ['位元組', 'KB', 'MB']),
  loading: '正在載入…',
  retry: '重試',
  changed: (number, status) => `工單 ${number} 的狀態已變為：${status}。`,
  more: '顯示更多',
};

const TEXT: Record<Locale, Omit<TicketText, 'labels'>> = { en, 'zh-CN': zhCN, 'zh-HK': zhHK };

export function ticketText(locale: Locale): TicketText {
  return { ...(TEXT[locale] ?? en), labels: ticketMessagesFor(locale).labels };
}
