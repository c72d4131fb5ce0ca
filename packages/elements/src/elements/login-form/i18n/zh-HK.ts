import type { LoginFormText } from './en.ts';

export const zhHK: LoginFormText = {
  title: '登入',
  submit: '登入',
  forgot: '忘記密碼？',
  remaining: (n) => `再失敗 ${n} 次帳戶將被鎖定。`,
  locked: (until) => `登入失敗次數過多，帳戶已鎖定至 ${until}。`,
  resetToUnlock: '重設密碼可即時解鎖',
  checking: '正在自動驗證此瀏覽器…',
  checked: '瀏覽器驗證完成。',
};
