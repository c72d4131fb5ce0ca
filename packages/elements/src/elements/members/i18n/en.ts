import type { MemberRole } from '@wharf/domain/enterprises';

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
  roles: Record<MemberRole, string>;
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

export const en: MembersText = {
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
