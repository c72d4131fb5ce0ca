import type { Locale } from '@wharf/domain';

/** The strings of `<wharf-ticket-widget>` only (shared ticket words are in internal/tickets/text.ts). */
export interface TicketWidgetText {
  heading: string;
  views: { dashboard: string; ask: string; open: string; completed: string };
  viewsLabel: string;
  dashboard: {
    open: string;
    completed: string;
    byCategory: string;
    recentlyCompleted: string;
    noneCompleted: string;
    serviceExpires: (date: string) => string;
    serviceExpired: (date: string) => string;
    noService: string;
  };
  ask: {
    heading: string;
    intro: string;
    chooseProduct: string;
    chooseCategory: string;
    noProducts: string;
    submit: string;
    submitting: string;
    created: (number: string) => string;
    phoneHint: string;
  };
  lists: { open: string; completed: string; emptyOpen: string; emptyCompleted: string };
  detail: {
    back: string;
    heading: (number: string, title: string) => string;
    reply: string;
    replyLabel: string;
    replySend: string;
    replied: string;
    reopen: string;
    reopenLabel: string;
    reopenHint: (until: string) => string;
    reopened: string;
    reopenClosed: string;
  };
  live: { connected: string; reconnecting: string };
}

const en: TicketWidgetText = {
  heading: 'Support',
  views: { dashboard: 'Overview', ask: 'Ask for help', open: 'In progress', completed: 'Completed' },
  viewsLabel: 'Support sections',
  dashboard: {
    open: 'In progress',
    completed: 'Completed',
    byCategory: 'By category',
    recentlyCompleted: 'Recently completed',
    noneCompleted: 'No ticket has been completed yet.',
    serviceExpires: (date) => `Your support service runs until ${date}.`,
    serviceExpired: (date) => `Your support service ended on ${date}. Contact your provider to renew it.`,
    noService: 'Your enterprise has no support service date yet.',
  },
  ask: {
    heading: 'Ask for help',
    intro: 'Describe what happened and attach screenshots: an agent accepts it and you can follow every step here.',
    chooseProduct: 'Choose a product',
    chooseCategory: 'Choose a category',
    noProducts: 'Your enterprise subscribes to no product yet; ask your provider to add your subscription.',
    submit: 'Submit ticket',
    submitting: 'Submitting…',
    created: (number) => `Ticket ${number} was submitted. We will email you when an agent accepts it.`,
    phoneHint: 'With the country code for numbers outside mainland China, e.g. +852 2730 0273.',
  },
  lists: {
    open: 'Tickets in progress',
    completed: 'Completed tickets',
    emptyOpen: 'No ticket is in progress.',
    emptyCompleted: 'No ticket has been completed yet.',
  },
  detail: {
    back: 'Back to the list',
    heading: (number, title) => `${number}: ${title}`,
    reply: 'Add information',
    replyLabel: 'Your reply',
    replySend: 'Send reply',
    replied: 'Your reply was added.',
    reopen: 'Reopen ticket',
    reopenLabel: 'What is still wrong?',
    reopenHint: (until) => `You can reopen this ticket until ${until}.`,
    reopened: 'The ticket was reopened.',
    reopenClosed: 'This ticket can no longer be reopened: ask a new question instead.',
  },
  live: { connected: 'Live updates on', reconnecting: 'Reconnecting for live updates…' },
};

