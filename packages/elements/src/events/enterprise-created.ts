import type { Enterprise } from '@wharf/domain';
import { init } from './init.ts';

/** A new enterprise was registered; the user is its admin. */
export class WharfEnterpriseCreatedEvent extends Event {
  static readonly type = 'wharf-enterprise-created';
  readonly enterprise: Enterprise;
  constructor(detail: { enterprise: Enterprise }) {
    super(WharfEnterpriseCreatedEvent.type, init);
    this.enterprise = detail.enterprise;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-enterprise-created': WharfEnterpriseCreatedEvent;
  }
}
