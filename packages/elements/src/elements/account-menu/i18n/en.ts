import type { MemberRole } from '@wharf/domain/enterprises';

/** The strings of `<wharf-account-menu>` only. */
export interface MenuText {
  menu: (who: string) => string;
  noEnterprise: string;
  roles: Record<MemberRole, string>;
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

export const en: MenuText = {
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
