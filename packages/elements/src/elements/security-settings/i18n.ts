import type { Locale } from '@wharf/domain';

/** The strings of `<wharf-security-settings>` only. */
export interface SecurityText {
  title: string;
  loading: string;
  adminsOnly: string;
  pinTitle: string;
  pinIntro: string;
  pinOn: string;
  pinOff: string;
  newPin: string;
  confirmPin: string;
  pinRule: string;
  pinsDiffer: string;
  setPin: string;
  changePin: string;
  switchOff: string;
  confirmSwitchOff: string;
  pinSaved: string;
  pinRemoved: string;
  keysTitle: string;
  keysIntro: string;
  noKeys: string;
  keyName: string;
  keyNameHint: string;
  createKey: string;
  secretTitle: string;
  secretWarning: string;
  copy: string;
  copied: string;
  done: string;
  created: string;
  lastUsed: string;
  never: string;
  revoke: string;
  revokeLabel: (name: string) => string;
  confirmRevoke: (name: string) => string;
  revoked: (name: string) => string;
  originsTitle: string;
  originsIntro: string;
  noOrigins: string;
  origin: string;
  originHint: string;
  addOrigin: string;
  removeOrigin: (origin: string) => string;
  originsSaved: string;
  resetTitle: string;
  resetIntro: string;
  resetToMember: string;
  resetToBilling: (email: string) => string;
  resetSaved: string;
  cancel: string;
  confirm: string;
}

const en: SecurityText = {
  title: 'Security',
  loading: 'Loading security settings…',
  adminsOnly: 'Only admins of this enterprise can change its security settings.',
  pinTitle: 'Security PIN',
  pinIntro: 'While a PIN is set, it is needed to join the enterprise and to submit shipments and orders.',
  pinOn: 'A security PIN is set.',
  pinOff: 'No security PIN is set.',
  newPin: 'New PIN',
  confirmPin: 'Repeat the PIN',
  pinRule: 'Six digits; not one digit repeated and not a run such as 123456.',
  pinsDiffer: 'The two PINs are not the same.',
  setPin: 'Set PIN',
  changePin: 'Change PIN',
  switchOff: 'Switch the PIN off',
  confirmSwitchOff: 'Switch the security PIN off? Joining and submitting will no longer ask for it.',
  pinSaved: 'The security PIN is set.',
  pinRemoved: 'The security PIN is off.',
  keysTitle: 'API keys',
  keysIntro: 'Your own systems (an ERP portal, a script) use a key to sign their users in to Wharf. Keep keys on servers only.',
  noKeys: 'No API keys yet.',
  keyName: 'Name of the new key',
  keyNameHint: 'What uses it, e.g. “Kingdee portal”.',
  createKey: 'Create key',
  secretTitle: 'Copy the secret now',
  secretWarning: 'This is the only time the secret is shown. Store it on your server; if it is lost, revoke the key and create another.',
  copy: 'Copy',
  copied: 'Copied.',
  done: 'I have stored it',
  created: 'Created',
  lastUsed: 'Last used',
  never: 'Never',
  revoke: 'Revoke',
  revokeLabel: (name) => `Revoke ${name}`,
  confirmRevoke: (name) => `Revoke “${name}”? Systems using it stop working at once, and their sessions end.`,
  revoked: (name) => `“${name}” was revoked.`,
  originsTitle: 'Allowed origins',
  originsIntro: 'Web pages on these origins may show Wharf for this enterprise (for example your ERP portal).',
  noOrigins: 'No other origins are allowed.',
  origin: 'Origin',
  originHint: 'Scheme, host and port only, e.g. https://erp.example.com',
  addOrigin: 'Add origin',
  removeOrigin: (origin) => `Remove ${origin}`,
  originsSaved: 'Allowed origins saved.',
  resetTitle: 'Password-reset codes',
  resetIntro: 'Where the code goes when a member of this enterprise resets their password.',
  resetToMember: 'To the member’s own email',
  resetToBilling: (email) => `To the billing email (${email})`,
  resetSaved: 'Saved.',
  cancel: 'Cancel',
  confirm: 'Confirm',
};

