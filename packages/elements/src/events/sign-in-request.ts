import { eventWith } from './with-detail.ts';

/** The user asked to go to sign-in (e.g. "Back to sign in" after a reset); `email` pre-fills the form. */
export class WharfSignInRequestEvent extends eventWith<{ email: string }>('wharf-sign-in-request') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-sign-in-request': WharfSignInRequestEvent;
  }
}
