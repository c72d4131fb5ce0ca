import type { PasswordResetText } from './en.ts';

export const zhCN: PasswordResetText = {
  title: '重置密码',
  intro: '我们会向您的邮箱发送验证码以设置新密码。重置密码也会解锁被锁定的账号。',
  sendCode: '获取验证码',
  continue: '下一步',
  newPassword: '新密码',
  submit: '设置新密码',
  done: '密码已修改，现在可以使用新密码登录。',
  backToLogin: '返回登录',
};
