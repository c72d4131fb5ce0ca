import type { Locale } from '@wharf/domain';

/** The strings of `<wharf-ticket-desk>` only (shared ticket words are in internal/tickets/text.ts). */
export interface TicketDeskText {
  heading: string;
  filter: string;
  filters: { open: string; submitted: string; accepted: string; processing: string; completed: string };
  queue: string;
  empty: string;
  noToken: string;
  back: string;
  accept: { heading: string; note: string; noteHint: string; expectedBy: string; submit: string; done: (number: string) => string };
  record: { heading: string; note: string; result: string; chooseResult: string; chooseCategory: string; resolvedHint: string; submit: string; done: (number: string) => string; completed: (number: string) => string };
  completedNote: string;
  live: { connected: string; reconnecting: string };
}

const en: TicketDeskText = {
  heading: 'Support desk',
  filter: 'Show',
  filters: { open: 'All open', submitted: 'Waiting to be accepted', accepted: 'Accepted', processing: 'In progress', completed: 'Completed' },
  queue: 'Ticket queue, oldest first',
  empty: 'No ticket here. New ones appear as they arrive.',
  noToken: 'The desk needs an operator token with the support role (operator-token).',
  back: 'Back to the queue',
  accept: {
    heading: 'Accept',
    note: 'Note to the customer',
    noteHint: 'The customer is emailed this note and the expected date.',
    expectedBy: 'Expected handling date',
    submit: 'Accept ticket',
    done: (number) => `${number} accepted; the customer was notified.`,
  },
  record: {
    heading: 'Add a processing record',
    note: 'What was done',
    result: 'Result',
    chooseResult: 'Choose a result',
    chooseCategory: 'Choose a category',
    resolvedHint: '“Resolved” completes the ticket; the customer can reopen it within 7 days.',
    submit: 'Add record',
    done: (number) => `Record added to ${number}; the customer was notified.`,
    completed: (number) => `${number} is completed; the customer was notified.`,
  },
  completedNote: 'This ticket is completed. If the customer reopens it, it returns to the queue.',
  live: { connected: 'Live', reconnecting: 'Reconnecting…' },
};

const zhCN: TicketDeskText = {
  heading: '客服工作台',
  filter: '显示',
  filters: { open: '全部未完成', submitted: '待受理', accepted: '已受理', processing: '处理中', completed: '已完成' },
  queue: '工单队列，最早的在前',
  empty: '这里没有工单。新工单到达时会自动出现。',
  noToken: '工作台需要具有客服角色的运营令牌（operator-token）。',
  back: '返回队列',
  accept: {
    heading: '受理',
    note: '给客户的说明',
    noteHint: '客户会收到包含此说明和预计日期的邮件。',
    expectedBy: '预计处理日期',
    submit: '受理工单',
    done: (number) => `${number} 已受理，已通知客户。`,
  },
  record: {
    heading: '添加处理记录',
    note: '处理内容',
    result: '处理结果',
    chooseResult: '请选择处理结果',
    chooseCategory: '请选择问题类别',
    resolvedHint: '选择“已解决”将完成工单；客户可在 7 天内重新打开。',
    submit: '添加记录',
    done: (number) => `已为 ${number} 添加处理记录，已通知客户。`,
    completed: (number) => `${number} 已完成，已通知客户。`,
  },
  completedNote: '此工单已完成。客户重新打开后会回到队列。',
  live: { connected: '实时', reconnecting: '正在重新连接…' },
};

const zhHK: TicketDeskText = {
  heading: '客服工作台',
  filter: '顯示',
  filters: { open: '全部未完成', submitted: '待受理', accepted: '已受理', processing: '處理中', completed: '已完成' },
  queue: '工單隊列，最早的在前',
  empty: '這裏沒有工單。新工單到達時會自動出現。',
  noToken: '工作台需要具有客服角色的營運令牌（operator-token）。',
  back: '返回隊列',
  accept: {
    heading: '受理',
    note: '給客戶的說明',
    noteHint: '客戶會收到包含此說明和預計日期的電郵。',
    expectedBy: '預計處理日期',
    submit: '受理工單',
    done: (number) => `${number} 已受理，已通知客戶。`,
  },
  record: {
    heading: '加入處理記錄',
    note: '處理內容',
    result: '處理結果',
    chooseResult: '請選擇處理結果',
    chooseCategory: '請選擇問題類別',
    resolvedHint: '選擇「已解決」將完成工單；客戶可在 7 天內重新開啟。',
    submit: '加入記錄',
    done: (number) => `已為 ${number} 加入處理記錄，已通知客戶。`,
    completed: (number) => `${number} 已完成，已通知客戶。`,
  },
  completedNote: '此工單已完成。客戶重新開啟後會回到隊列。',
  live: { connected: '即時', reconnecting: '正在重新連接…' },
};

const TEXT: Record<Locale, TicketDeskText> = { en, 'zh-CN': zhCN, 'zh-HK': zhHK };

export function ticketDeskText(locale: Locale): TicketDeskText {
  return TEXT[locale] ?? en;
}
