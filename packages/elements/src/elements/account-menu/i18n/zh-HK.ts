import type { MenuText } from './en.ts';

export const zhHK: MenuText = {
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
