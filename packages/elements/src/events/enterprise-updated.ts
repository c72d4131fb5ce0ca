import type { Enterprise } from '@wharf/domain';
import { init } from './init.ts';

/** The enterprise's details were saved. */
export class WharfEnterpriseUpdatedEvent extends Event {
  static readonly type = 'wharf-enterprise-updated';
  readonly enterprise: Enterprise;
  constructor(detail: { enterprise: Enterprise }) {
    super(WharfEnterpriseUpdatedEvent.type, init);
    this.enterprise = detail.enterprise;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-enterprise-updated': WharfEnterpriseUpdatedEvent;
  }
}
