import type { RegisterFormText } from './en.ts';

export const zhHK: RegisterFormText = {
  title: '註冊帳戶',
  sendCode: '索取驗證碼',
  continue: '下一步',
  submit: '立即註冊',
  done: (email) => `註冊成功！帳戶 ${email} 已建立並已登入。`,
  haveAccount: '已註冊？',
  resetInstead: '重設密碼',
  signIn: '登入',
};
