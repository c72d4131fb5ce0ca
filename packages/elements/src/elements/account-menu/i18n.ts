import type { Locale } from '@wharf/domain';

/** The strings of `<wharf-account-menu>` only. */
export interface MenuText {
  menu: (who: string) => string;
  noEnterprise: string;
  roles: Record<'admin' | 'member' | 'pending', string>;
  switchTo: string;
  waiting: string;
  changePassword: string;
  signOut: string;
  currentPassword: string;
  newPassword: string;
  save: string;
  cancel: string;
  changed: string;
  currentRequired: string;
}

const en: MenuText = {
  menu: (who) => `Account: ${who}`,
  noEnterprise: 'No enterprise yet',
  roles: { admin: 'Admin', member: 'Member', pending: 'Waiting for approval' },
  switchTo: 'Enterprise',
  waiting: 'waiting for approval',
  changePassword: 'Change password',
  signOut: 'Sign out',
  currentPassword: 'Current password',
  newPassword: 'New password',
  save: 'Change password',
  cancel: 'Cancel',
  changed: 'Your password was changed. Your other sessions were signed out.',
  currentRequired: 'Enter your current password.',
};

const zhCN: MenuText = {
  menu: (who) => `账号：${who}`,
  noEnterprise: '尚未加入企业',
  roles: { admin: '管理员', member: '成员', pending: '等待审核' },
  switchTo: '企业',
  waiting: '等待审核',
  changePassword: '修改密码',
  signOut: '退出登录',
  currentPassword: '当前密码',
  newPassword: '新密码',
  save: '修改密码',
  cancel: '取消',
  changed: '密码已修改，其他设备上的登录已退出。',
  currentRequired: '请输入当前密码。',
};

const zhHK: MenuText = {
  menu: (who) => `帳戶：${who}`,
  noEnterprise: '尚未加入企業',
  roles: { admin: '管理員', member: '成員', pending: '等待審核' },
  switchTo: '企業',
  waiting: '等待審核',
  changePassword: '更改密碼',
  signOut: '登出',
  currentPassword: '目前密碼',
  newPassword: '新密碼',
  save: '更改密碼',
  cancel: '取消',
  changed: '密碼已更改，其他裝置上的登入已登出。',
  currentRequired: '請輸入目前密碼。',
};

const TEXT: Record<Locale, MenuText> = { en, 'zh-CN': zhCN, 'zh-HK': zhHK };

export function menuText(locale: Locale): MenuText {
  return TEXT[locale] ?? en;
}
