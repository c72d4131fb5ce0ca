import type { PasswordResetText } from './en.ts';

export const zhHK: PasswordResetText = {
  title: '重設密碼',
  intro: '我們會向您的電郵發送驗證碼以設定新密碼。重設密碼亦會解鎖被鎖定的帳戶。',
  sendCode: '索取驗證碼',
  continue: '下一步',
  newPassword: '新密碼',
  submit: '設定新密碼',
  done: '密碼已更改，現在可以使用新密碼登入。',
  backToLogin: '返回登入',
};
