import type { Locale } from '@wharf/domain';

/** The strings of `<wharf-enterprise-profile>` only, so other elements do not carry them. */
export interface ProfileText {
  loading: string;
  basic: string;
  basicNote: string;
  name: string;
  registrationNumber: string;
  accountNumber: string;
  billingEmail: string;
  tradingCurrency: string;
  currencyNote: string;
  currencyLocked: string;
  notSet: string;
  saveCurrency: string;
  contact: string;
  contactName: string;
  phone: string;
  email: string;
  address: string;
  save: string;
  saved: string;
  stale: string;
  reload: string;
  readOnlyForMembers: string;
  askApprovers: (who: string) => string;
  log: string;
  logEmpty: string;
  loadMore: string;
  system: string;
  operator: string;
  actions: Record<string, string>;
  change: (field: string, from: string, to: string) => string;
  empty: string;
}

const en: ProfileText = {
  loading: 'Loading the enterprise…',
  basic: 'Basic information',
  basicNote: 'Fixed at registration. Ask your provider if something here is wrong.',
  name: 'Enterprise name',
  registrationNumber: 'Registration number',
  accountNumber: 'Customer account number',
  billingEmail: 'Billing email',
  tradingCurrency: 'Trading currency',
  currencyNote: 'It can change until the first fee is charged; after that it is fixed.',
  currencyLocked: 'Fixed: fees have been charged in it.',
  notSet: 'Not set',
  saveCurrency: 'Change currency',
  contact: 'Contact information',
  contactName: 'Contact person',
  phone: 'Phone',
  email: 'Email',
  address: 'Address',
  save: 'Save contact information',
  saved: 'Saved.',
  stale: 'Someone else changed this enterprise in the meantime.',
  reload: 'Load the latest and try again',
  readOnlyForMembers: 'Only admins can change these details.',
  askApprovers: (who) => `Ask ${who} to approve you.`,
  log: 'Change log',
  logEmpty: 'No changes yet.',
  loadMore: 'Show older changes',
  system: 'Wharf',
  operator: 'Provider',
  actions: {
    created: 'created the enterprise',
    updated: 'changed details',
    'opened-by-operator': 'opened the customer account',
    'updated-by-operator': 'changed the subscription',
    'joined-as-first-admin': 'joined as the first admin',
    'join-requested': 'asked to join',
    'member-approved': 'approved a member',
    'member-rejected': 'rejected a request to join',
    'member-role-changed': 'changed a member’s role',
    'member-removed': 'removed a member',
    'member-left': 'left the enterprise',
    'member-added-by-host': 'added a member from the host system',
    'security-pin-set': 'set the security PIN',
    'security-pin-changed': 'changed the security PIN',
    'security-pin-removed': 'switched the security PIN off',
    'api-key-created': 'created an API key',
    'api-key-revoked': 'revoked an API key',
    'topped-up': 'recorded a top-up',
    'fee-charged': 'charged a fee',
    seeded: 'set up the demo',
  },
  change: (field, from, to) => `${field}: ${from} → ${to}`,
  empty: '(empty)',
};

const zhCN: ProfileText = {
  loading: '正在加载企业资料…',
  basic: '基本信息',
  basicNote: '注册后不能修改。如有错误，请联系服务商。',
  name: '企业名称',
  registrationNumber: '注册号',
  accountNumber: '月结账号',
  billingEmail: '对账邮箱',
  tradingCurrency: '交易币种',
  currencyNote: '产生第一笔费用前可以修改，之后将固定。',
  currencyLocked: '已固定：已按此币种产生费用。',
  notSet: '未设置',
  saveCurrency: '修改币种',
  contact: '联系信息',
  contactName: '联系人',
  phone: '联系电话',
  email: '邮箱',
  address: '地址',
  save: '保存联系信息',
  saved: '已保存。',
  stale: '此企业资料已被他人修改。',
  reload: '加载最新资料后重试',
  readOnlyForMembers: '只有管理员可以修改这些信息。',
  askApprovers: (who) => `请联系 ${who} 为您审核。`,
  log: '变更记录',
  logEmpty: '暂无变更。',
  loadMore: '显示更早的变更',
  system: 'Wharf',
  operator: '服务商',
  actions: {
    created: '创建了企业',
    updated: '修改了资料',
    'opened-by-operator': '开通了月结账号',
    'updated-by-operator': '修改了服务订阅',
    'joined-as-first-admin': '作为首位管理员加入',
    'join-requested': '申请加入',
    'member-approved': '通过了成员申请',
    'member-rejected': '拒绝了加入申请',
    'member-role-changed': '修改了成员角色',
    'member-removed': '移除了成员',
    'member-left': '退出了企业',
    'member-added-by-host': '由宿主系统添加了成员',
    'security-pin-set': '设置了安全码',
    'security-pin-changed': '修改了安全码',
    'security-pin-removed': '关闭了安全码',
    'api-key-created': '创建了 API 密钥',
    'api-key-revoked': '撤销了 API 密钥',
    'topped-up': '记录了充值',
    'fee-charged': '扣除了费用',
    seeded: '初始化了演示数据',
  },
  change: (field, from, to) => `${field}：${from} → ${to}`,
  empty: '（空）',
};

const zhHK: ProfileText = {
  loading: '正在載入企業資料…',
  basic: '基本資料',
  basicNote: '註冊後不能修改。如有錯誤，請聯絡服務商。',
  name: '企業名稱',
  registrationNumber: '登記號碼',
  accountNumber: '月結帳號',
  billingEmail: '對賬電郵',
  tradingCurrency: '交易幣種',
  currencyNote: '產生第一筆費用前可以修改，之後將固定。',
  currencyLocked: '已固定：已按此幣種產生費用。',
  notSet: '未設定',
  saveCurrency: '修改幣種',
  contact: '聯絡資料',
  contactName: '聯絡人',
  phone: '聯絡電話',
  email: '電郵',
  address: '地址',
  save: '儲存聯絡資料',
  saved: '已儲存。',
  stale: '此企業資料已被他人修改。',
  reload: '載入最新資料後重試',
  readOnlyForMembers: '只有管理員可以修改這些資料。',
  askApprovers: (who) => `請聯絡 ${who} 為您審核。`,
  log: '變更記錄',
  logEmpty: '暫無變更。',
  loadMore: '顯示較早的變更',
  system: 'Wharf',
  operator: '服務商',
  actions: {
    created: '建立了企業',
    updated: '修改了資料',
    'opened-by-operator': '開通了月結帳號',
    'updated-by-operator': '修改了服務訂閱',
    'joined-as-first-admin': '作為首位管理員加入',
    'join-requested': '申請加入',
    'member-approved': '批准了成員申請',
    'member-rejected': '拒絕了加入申請',
    'member-role-changed': '修改了成員角色',
    'member-removed': '移除了成員',
    'member-left': '退出了企業',
    'member-added-by-host': '由宿主系統加入了成員',
    'security-pin-set': '設定了安全碼',
    'security-pin-changed': '修改了安全碼',
    'security-pin-removed': '關閉了安全碼',
    'api-key-created': '建立了 API 金鑰',
    'api-key-revoked': '撤銷了 API 金鑰',
    'topped-up': '記錄了增值',
    'fee-charged': '扣除了費用',
    seeded: '初始化了示範資料',
  },
  change: (field, from, to) => `${field}：${from} → ${to}`,
  empty: '（空）',
};

const TEXT: Record<Locale, ProfileText> = { en, 'zh-CN': zhCN, 'zh-HK': zhHK };

export function profileText(locale: Locale): ProfileText {
  return TEXT[locale] ?? en;
}
