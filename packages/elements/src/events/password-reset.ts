import { eventWith } from './with-detail.ts';

/** A password was reset; the user can sign in with it now. */
export class WharfPasswordResetEvent extends eventWith<{ email: string }>('wharf-password-reset') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-password-reset': WharfPasswordResetEvent;
  }
}
