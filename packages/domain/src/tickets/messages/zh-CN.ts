import type { TicketMessages } from './codes.ts';

const megabytes = (bytes = 0) => `${Math.round(bytes / (1024 * 1024))} MB`;
const list = (options: readonly string[] = []) => options.join('、');
const lines = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join('\n');

export const ticketsZhCN: TicketMessages = {
  field: {
    duplicate: () => '同一项重复出现，请删除重复项。',
    product_not_subscribed: (p) =>
      p.options?.length ? `请选择贵企业订阅的产品：${list(p.options)}。` : '贵企业尚未订阅任何产品，请联系服务商开通。',
    ticket_not_open: () => '该问题已处理完成。如需补充，请先重新打开。',
    ticket_already_accepted: () => '该问题已被接单。',
    ticket_not_accepted: () => '请先接单，再添加处理记录。',
    ticket_not_completed: () => '只有已完成的问题才能重新打开。',
    reopen_window_passed: (p) => `问题完成后 ${p.max} 天内可以重新打开；该问题完成于 ${p.until}。请重新提问。`,
    expected_by_past: () => '请选择今天或之后的日期。',
    attachment_type: (p) => `不能上传此类型的文件。可上传：${list(p.options)}。`,
    attachment_mismatch: () => '文件内容与文件名不符。请按文件名所示的格式重新保存。',
    attachment_empty: () => '文件为空，请重新选择文件。',
    attachment_too_large: (p) => `文件超过 ${megabytes(p.max)}。请上传较小或压缩后的文件。`,
    attachment_unknown: () => '该附件不存在或已被使用，请重新上传。',
    webhook_url: () => '请输入接收地址，以 https:// 开头，例如 https://erp.example.com/wharf-hooks。',
    webhook_address: () => '该地址属于内网或本机，Webhook 不会发送到这类地址。请输入接收方的公网 https:// 地址。',
    too_many_webhooks: (p) => `每个企业最多 ${p.max} 个 Webhook 地址，请先删除一个。`,
  },
  labels: {
    statuses: { submitted: '已提交', accepted: '已接单', processing: '处理中', completed: '已完成' },
    categories: {
      'how-to': '使用咨询',
      data: '数据问题',
      configuration: '配置设置',
      error: '系统报错',
      feature: '需求建议',
      other: '其他问题',
    },
    results: { resolved: '完全处理', partial: '部分处理', 'needs-info': '需补充信息' },
  },
  mail: {
    createdSubject: (p) => `新问题 ${p.number}（${p.enterprise}）：${p.title}`,
    createdBody: (p) => lines(`${p.enterprise} 提交了问题（${p.category}）。`, '', p.title, '', p.description, '', `联系人：${p.contact}`, p.link && `打开：${p.link}`),
    acceptedSubject: (p) => `您的问题 ${p.number} 已接单`,
    acceptedBody: (p) => lines(`您的问题 ${p.number}「${p.title}」已接单。`, '', p.note, p.expectedBy && `预计处理：${p.expectedBy}`, p.link && `查看进度：${p.link}`),
    recordSubject: (p) => `您的问题 ${p.number}：${p.result}`,
    recordBody: (p) => lines(`您的问题 ${p.number}「${p.title}」有新的处理记录。`, '', `【${p.category}】${p.note}`, `处理结果：${p.result}`, p.link && `查看进度：${p.link}`),
    completedSubject: (p) => `您的问题 ${p.number} 已处理完成`,
    completedBody: (p) =>
      lines(`您的问题 ${p.number}「${p.title}」已处理完成。`, '', `【${p.category}】${p.note}`, '', `如未解决，可在 ${p.days} 天内重新打开。`, p.link && `查看：${p.link}`),
    repliedSubject: (p) => `${p.enterprise} 回复了问题 ${p.number}`,
    repliedBody: (p) => lines(`${p.enterprise} 回复了问题 ${p.number}「${p.title}」：`, '', p.note, p.link && `打开：${p.link}`),
  },
};
