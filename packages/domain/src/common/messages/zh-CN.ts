import type { CommonMessages } from './codes.ts';

const list = (options: readonly string[] = []) => options.join('、');

/** The general field messages: what every form may need. */
export const commonFieldsZhCN: CommonMessages['field'] = {
  required: () => '此项为必填项。',
  invalid_type: () => '此项的值类型不正确。',
  invalid_choice: (p) => `请从以下选项中选择：${list(p.options)}。`,
  too_short: (p) => `请至少输入 ${p.min} 个字符。`,
  too_long: (p) => `最多输入 ${p.max} 个字符。`,
  number_too_small: (p) => `请输入不小于 ${p.min} 的数字。`,
  number_too_large: (p) => `请输入不大于 ${p.max} 的数字。`,
  multipart_broken: () => '上传的内容不完整（表单数据已损坏）。请重新选择文件再发送。',
  invalid_format: () => '此项的格式不正确。',
  idempotency_key_reused: () => '此 Idempotency-Key 已用于另一个不同的请求。新的请求请使用新的键。',
  idempotency_key_in_use: () => '使用此 Idempotency-Key 的请求仍在处理中，请稍后重试。',
  date_out_of_range: (p) => `请输入 ${p.earliest} 至 ${p.latest} 之间的日期。`,
};

/** The title and detail of each kind of problem document: what the server answers with. */
export const problemsZhCN: CommonMessages['problem'] = {
  'malformed-request': { title: '请求格式错误', detail: () => '请求内容不是有效的 JSON。' },
  unauthorized: { title: '未登录', detail: () => '请先登录。' },
  'credentials-rejected': { title: '登录失败', detail: () => '邮箱或密码不正确。' },
  forbidden: { title: '无权操作', detail: () => '您的账号无权执行此操作。' },
  'not-found': { title: '未找到', detail: () => '未找到所请求的内容。' },
  'method-not-allowed': { title: '不支持该请求方法', detail: () => '此地址不支持该请求方法，请改用 Allow 中列出的方法。' },
  conflict: { title: '冲突', detail: () => '此操作与当前状态冲突。' },
  'payload-too-large': { title: '请求过大', detail: (p) => `请求内容超过允许的 ${p.max} 字节。` },
  'unsupported-media-type': { title: '不支持的内容类型', detail: () => '请以 application/json 格式发送。' },
  validation: { title: '部分字段需要修改', detail: (p) => `请修改所列字段（${p.field}）。` },
  'account-locked': { title: '账号已锁定', detail: () => '此账号已锁定。' },
  'rate-limited': { title: '请求过于频繁', detail: (p) => `请在 ${p.seconds} 秒后重试。` },
  internal: { title: '出现错误', detail: () => '发生意外错误，请稍后再试。' },
};

export const commonZhCN: CommonMessages = { field: commonFieldsZhCN, problem: problemsZhCN };