const zhCN: SecurityText = {
  title: '安全设置',
  loading: '正在加载安全设置…',
  adminsOnly: '只有本企业管理员可以修改安全设置。',
  pinTitle: '安全码',
  pinIntro: '设置安全码后，加入企业以及提交运单和订单时都需要输入。',
  pinOn: '已设置安全码。',
  pinOff: '未设置安全码。',
  newPin: '新安全码',
  confirmPin: '再次输入安全码',
  pinRule: '6 位数字；不能是同一数字重复或 123456 这类连续数字。',
  pinsDiffer: '两次输入的安全码不一致。',
  setPin: '设置安全码',
  changePin: '修改安全码',
  switchOff: '关闭安全码',
  confirmSwitchOff: '关闭安全码？加入企业和提交时将不再需要输入。',
  pinSaved: '安全码已设置。',
  pinRemoved: '安全码已关闭。',
  keysTitle: 'API 密钥',
  keysIntro: '贵公司的系统（如 ERP 门户、脚本）用密钥为其用户登录 Wharf。密钥只能保存在服务器上。',
  noKeys: '暂无 API 密钥。',
  keyName: '新密钥名称',
  keyNameHint: '用途，例如“金蝶门户”。',
  createKey: '创建密钥',
  secretTitle: '请立即复制密钥',
  secretWarning: '密钥只显示这一次。请保存到您的服务器；如遗失，请撤销后重新创建。',
  copy: '复制',
  copied: '已复制。',
  done: '我已保存',
  created: '创建时间',
  lastUsed: '最近使用',
  never: '从未',
  revoke: '撤销',
  revokeLabel: (name) => `撤销 ${name}`,
  confirmRevoke: (name) => `撤销“${name}”？使用它的系统将立即停止工作，其会话也会结束。`,
  revoked: (name) => `“${name}”已撤销。`,
  originsTitle: '允许的来源',
  originsIntro: '这些来源上的网页可以为本企业显示 Wharf（例如贵公司的 ERP 门户）。',
  noOrigins: '未允许其他来源。',
  origin: '来源',
  originHint: '只填协议、主机和端口，例如 https://erp.example.com',
  addOrigin: '添加来源',
  removeOrigin: (origin) => `移除 ${origin}`,
  originsSaved: '允许的来源已保存。',
  resetTitle: '重置密码验证码',
  resetIntro: '本企业成员重置密码时，验证码发送到：',
  resetToMember: '成员本人的邮箱',
  resetToBilling: (email) => `对账邮箱（${email}）`,
  resetSaved: '已保存。',
  cancel: '取消',
  confirm: '确认',
};

const zhHK: SecurityText = {
  title: '安全設定',
  loading: '正在載入安全設定…',
  adminsOnly: '只有本企業管理員可以修改安全設定。',
  pinTitle: '安全碼',
  pinIntro: '設定安全碼後，加入企業以及提交運單和訂單時都需要輸入。',
  pinOn: '已設定安全碼。',
  pinOff: '未設定安全碼。',
  newPin: '新安全碼',
  confirmPin: '再次輸入安全碼',
  pinRule: '6 位數字；不能是同一數字重複或 123456 這類連續數字。',
  pinsDiffer: '兩次輸入的安全碼不一致。',
  setPin: '設定安全碼',
  changePin: '修改安全碼',
  switchOff: '關閉安全碼',
  confirmSwitchOff: '關閉安全碼？加入企業和提交時將不再需要輸入。',
  pinSaved: '安全碼已設定。',
  pinRemoved: '安全碼已關閉。',
  keysTitle: 'API 金鑰',
  keysIntro: '貴公司的系統（如 ERP 入口網站、程式）用金鑰為其用戶登入 Wharf。金鑰只能保存在伺服器上。',
  noKeys: '暫無 API 金鑰。',
  keyName: '新金鑰名稱',
  keyNameHint: '用途，例如「金蝶入口網站」。',
  createKey: '建立金鑰',
  secretTitle: '請立即複製金鑰',
  secretWarning: '金鑰只顯示這一次。請保存到您的伺服器；如遺失，請撤銷後重新建立。',
  copy: '複製',
  copied: '已複製。',
  done: '我已保存',
  created: '建立時間',
  lastUsed: '最近使用',
  never: '從未',
  revoke: '撤銷',
  revokeLabel: (name) => `撤銷 ${name}`,
  confirmRevoke: (name) => `撤銷「${name}」？使用它的系統將立即停止運作，其工作階段亦會結束。`,
  revoked: (name) => `「${name}」已撤銷。`,
  originsTitle: '允許的來源',
  originsIntro: '這些來源上的網頁可以為本企業顯示 Wharf（例如貴公司的 ERP 入口網站）。',
  noOrigins: '未允許其他來源。',
  origin: '來源',
  originHint: '只填協定、主機及連接埠，例如 https://erp.example.com',
  addOrigin: '加入來源',
  removeOrigin: (origin) => `移除 ${origin}`,
  originsSaved: '允許的來源已儲存。',
  resetTitle: '重設密碼驗證碼',
  resetIntro: '本企業成員重設密碼時，驗證碼發送到：',
  resetToMember: '成員本人的電郵',
  resetToBilling: (email) => `對賬電郵（${email}）`,
  resetSaved: '已儲存。',
  cancel: '取消',
  confirm: '確認',
};

const TEXT: Record<Locale, SecurityText> = { en, 'zh-CN': zhCN, 'zh-HK': zhHK };

export function securityText(locale: Locale): SecurityText {
  return TEXT[locale] ?? en;
}
