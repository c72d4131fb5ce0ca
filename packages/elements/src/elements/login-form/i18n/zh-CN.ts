import type { LoginFormText } from './en.ts';

export const zhCN: LoginFormText = {
  title: '登录',
  submit: '登录',
  forgot: '忘记密码？',
  remaining: (n) => `再失败 ${n} 次账号将被锁定。`,
  locked: (until) => `登录失败次数过多，账号已锁定至 ${until}。`,
  resetToUnlock: '重置密码可立即解锁',
  checking: '正在自动验证此浏览器…',
  checked: '浏览器验证完成。',
};
