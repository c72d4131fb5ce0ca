import type { Membership } from '@wharf/domain';
import { eventWith } from './with-detail.ts';

/** The enterprise the elements act in changed (`switchEnterprise()`, or a new membership). */
export class WharfEnterpriseChangeEvent extends eventWith<{ enterprise: Membership | undefined }>('wharf-enterprise-change') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-enterprise-change': WharfEnterpriseChangeEvent;
  }
}
