import type { User } from '@wharf/domain';
import { init } from './init.ts';

/** A user signed in (login or registration); carries the session token for cross-origin hosts. */
export class WharfSignedInEvent extends Event {
  static readonly type = 'wharf-signed-in';
  readonly user: User;
  readonly token: string;
  readonly expiresAt: string;
  constructor(detail: { user: User; token: string; expiresAt: string }) {
    super(WharfSignedInEvent.type, init);
    this.user = detail.user;
    this.token = detail.token;
    this.expiresAt = detail.expiresAt;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-signed-in': WharfSignedInEvent;
  }
}
