import type { JoinResult } from '@wharf/domain';
import { init } from './init.ts';

/** The user joined an existing customer account: as its admin, or pending an admin's approval. */
export class WharfEnterpriseJoinedEvent extends Event {
  static readonly type = 'wharf-enterprise-joined';
  readonly enterpriseId: string;
  readonly role: JoinResult['role'];
  constructor(detail: { enterpriseId: string; role: JoinResult['role'] }) {
    super(WharfEnterpriseJoinedEvent.type, init);
    this.enterpriseId = detail.enterpriseId;
    this.role = detail.role;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-enterprise-joined': WharfEnterpriseJoinedEvent;
  }
}
