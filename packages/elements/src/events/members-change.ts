import { eventWith } from './with-detail.ts';

/** Membership changed: someone was approved, rejected, given a role, removed, or the user left. */
export class WharfMembersChangeEvent extends eventWith<{
  action: 'approved' | 'rejected' | 'role-changed' | 'removed' | 'left';
  userId: string;
}>('wharf-members-change') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-members-change': WharfMembersChangeEvent;
  }
}
