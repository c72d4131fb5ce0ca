import { init } from './init.ts';

/** The user asked to reset their password (from the login form's link or lock message). */
export class WharfForgotPasswordEvent extends Event {
  static readonly type = 'wharf-forgot-password';
  readonly email: string;
  constructor(detail: { email: string }) {
    super(WharfForgotPasswordEvent.type, init);
    this.email = detail.email;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-forgot-password': WharfForgotPasswordEvent;
  }
}
