import type { JoinResult } from '@wharf/domain';
import { eventWith } from './with-detail.ts';

/** The user joined an existing customer account: as its admin, or pending an admin's approval. */
export class WharfEnterpriseJoinedEvent extends eventWith<{
  enterpriseId: string;
  role: JoinResult['role'];
}>('wharf-enterprise-joined') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-enterprise-joined': WharfEnterpriseJoinedEvent;
  }
}
