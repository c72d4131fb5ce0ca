import type { Translation } from './translation.ts';

export const zhCN: Translation = {
  common: {
    email: '邮箱',
    emailHint: '请填写邮箱地址，而不是月结账号。',
    password: '密码',
    confirmPassword: '确认密码',
    showPassword: '显示密码',
    hidePassword: '隐藏密码',
    code: '验证码',
    codeHint: (email) => `6 位验证码已发送至 ${email}，10 分钟内有效。`,
    resendCode: '重新获取验证码',
    resendIn: (s) => `${s} 秒后可重新获取`,
    changeEmail: '更换邮箱',
    working: '请稍候…',
    passwordsDiffer: '两次输入的密码不一致。',
    unreachable: '无法连接服务器，请检查网络后重试。',
    unexpected: '出现错误，请稍后重试。',
    stepOf: (step, total) => `第 ${step} 步，共 ${total} 步`,
  },
  checklist: {
    title: '密码要求',
    length: (min) => `至少 ${min} 位`,
    classes: (min) => `至少包含以下 ${min} 种：`,
    classNames: { upper: '大写字母（A–Z）', lower: '小写字母（a–z）', digit: '数字（0–9）', symbol: '符号（如 * # !）' },
    met: '已满足',
    unmet: '未满足',
  },
};
