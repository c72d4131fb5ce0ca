import type { CommonMessages } from './codes.ts';

const list = (options: readonly string[] = []) => options.join('、');

/** The general field messages: what every form may need. */
export const commonFieldsZhHK: CommonMessages['field'] = {
  required: () => '此欄為必填。',
  invalid_type: () => '此欄的值類型不正確。',
  invalid_choice: (p) => `請從以下選項中選擇：${list(p.options)}。`,
  too_short: (p) => `請最少輸入 ${p.min} 個字元。`,
  too_long: (p) => `最多輸入 ${p.max} 個字元。`,
  number_too_small: (p) => `請輸入不小於 ${p.min} 的數字。`,
  number_too_large: (p) => `請輸入不大於 ${p.max} 的數字。`,
  multipart_broken: () => '上載的內容不完整（表單資料已損壞）。請重新選擇檔案再傳送。',
  invalid_format: () => '此欄的格式不正確。',
  idempotency_key_reused: () => '此 Idempotency-Key 已用於另一個不同的請求。新的請求請使用新的鍵。',
  idempotency_key_in_use: () => '使用此 Idempotency-Key 的請求仍在處理中，請稍後再試。',
  date_out_of_range: (p) => `請輸入 ${p.earliest} 至 ${p.latest} 之間的日期。`,
};

/** The title and detail of each kind of problem document: what the server answers with. */
export const problemsZhHK: CommonMessages['problem'] = {
  'malformed-request': { title: '請求格式錯誤', detail: () => '請求內容不是有效的 JSON。' },
  unauthorized: { title: '未登入', detail: () => '請先登入。' },
  'credentials-rejected': { title: '登入失敗', detail: () => '電郵或密碼不正確。' },
  forbidden: { title: '無權操作', detail: () => '您的帳戶無權執行此操作。' },
  'not-found': { title: '找不到', detail: () => '找不到所要求的內容。' },
  'method-not-allowed': { title: '不支援該請求方法', detail: () => '此地址不支援該請求方法，請改用 Allow 中列出的方法。' },
  conflict: { title: '衝突', detail: () => '此操作與目前狀態衝突。' },
  'payload-too-large': { title: '請求過大', detail: (p) => `請求內容超過容許的 ${p.max} 位元組。` },
  'unsupported-media-type': { title: '不支援的內容類型', detail: () => '請以 application/json 格式傳送。' },
  validation: { title: '部分欄位需要修改', detail: (p) => `請修改所列欄位（${p.field}）。` },
  'account-locked': { title: '帳戶已鎖定', detail: () => '此帳戶已鎖定。' },
  'rate-limited': { title: '請求過於頻繁', detail: (p) => `請於 ${p.seconds} 秒後重試。` },
  internal: { title: '出現錯誤', detail: () => '發生意外錯誤，請稍後再試。' },
};

export const commonZhHK: CommonMessages = { field: commonFieldsZhHK, problem: problemsZhHK };
