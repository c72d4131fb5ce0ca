import type { MenuText } from './en.ts';

export const zhCN: MenuText = {
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
