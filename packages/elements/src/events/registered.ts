import type { User } from '@wharf/domain';
import { eventWith } from './with-detail.ts';

/** A new account was created. */
export class WharfRegisteredEvent extends eventWith<{ user: User }>('wharf-registered') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-registered': WharfRegisteredEvent;
  }
}
