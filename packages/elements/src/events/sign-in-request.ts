import { init } from './init.ts';

/** The user asked to go to sign-in (e.g. "Back to sign in" after a reset); `email` pre-fills the form. */
export class WharfSignInRequestEvent extends Event {
  static readonly type = 'wharf-sign-in-request';
  readonly email: string;
  constructor(detail: { email: string }) {
    super(WharfSignInRequestEvent.type, init);
    this.email = detail.email;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-sign-in-request': WharfSignInRequestEvent;
  }
}
