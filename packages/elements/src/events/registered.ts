import type { User } from '@wharf/domain';
import { init } from './init.ts';

/** A new account was created. */
export class WharfRegisteredEvent extends Event {
  static readonly type = 'wharf-registered';
  readonly user: User;
  constructor(detail: { user: User }) {
    super(WharfRegisteredEvent.type, init);
    this.user = detail.user;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-registered': WharfRegisteredEvent;
  }
}