const zhCN: TicketWidgetText = {
  heading: '服务支持',
  views: { dashboard: '概览', ask: '我要提问', open: '处理中', completed: '已完成' },
  viewsLabel: '服务支持导航',
  dashboard: {
    open: '处理中',
    completed: '已完成',
    byCategory: '按问题类别',
    recentlyCompleted: '最近完成',
    noneCompleted: '还没有已完成的工单。',
    serviceExpires: (date) => `贵企业的服务有效期至 ${date}。`,
    serviceExpired: (date) => `贵企业的服务已于 ${date} 到期，请联系服务商续期。`,
    noService: '贵企业尚未设置服务有效期。',
  },
  ask: {
    heading: '我要提问',
    intro: '请描述遇到的问题并附上截图：客服受理后，您可以在这里查看每一步处理进度。',
    chooseProduct: '请选择产品',
    chooseCategory: '请选择问题类别',
    noProducts: '贵企业尚未订阅任何产品，请联系服务商开通。',
    submit: '提交工单',
    submitting: '正在提交…',
    created: (number) => `工单 ${number} 已提交。客服受理后我们会发邮件通知您。`,
    phoneHint: '中国大陆以外的号码请加国家或地区代码，例如 +852 2730 0273。',
  },
  lists: { open: '处理中的工单', completed: '已完成的工单', emptyOpen: '没有处理中的工单。', emptyCompleted: '还没有已完成的工单。' },
  detail: {
    back: '返回列表',
    heading: (number, title) => `${number}：${title}`,
    reply: '补充信息',
    replyLabel: '您的回复',
    replySend: '发送回复',
    replied: '您的回复已添加。',
    reopen: '重新打开工单',
    reopenLabel: '还有什么问题？',
    reopenHint: (until) => `您可以在 ${until} 之前重新打开此工单。`,
    reopened: '工单已重新打开。',
    reopenClosed: '此工单已超过可重新打开的期限，请提交新工单。',
  },
  live: { connected: '实时更新已开启', reconnecting: '正在重新连接实时更新…' },
};

const zhHK: TicketWidgetText = {
  heading: '服務支援',
  views: { dashboard: '概覽', ask: '我要提問', open: '處理中', completed: '已完成' },
  viewsLabel: '服務支援導覽',
  dashboard: {
    open: '處理中',
    completed: '已完成',
    byCategory: '按問題類別',
    recentlyCompleted: '最近完成',
    noneCompleted: '還沒有已完成的工單。',
    serviceExpires: (date) => `貴企業的服務有效期至 ${date}。`,
    serviceExpired: (date) => `貴企業的服務已於 ${date} 到期，請聯絡服務商續期。`,
    noService: '貴企業尚未設定服務有效期。',
  },
  ask: {
    heading: '我要提問',
    intro: '請描述遇到的問題並附上截圖：客服受理後，您可以在這裏查看每一步處理進度。',
    chooseProduct: '請選擇產品',
    chooseCategory: '請選擇問題類別',
    noProducts: '貴企業尚未訂閱任何產品，請聯絡服務商開通。',
    submit: '提交工單',
    submitting: '正在提交…',
    created: (number) => `工單 ${number} 已提交。客服受理後我們會發電郵通知您。`,
    phoneHint: '中國內地以外的號碼請加國家或地區代碼，例如 +852 2730 0273。',
  },
  lists: { open: '處理中的工單', completed: '已完成的工單', emptyOpen: '沒有處理中的工單。', emptyCompleted: '還沒有已完成的工單。' },
  detail: {
    back: '返回列表',
    heading: (number, title) => `${number}：${title}`,
    reply: '補充資料',
    replyLabel: '您的回覆',
    replySend: '發送回覆',
    replied: '您的回覆已加入。',
    reopen: '重新開啟工單',
    reopenLabel: '還有甚麼問題？',
    reopenHint: (until) => `您可以在 ${until} 之前重新開啟此工單。`,
    reopened: '工單已重新開啟。',
    reopenClosed: '此工單已超過可重新開啟的期限，請提交新工單。',
  },
  live: { connected: '即時更新已開啟', reconnecting: '正在重新連接即時更新…' },
};

const TEXT: Record<Locale, TicketWidgetText> = { en, 'zh-CN': zhCN, 'zh-HK': zhHK };

export function ticketWidgetText(locale: Locale): TicketWidgetText {
  return TEXT[locale] ?? en;
}
