import type { Session } from '../internal/context.ts';
import { eventWith } from './with-detail.ts';

/** The provider's session changed (signed in, signed out, or resolved at start). */
export class WharfSessionChangeEvent extends eventWith<{ session: Session }>('wharf-session-change') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-session-change': WharfSessionChangeEvent;
  }
}
