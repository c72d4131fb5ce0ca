import type { Locale } from '@wharf/domain';

/** The strings of `<wharf-enterprise-setup>` only. */
export interface SetupText {
  title: string;
  intro: string;
  createChoice: string;
  createHint: string;
  joinChoice: string;
  joinHint: string;
  back: string;
  required: string;
  name: string;
  registrationNumber: string;
  registrationHint: string;
  tradingCurrency: string;
  currencyHint: string;
  chooseCurrency: string;
  contactTitle: string;
  contactName: string;
  phone: string;
  email: string;
  address: string;
  create: string;
  accountNumber: string;
  accountNumberHint: string;
  emailNotAccount: string;
  sendCode: string;
  codeSentTo: (masked: string) => string;
  code: string;
  pin: string;
  pinHint: string;
  pinBlocked: (until: string) => string;
  join: string;
  resend: string;
  resendIn: (seconds: number) => string;
  createdTitle: string;
  created: (name: string, account: string) => string;
  adminTitle: string;
  admin: (name: string) => string;
  pendingTitle: string;
  pending: (name: string) => string;
  askApprovers: (who: string) => string;
}

const en: SetupText = {
  title: 'Your enterprise',
  intro: 'Create your company on Wharf, or join the customer account your company already has.',
  createChoice: 'Create a new enterprise',
  createHint: 'Your company is new here. You will be its admin.',
  joinChoice: 'Join my company’s customer account',
  joinHint: 'Your company already has a customer account number (月结号).',
  back: 'Back',
  required: 'Fields marked * are required.',
  name: 'Enterprise name',
  registrationNumber: 'Registration number',
  registrationHint: 'Business registration or unified social credit number.',
  tradingCurrency: 'Trading currency',
  currencyHint: 'Every amount is shown in it. It can be changed until the first fee; after that it is fixed.',
  chooseCurrency: 'Choose…',
  contactTitle: 'Contact',
  contactName: 'Contact person',
  phone: 'Phone',
  email: 'Email',
  address: 'Address',
  create: 'Create enterprise',
  accountNumber: 'Customer account number',
  accountNumberHint: 'It is printed on your monthly bill, e.g. WH00000042.',
  emailNotAccount: 'This is an email address. Enter your company’s customer account number here.',
  sendCode: 'Send code to the billing email',
  codeSentTo: (masked) => `We sent a 6-digit code to ${masked}, the account’s billing email. Ask whoever reads it for the code.`,
  code: 'Verification code',
  pin: 'Security PIN',
  pinHint: 'Your company’s admin set a 6-digit security PIN. Ask them for it.',
  pinBlocked: (until) => `Too many wrong PINs. You can try again after ${until}.`,
  join: 'Join',
  resend: 'Send a new code',
  resendIn: (s) => `New code in ${s} s`,
  createdTitle: 'Enterprise created',
  created: (name, account) => `${name} is on Wharf with customer account number ${account}. You are its admin.`,
  adminTitle: 'You joined',
  admin: (name) => `You are the admin of ${name}: colleagues who join after you wait for your approval under Members.`,
  pendingTitle: 'Waiting for approval',
  pending: (name) => `Your request to join ${name} is waiting for an admin. They approve it inside the portal — never by email.`,
  askApprovers: (who) => `Ask ${who} to approve you.`,
};

