import type { RegisterFormText } from './en.ts';

export const zhCN: RegisterFormText = {
  title: '注册账号',
  sendCode: '获取验证码',
  continue: '下一步',
  submit: '立即注册',
  done: (email) => `注册成功！账号 ${email} 已创建并已登录。`,
  haveAccount: '已注册？',
  resetInstead: '重置密码',
  signIn: '登录',
};
