import type { Membership } from '@wharf/domain';
import { init } from './init.ts';

/** The enterprise the elements act in changed (`switchEnterprise()`, or a new membership). */
export class WharfEnterpriseChangeEvent extends Event {
  static readonly type = 'wharf-enterprise-change';
  readonly enterprise: Membership | undefined;
  constructor(detail: { enterprise: Membership | undefined }) {
    super(WharfEnterpriseChangeEvent.type, init);
    this.enterprise = detail.enterprise;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-enterprise-change': WharfEnterpriseChangeEvent;
  }
}
