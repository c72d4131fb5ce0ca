import type { TicketDeskText } from './en.ts';

export const zhCN: TicketDeskText = {
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
