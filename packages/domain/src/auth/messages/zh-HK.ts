import { commonZhHK } from '../../common/messages/zh-HK.ts';
import type { MessageFormat } from '../../common/messages/types.ts';
import type { AccountOnlyFieldCode, Messages } from './codes.ts';

/** The messages of account codes alone (the general ones are common). */
export const accountFieldsZhHK: Record<AccountOnlyFieldCode, MessageFormat> = {
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
};

/** Details of refusals that are not about one field. */
export const accountDetailsZhHK: Messages['detail'] = {
  emailTaken: '此電郵已註冊。請直接登入，或使用「忘記密碼」重新設定密碼。',
  codeResendTooSoon: (p) => `驗證碼剛已發出，請於 ${p.seconds} 秒後再重新索取。`,
  loginRemaining: (p) => `電郵或密碼不正確。再失敗 ${p.remaining} 次帳戶將被鎖定。`,
  accountLocked: (p) => `登入失敗次數過多，帳戶已鎖定至 ${p.until}。重設密碼可即時解鎖。`,
  captchaRequired: '此瀏覽器已多次登入失敗，需要進行一次自動的瀏覽器驗證。',
  fieldsInvalid: (p) => `請修改標示的欄位：${p.field}。`,
  notSignedIn: '請先登入。',
};

/** What the server mails about accounts (kept apart so that forms, which never mail, do not carry it). */
export const accountMailZhHK: Messages['mail'] = {
  codeSubject: (purpose) => `Wharf 驗證碼：${purpose}`,
  codeBody: ({ code, purpose, minutes }) =>
    `您用於${purpose}的驗證碼是 ${code}。\n\n驗證碼只可使用一次，${minutes} 分鐘內有效。如非本人操作，請忽略此電郵。`,
  purpose: { register: '註冊帳戶', 'reset-password': '重設密碼', 'join-enterprise': '綁定月結帳號' },
};

export const zhHK: Messages = {
  field: { ...commonZhHK.field, ...accountFieldsZhHK },
  problem: commonZhHK.problem,
  detail: accountDetailsZhHK,
  mail: accountMailZhHK,
};
