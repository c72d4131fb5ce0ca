import { eventWith } from './with-detail.ts';

/** The user asked to reset their password (from the login form's link or lock message). */
export class WharfForgotPasswordEvent extends eventWith<{ email: string }>('wharf-forgot-password') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-forgot-password': WharfForgotPasswordEvent;
  }
}
