import type { Locale } from '@wharf/domain';

/** The strings of `<wharf-members>` only. */
export interface MembersText {
  title: string;
  loading: string;
  pendingTitle: (n: number) => string;
  noPending: string;
  membersTitle: (n: number) => string;
  email: string;
  name: string;
  role: string;
  since: string;
  requested: string;
  actions: string;
  roles: Record<'admin' | 'member' | 'pending', string>;
  you: string;
  approve: string;
  reject: string;
  remove: string;
  leave: string;
  approveLabel: (who: string) => string;
  rejectLabel: (who: string) => string;
  removeLabel: (who: string) => string;
  roleLabel: (who: string) => string;
  confirmReject: (who: string) => string;
  confirmRemove: (who: string) => string;
  confirmLeave: string;
  approved: (who: string) => string;
  rejected: (who: string) => string;
  removed: (who: string) => string;
  roleChanged: (who: string, role: string) => string;
  left: string;
  readOnly: string;
  fromHost: string;
  cancel: string;
}

const en: MembersText = {
  title: 'Members',
  loading: 'Loading members…',
  pendingTitle: (n) => `Waiting for approval (${n})`,
  noPending: 'Nobody is waiting for approval.',
  membersTitle: (n) => `Members (${n})`,
  email: 'Email',
  name: 'Name',
  role: 'Role',
  since: 'Member since',
  requested: 'Asked on',
  actions: 'Actions',
  roles: { admin: 'Admin', member: 'Member', pending: 'Pending' },
  you: '(you)',
  approve: 'Approve',
  reject: 'Reject',
  remove: 'Remove',
  leave: 'Leave enterprise',
  approveLabel: (who) => `Approve ${who}`,
  rejectLabel: (who) => `Reject ${who}`,
  removeLabel: (who) => `Remove ${who}`,
  roleLabel: (who) => `Role of ${who}`,
  confirmReject: (who) => `Reject ${who}’s request to join?`,
  confirmRemove: (who) => `Remove ${who} from the enterprise? They lose access at once.`,
  confirmLeave: 'Leave this enterprise? You will need to join again to come back.',
  approved: (who) => `${who} is now a member.`,
  rejected: (who) => `${who}’s request was rejected.`,
  removed: (who) => `${who} was removed.`,
  roleChanged: (who, role) => `${who} is now ${role}.`,
  left: 'You left the enterprise.',
  readOnly: 'Only admins can approve, change roles or remove members.',
  fromHost: 'from the host system',
  cancel: 'Cancel',
};

const zhCN: MembersText = {
  title: '成员',
  loading: '正在加载成员…',
  pendingTitle: (n) => `待审核（${n}）`,
  noPending: '暂无待审核的申请。',
  membersTitle: (n) => `成员（${n}）`,
  email: '邮箱',
  name: '姓名',
  role: '角色',
  since: '加入时间',
  requested: '申请时间',
  actions: '操作',
  roles: { admin: '管理员', member: '普通成员', pending: '待审核' },
  you: '（您）',
  approve: '通过',
  reject: '拒绝',
  remove: '移除',
  leave: '退出企业',
  approveLabel: (who) => `通过 ${who}`,
  rejectLabel: (who) => `拒绝 ${who}`,
  removeLabel: (who) => `移除 ${who}`,
  roleLabel: (who) => `${who} 的角色`,
  confirmReject: (who) => `拒绝 ${who} 的加入申请？`,
  confirmRemove: (who) => `将 ${who} 移出企业？对方将立即失去访问权限。`,
  confirmLeave: '退出此企业？之后需重新申请才能加入。',
  approved: (who) => `${who} 已成为成员。`,
  rejected: (who) => `已拒绝 ${who} 的申请。`,
  removed: (who) => `已移除 ${who}。`,
  roleChanged: (who, role) => `${who} 现在是${role}。`,
  left: '您已退出该企业。',
  readOnly: '只有管理员可以审核、修改角色或移除成员。',
  fromHost: '来自宿主系统',
  cancel: '取消',
};

const zhHK: MembersText = {
  title: '成員',
  loading: '正在載入成員…',
  pendingTitle: (n) => `待審核（${n}）`,
  noPending: '暫無待審核的申請。',
  membersTitle: (n) => `成員（${n}）`,
  email: '電郵',
  name: '姓名',
  role: '角色',
  since: '加入時間',
  requested: '申請時間',
  actions: '操作',
  roles: { admin: '管理員', member: '一般成員', pending: '待審核' },
  you: '（您）',
  approve: '批准',
  reject: '拒絕',
  remove: '移除',
  leave: '退出企業',
  approveLabel: (who) => `批准 ${who}`,
  rejectLabel: (who) => `拒絕 ${who}`,
  removeLabel: (who) => `移除 ${who}`,
  roleLabel: (who) => `${who} 的角色`,
  confirmReject: (who) => `拒絕 ${who} 的加入申請？`,
  confirmRemove: (who) => `將 ${who} 移出企業？對方將立即失去存取權限。`,
  confirmLeave: '退出此企業？之後需重新申請才能加入。',
  approved: (who) => `${who} 已成為成員。`,
  rejected: (who) => `已拒絕 ${who} 的申請。`,
  removed: (who) => `已移除 ${who}。`,
  roleChanged: (who, role) => `${who} 現在是${role}。`,
  left: '您已退出該企業。',
  readOnly: '只有管理員可以審核、修改角色或移除成員。',
  fromHost: '來自宿主系統',
  cancel: '取消',
};

const TEXT: Record<Locale, MembersText> = { en, 'zh-CN': zhCN, 'zh-HK': zhHK };

export function membersText(locale: Locale): MembersText {
  return TEXT[locale] ?? en;
}
