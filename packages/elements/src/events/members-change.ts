import { init } from './init.ts';

/** Membership changed: someone was approved, rejected, given a role, removed, or the user left. */
export class WharfMembersChangeEvent extends Event {
  static readonly type = 'wharf-members-change';
  readonly action: 'approved' | 'rejected' | 'role-changed' | 'removed' | 'left';
  readonly userId: string;
  constructor(detail: { action: WharfMembersChangeEvent['action']; userId: string }) {
    super(WharfMembersChangeEvent.type, init);
    this.action = detail.action;
    this.userId = detail.userId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-members-change': WharfMembersChangeEvent;
  }
}