const zhCN: SetupText = {
  title: '您的企业',
  intro: '在 Wharf 上创建贵公司，或绑定贵公司已有的月结账号。',
  createChoice: '创建新企业',
  createHint: '贵公司首次使用。您将成为管理员。',
  joinChoice: '绑定公司的月结账号',
  joinHint: '贵公司已有月结账号（月结号）。',
  back: '返回',
  required: '带 * 的为必填项。',
  name: '企业名称',
  registrationNumber: '注册号',
  registrationHint: '商业登记号或统一社会信用代码。',
  tradingCurrency: '交易币种',
  currencyHint: '所有金额均以此币种显示。产生第一笔费用前可以修改，之后将固定。',
  chooseCurrency: '请选择…',
  contactTitle: '联系信息',
  contactName: '联系人',
  phone: '联系电话',
  email: '邮箱',
  address: '地址',
  create: '创建企业',
  accountNumber: '月结账号',
  accountNumberHint: '见月结账单，例如 WH00000042。',
  emailNotAccount: '这是邮箱地址。此处请填写贵公司的月结账号。',
  sendCode: '发送验证码到对账邮箱',
  codeSentTo: (masked) => `验证码已发送至对账邮箱 ${masked}，请向该邮箱的使用者索取。`,
  code: '验证码',
  pin: '安全码',
  pinHint: '贵公司管理员设置了 6 位数字安全码，请向管理员索取。',
  pinBlocked: (until) => `安全码错误次数过多，请于 ${until} 之后再试。`,
  join: '绑定',
  resend: '重新发送验证码',
  resendIn: (s) => `${s} 秒后可重新发送`,
  createdTitle: '企业已创建',
  created: (name, account) => `“${name}”已在 Wharf 上，月结账号为 ${account}。您是管理员。`,
  adminTitle: '绑定成功',
  admin: (name) => `您是“${name}”的管理员：之后加入的同事需在“成员”中由您审核。`,
  pendingTitle: '等待审核',
  pending: (name) => `您加入“${name}”的申请正在等待管理员审核。审核在平台内进行，不会通过邮件。`,
  askApprovers: (who) => `请联系 ${who} 为您审核。`,
};

const zhHK: SetupText = {
  title: '您的企業',
  intro: '在 Wharf 上建立貴公司，或綁定貴公司已有的月結帳號。',
  createChoice: '建立新企業',
  createHint: '貴公司首次使用。您將成為管理員。',
  joinChoice: '綁定公司的月結帳號',
  joinHint: '貴公司已有月結帳號（月結號）。',
  back: '返回',
  required: '附 * 的為必填項。',
  name: '企業名稱',
  registrationNumber: '登記號碼',
  registrationHint: '商業登記號碼或統一社會信用代碼。',
  tradingCurrency: '交易幣種',
  currencyHint: '所有金額均以此幣種顯示。產生第一筆費用前可以修改，之後將固定。',
  chooseCurrency: '請選擇…',
  contactTitle: '聯絡資料',
  contactName: '聯絡人',
  phone: '聯絡電話',
  email: '電郵',
  address: '地址',
  create: '建立企業',
  accountNumber: '月結帳號',
  accountNumberHint: '見月結賬單，例如 WH00000042。',
  emailNotAccount: '這是電郵地址。此處請填寫貴公司的月結帳號。',
  sendCode: '發送驗證碼到對賬電郵',
  codeSentTo: (masked) => `驗證碼已發送至對賬電郵 ${masked}，請向該電郵的使用者索取。`,
  code: '驗證碼',
  pin: '安全碼',
  pinHint: '貴公司管理員設定了 6 位數字安全碼，請向管理員索取。',
  pinBlocked: (until) => `安全碼錯誤次數過多，請於 ${until} 之後再試。`,
  join: '綁定',
  resend: '重新發送驗證碼',
  resendIn: (s) => `${s} 秒後可重新發送`,
  createdTitle: '企業已建立',
  created: (name, account) => `「${name}」已在 Wharf 上，月結帳號為 ${account}。您是管理員。`,
  adminTitle: '綁定成功',
  admin: (name) => `您是「${name}」的管理員：之後加入的同事需在「成員」中由您審核。`,
  pendingTitle: '等待審核',
  pending: (name) => `您加入「${name}」的申請正在等待管理員審核。審核在平台內進行，不會透過電郵。`,
  askApprovers: (who) => `請聯絡 ${who} 為您審核。`,
};

const TEXT: Record<Locale, SetupText> = { en, 'zh-CN': zhCN, 'zh-HK': zhHK };

export function setupText(locale: Locale): SetupText {
  return TEXT[locale] ?? en;
}
