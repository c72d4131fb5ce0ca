import { init } from './init.ts';

/** A password was reset; the user can sign in with it now. */
export class WharfPasswordResetEvent extends Event {
  static readonly type = 'wharf-password-reset';
  readonly email: string;
  constructor(detail: { email: string }) {
    super(WharfPasswordResetEvent.type, init);
    this.email = detail.email;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-password-reset': WharfPasswordResetEvent;
  }
}
