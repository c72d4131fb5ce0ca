import type { Messages } from './codes.ts';

const list = (options: readonly string[] = []) => options.join('、');

export const zhHK: Messages = {
  field: {
    required: () => '此欄為必填。',
    invalid_type: () => '此欄的值類型不正確。',
    invalid_choice: (p) => `請從以下選項中選擇：${list(p.options)}。`,
    too_short: (p) => `請最少輸入 ${p.min} 個字元。`,
    too_long: (p) => `最多輸入 ${p.max} 個字元。`,
    invalid_format: () => '此欄的格式不正確。',
    invalid_email: () => '請輸入電郵地址，例如 name@company.com。',
    account_number_not_email: () => '這看來是月結帳號。此處請填寫電郵；註冊後可再綁定貴公司的月結帳號。',
    email_taken: () => '此電郵已註冊。請直接登入；如忘記密碼，請重設密碼。',
    email_not_registered: () => '此電郵尚未註冊。請檢查拼寫，或先註冊。',
    password_too_short: (p) => `密碼最少 ${p.min ?? 8} 位。`,
    password_too_long: (p) => `密碼最多 ${p.max ?? 128} 位。`,
    password_too_few_classes: () => '密碼須包含大寫字母、小寫字母、數字、符號中最少三種（例如 Hk27300273）。',
    password_unchanged: () => '新密碼不可與現有密碼相同。',
    current_password_wrong: () => '現有密碼不正確。',
    credentials_wrong: () => '電郵或密碼不正確。',
    code_format: () => '請輸入電郵中的 6 位驗證碼。',
    code_wrong: (p) => (p.remaining ? `驗證碼不正確，尚可嘗試 ${p.remaining} 次。` : '驗證碼不正確。'),
    code_expired: () => '驗證碼已過期或已使用，請重新索取。',
    code_attempts_exceeded: () => '驗證碼錯誤次數過多，請重新索取。',
    captcha_required: () => '正在自動驗證此瀏覽器，請稍候再試。',
    captcha_invalid: () => '瀏覽器驗證失敗或已過期，請重試。',
  },
  problem: {
    'malformed-request': { title: '請求格式錯誤', detail: () => '請求內容不是有效的 JSON。' },
    unauthorized: { title: '未登入', detail: () => '請先登入。' },
    'credentials-rejected': { title: '登入失敗', detail: () => '電郵或密碼不正確。' },
    forbidden: { title: '無權操作', detail: () => '您的帳戶無權執行此操作。' },
    'not-found': { title: '找不到', detail: () => '找不到所要求的內容。' },
    conflict: { title: '衝突', detail: () => '此操作與目前狀態衝突。' },
    'payload-too-large': { title: '請求過大', detail: (p) => `請求內容超過容許的 ${p.max} 位元組。` },
    'unsupported-media-type': { title: '不支援的內容類型', detail: () => '請以 application/json 格式傳送。' },
    validation: { title: '部分欄位需要修改', detail: (p) => `請修改所列欄位（${p.field}）。` },
    'account-locked': { title: '帳戶已鎖定', detail: () => '此帳戶已鎖定。' },
    'rate-limited': { title: '請求過於頻繁', detail: (p) => `請於 ${p.seconds} 秒後重試。` },
    internal: { title: '出現錯誤', detail: () => '發生意外錯誤，請稍後再試。' },
  },
  detail: {
    emailTaken: '此電郵已註冊。請直接登入，或使用「忘記密碼」重新設定密碼。',
    codeResendTooSoon: (p) => `驗證碼剛已發出，請於 ${p.seconds} 秒後再重新索取。`,
    loginRemaining: (p) => `電郵或密碼不正確。再失敗 ${p.remaining} 次帳戶將被鎖定。`,
    accountLocked: (p) => `登入失敗次數過多，帳戶已鎖定至 ${p.until}。重設密碼可即時解鎖。`,
    captchaRequired: '此瀏覽器已多次登入失敗，需要進行一次自動的瀏覽器驗證。',
    fieldsInvalid: (p) => `請修改標示的欄位：${p.field}。`,
    notSignedIn: '請先登入。',
  },
  mail: {
    codeSubject: (purpose) => `Wharf 驗證碼：${purpose}`,
    codeBody: ({ code, purpose, minutes }) =>
      `您用於${purpose}的驗證碼是 ${code}。\n\n驗證碼只可使用一次，${minutes} 分鐘內有效。如非本人操作，請忽略此電郵。`,
    purpose: { register: '註冊帳戶', 'reset-password': '重設密碼' },
  },
};
