import type { Translation } from './translation.ts';

export const zhHK: Translation = {
  common: {
    email: '電郵',
    emailHint: '請填寫電郵地址，而不是月結帳號。',
    password: '密碼',
    confirmPassword: '確認密碼',
    showPassword: '顯示密碼',
    hidePassword: '隱藏密碼',
    code: '驗證碼',
    codeHint: (email) => `6 位驗證碼已發送至 ${email}，10 分鐘內有效。`,
    resendCode: '重新索取驗證碼',
    resendIn: (s) => `${s} 秒後可重新索取`,
    changeEmail: '更換電郵',
    working: '請稍候…',
    passwordsDiffer: '兩次輸入的密碼不一致。',
    unreachable: '無法連接伺服器，請檢查網絡後重試。',
    unexpected: '出現錯誤，請稍後重試。',
    stepOf: (step, total) => `第 ${step} 步，共 ${total} 步`,
  },
  checklist: {
    title: '密碼要求',
    length: (min) => `最少 ${min} 位`,
    classes: (min) => `最少包含以下 ${min} 種：`,
    classNames: { upper: '大寫字母（A–Z）', lower: '小寫字母（a–z）', digit: '數字（0–9）', symbol: '符號（如 * # !）' },
    met: '已符合',
    unmet: '未符合',
  },
};
