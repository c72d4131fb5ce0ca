import type { Enterprise } from '@wharf/domain';
import { eventWith } from './with-detail.ts';

/** A new enterprise was registered; the user is its admin. */
export class WharfEnterpriseCreatedEvent extends eventWith<{ enterprise: Enterprise }>('wharf-enterprise-created') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-enterprise-created': WharfEnterpriseCreatedEvent;
  }
}
