import { commonZhCN } from '../../common/messages/zh-CN.ts';
import type { MessageFormat } from '../../common/messages/types.ts';
import type { AccountOnlyFieldCode, Messages } from './codes.ts';

/** The messages of account codes alone (the general ones are common). */
export const accountFieldsZhCN: Record<AccountOnlyFieldCode, MessageFormat> = {
  invalid_email: () => '请输入邮箱地址，例如 name@company.com。',
  account_number_not_email: () => '这看起来是月结账号。此处请填写邮箱；注册后可以再绑定贵公司的月结账号。',
  email_taken: () => '该邮箱已注册。请直接登录；如忘记密码，请重置密码。',
  email_not_registered: () => '该邮箱尚未注册。请检查拼写，或先注册。',
  password_too_short: (p) => `密码至少 ${p.min ?? 8} 位。`,
  password_too_long: (p) => `密码最多 ${p.max ?? 128} 位。`,
  password_too_few_classes: () => '密码须包含大写字母、小写字母、数字、符号中的至少三种（例如 Hk27300273）。',
  password_unchanged: () => '新密码不能与当前密码相同。',
  current_password_wrong: () => '当前密码不正确。',
  credentials_wrong: () => '邮箱或密码不正确。',
  code_format: () => '请输入邮件中的 6 位验证码。',
  code_wrong: (p) => (p.remaining ? `验证码不正确，还可尝试 ${p.remaining} 次。` : '验证码不正确。'),
  code_expired: () => '验证码已过期或已使用，请重新获取。',
  code_attempts_exceeded: () => '验证码错误次数过多，请重新获取。',
  captcha_required: () => '正在自动验证此浏览器，请稍候再试。',
  captcha_invalid: () => '浏览器验证失败或已过期，请重试。',
};

/** Details of refusals that are not about one field. */
export const accountDetailsZhCN: Messages['detail'] = {
  emailTaken: '该邮箱已注册。请直接登录，或使用“忘记密码”重新设置密码。',
  codeResendTooSoon: (p) => `验证码刚刚已发送，请 ${p.seconds} 秒后再重新获取。`,
  loginRemaining: (p) => `邮箱或密码不正确。再失败 ${p.remaining} 次账号将被锁定。`,
  accountLocked: (p) => `登录失败次数过多，账号已锁定至 ${p.until}。重置密码可立即解锁。`,
  captchaRequired: '此浏览器已多次登录失败，需要进行一次自动的浏览器验证。',
  fieldsInvalid: (p) => `请修改标出的字段：${p.field}。`,
  notSignedIn: '请先登录。',
};

/** What the server mails about accounts (kept apart so that forms, which never mail, do not carry it). */
export const accountMailZhCN: Messages['mail'] = {
  codeSubject: (purpose) => `Wharf 验证码：${purpose}`,
  codeBody: ({ code, purpose, minutes }) =>
    `您用于${purpose}的验证码是 ${code}。\n\n验证码仅可使用一次，${minutes} 分钟内有效。如非本人操作，请忽略此邮件。`,
  purpose: { register: '注册账号', 'reset-password': '重置密码', 'join-enterprise': '绑定月结账号' },
};

export const zhCN: Messages = {
  field: { ...commonZhCN.field, ...accountFieldsZhCN },
  problem: commonZhCN.problem,
  detail: accountDetailsZhCN,
  mail: accountMailZhCN,
};
