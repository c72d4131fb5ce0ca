import type { TicketDeskText } from './en.ts';

export const zhHK: TicketDeskText = {
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
