import type { Session } from '../internal/context.ts';
import { init } from './init.ts';

/** The provider's session changed (signed in, signed out, or resolved at start). */
export class WharfSessionChangeEvent extends Event {
  static readonly type = 'wharf-session-change';
  readonly session: Session;
  constructor(detail: { session: Session }) {
    super(WharfSessionChangeEvent.type, init);
    this.session = detail.session;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-session-change': WharfSessionChangeEvent;
  }
}
