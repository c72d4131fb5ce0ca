import type { Enterprise } from '@wharf/domain';
import { eventWith } from './with-detail.ts';

/** The enterprise's details were saved. */
export class WharfEnterpriseUpdatedEvent extends eventWith<{ enterprise: Enterprise }>('wharf-enterprise-updated') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-enterprise-updated': WharfEnterpriseUpdatedEvent;
  }
}
