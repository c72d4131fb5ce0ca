import type { TicketMessages } from './codes.ts';

const megabytes = (bytes = 0) => `${Math.round(bytes / (1024 * 1024))} MB`;
const list = (options: readonly string[] = []) => options.join('、');
const lines = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join('\n');

export const ticketsZhHK: TicketMessages = {
  field: {
    duplicate: () => '同一項重複出現，請刪除重複項。',
    product_not_subscribed: (p) =>
      p.options?.length ? `請選擇貴企業訂閱的產品：${list(p.options)}。` : '貴企業尚未訂閱任何產品，請聯絡服務商開通。',
    ticket_not_open: () => '此問題已處理完成。如需補充，請先重新開啟。',
    ticket_already_accepted: () => '此問題已被接單。',
    ticket_not_accepted: () => '請先接單，再新增處理記錄。',
    ticket_not_completed: () => '只有已完成的問題才能重新開啟。',
    reopen_window_passed: (p) => `問題完成後 ${p.max} 天內可以重新開啟；此問題完成於 ${p.until}。請重新提問。`,
    expected_by_past: () => '請選擇今天或之後的日期。',
    attachment_type: (p) => `不能上載此類型的檔案。可上載：${list(p.options)}。`,
    attachment_mismatch: () => '檔案內容與檔案名稱不符。請按檔案名稱所示的格式重新儲存。',
    attachment_empty: () => '檔案是空的，請重新選擇檔案。',
    attachment_too_large: (p) => `檔案超過 ${megabytes(p.max)}。請上載較小或壓縮後的檔案。`,
    attachment_unknown: () => '此附件不存在或已被使用，請重新上載。',
    webhook_url: () => '請輸入接收地址，以 https:// 開頭，例如 https://erp.example.com/wharf-hooks。',
    webhook_address: () => '此地址屬於內部網絡或本機，Webhook 不會發送到這類地址。請輸入接收方的公共 https:// 地址。',
    too_many_webhooks: (p) => `每個企業最多 ${p.max} 個 Webhook 地址，請先刪除一個。`,
  },
  labels: {
    statuses: { submitted: '已提交', accepted: '已接單', processing: '處理中', completed: '已完成' },
    categories: {
      'how-to': '使用諮詢',
      data: '數據問題',
      configuration: '配置設定',
      error: '系統報錯',
      feature: '需求建議',
      other: '其他問題',
    },
    results: { resolved: '完全處理', partial: '部分處理', 'needs-info': '需補充資料' },
  },
  mail: {
    createdSubject: (p) => `新問題 ${p.number}（${p.enterprise}）：${p.title}`,
    createdBody: (p) => lines(`${p.enterprise} 提交了問題（${p.category}）。`, '', p.title, '', p.description, '', `聯絡人：${p.contact}`, p.link && `開啟：${p.link}`),
    acceptedSubject: (p) => `您的問題 ${p.number} 已接單`,
    acceptedBody: (p) => lines(`您的問題 ${p.number}「${p.title}」已接單。`, '', p.note, p.expectedBy && `預計處理：${p.expectedBy}`, p.link && `查看進度：${p.link}`),
    recordSubject: (p) => `您的問題 ${p.number}：${p.result}`,
    recordBody: (p) => lines(`您的問題 ${p.number}「${p.title}」有新的處理記錄。`, '', `【${p.category}】${p.note}`, `處理結果：${p.result}`, p.link && `查看進度：${p.link}`),
    completedSubject: (p) => `您的問題 ${p.number} 已處理完成`,
    completedBody: (p) =>
      lines(`您的問題 ${p.number}「${p.title}」已處理完成。`, '', `【${p.category}】${p.note}`, '', `如未解決，可在 ${p.days} 天內重新開啟。`, p.link && `查看：${p.link}`),
    repliedSubject: (p) => `${p.enterprise} 回覆了問題 ${p.number}`,
    repliedBody: (p) => lines(`${p.enterprise} 回覆了問題 ${p.number}「${p.title}」：`, '', p.note, p.link && `開啟：${p.link}`),
  },
};
