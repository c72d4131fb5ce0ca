import type { EnterpriseMessages } from './codes.ts';

export const enterpriseZhCN: EnterpriseMessages = {
  field: {
    account_number_format: () => '请输入月结账单上的月结账号：6 至 20 位字母或数字，例如 WH00000042。',
    account_number_unknown: () => '没有此号码的月结账号。请对照月结账单核对，或改为创建新企业。',
    already_member: () => '您已是该企业的成员。',
    join_pending: () => '您已申请加入该企业，需由企业管理员在平台内审核通过。',
    registration_number_taken: () => '该注册号的企业已在 Wharf 上。请改用其月结账号加入。',
    read_only: () => '基本信息注册后不能修改。如需更正，请联系服务商。',
    currency_locked: () => '已产生费用后，交易币种不能再修改。',
    currency_not_set: () => '请先设置企业的交易币种，再记录账户金额。',
    pin_format: () => '请输入 6 位数字安全码。',
    pin_too_simple: () => '安全码不能是同一数字重复或 123456 这类连续数字。',
    pin_required: () => '该企业设置了安全码，请向管理员索取（月结设置 → 安全设置）。',
    pin_wrong: (p) => (p.remaining ? `安全码不正确，还可尝试 ${p.remaining} 次。` : '安全码不正确。'),
    pin_blocked: (p) => `安全码错误次数过多，在 ${p.until} 之前不能再输入。`,
    phone_format: () => '请输入电话号码：数字，可含空格、横线或括号，国家区号前加 +，例如 +86 755 2730 0273。',
    amount_format: () => '请输入金额，例如 1250.00。',
    amount_not_positive: () => '金额须大于零。',
    amount_precision: (p) => `该币种最多 ${p.max} 位小数。`,
    origin_format: () => '请输入来源地址，例如 https://erp.example.com：协议、主机和可选端口，不含路径。',
    last_admin: () => '企业至少需要一名管理员。请先将其他成员设为管理员。',
    not_pending: () => '此人不在待审核名单中。',
    email_in_other_account: () => '该邮箱已有 Wharf 账号且不是本企业成员。对方可用月结账号申请加入，或由系统改用其他邮箱。',
    version_stale: () => '此内容已被他人修改。请刷新后重新修改。',
  },
  detail: {
    pendingApproval: (p) => `您加入“${p.name}”的申请正在等待管理员审核，通过后即可使用。`,
    adminOnly: '只有本企业管理员可以执行此操作。',
    noEnterprise: '您尚未加入企业。请创建企业，或绑定贵公司的月结账号。',
    chooseEnterprise: '您属于多个企业，请在 Wharf-Enterprise 请求头中指明要操作的企业。',
    originNotAllowed: (p) => `来自 ${p.field} 的页面不能使用该企业。管理员可在 设置 → 安全设置 → 允许的来源 中添加。`,
    apiKeyFromBrowser: 'API 密钥只能放在服务器上：请由宿主系统的服务器创建嵌入会话，不要在浏览器中调用。',
    apiKeyInvalid: 'API 密钥无效或已被撤销。',
    embedSessionLimited: '此会话由贵公司系统打开，请在 Wharf 中直接进行此操作。',
    operatorOnly: '只有服务商的操作员可以执行此操作。',
  },
  mail: {
    joinRequestSubject: ({ enterprise }) => `有人申请加入 Wharf 上的“${enterprise}”`,
    joinRequestBody: ({ email, enterprise }) =>
      `${email} 申请加入“${enterprise}”。请在平台的“成员”中通过或拒绝。\n\n如不认识此人，请拒绝该申请。`,
  },
};
