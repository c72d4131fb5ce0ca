import type { CodePurpose } from '@wharf/domain/rules';
import type { Membership, User } from '@wharf/domain';
import type { Session } from './context.ts';

const init = { bubbles: true, composed: true } as const;

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

/** A new account was created. */
export class WharfRegisteredEvent extends Event {
  static readonly type = 'wharf-registered';
  readonly user: User;
  constructor(detail: { user: User }) {
    super(WharfRegisteredEvent.type, init);
    this.user = detail.user;
  }
}

/** The provider's session changed (signed in, signed out, or resolved at start). */
export class WharfSessionChangeEvent extends Event {
  static readonly type = 'wharf-session-change';
  readonly session: Session;
  constructor(detail: { session: Session }) {
    super(WharfSessionChangeEvent.type, init);
    this.session = detail.session;
  }
}

/** The enterprise the elements act in changed (`switchEnterprise()`, or a new membership). */
export class WharfEnterpriseChangeEvent extends Event {
  static readonly type = 'wharf-enterprise-change';
  readonly enterprise: Membership | undefined;
  constructor(detail: { enterprise: Membership | undefined }) {
    super(WharfEnterpriseChangeEvent.type, init);
    this.enterprise = detail.enterprise;
  }
}

/** The user asked to reset their password (from the login form's link or lock message). */
export class WharfForgotPasswordEvent extends Event {
  static readonly type = 'wharf-forgot-password';
  readonly email: string;
  constructor(detail: { email: string }) {
    super(WharfForgotPasswordEvent.type, init);
    this.email = detail.email;
  }
}

/** A password was reset; the user can sign in with it now. */
export class WharfPasswordResetEvent extends Event {
  static readonly type = 'wharf-password-reset';
  readonly email: string;
  constructor(detail: { email: string }) {
    super(WharfPasswordResetEvent.type, init);
    this.email = detail.email;
  }
}

/** The user asked to go to sign-in (e.g. "Back to sign in" after a reset); `email` pre-fills the form. */
export class WharfSignInRequestEvent extends Event {
  static readonly type = 'wharf-sign-in-request';
  readonly email: string;
  constructor(detail: { email: string }) {
    super(WharfSignInRequestEvent.type, init);
    this.email = detail.email;
  }
}

/** A verification code was emailed. */
export class WharfCodeSentEvent extends Event {
  static readonly type = 'wharf-code-sent';
  readonly email: string;
  readonly purpose: CodePurpose;
  constructor(detail: { email: string; purpose: CodePurpose }) {
    super(WharfCodeSentEvent.type, init);
    this.email = detail.email;
    this.purpose = detail.purpose;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-signed-in': WharfSignedInEvent;
    'wharf-registered': WharfRegisteredEvent;
    'wharf-session-change': WharfSessionChangeEvent;
    'wharf-forgot-password': WharfForgotPasswordEvent;
    'wharf-password-reset': WharfPasswordResetEvent;
    'wharf-code-sent': WharfCodeSentEvent;
    'wharf-sign-in-request': WharfSignInRequestEvent;
    'wharf-enterprise-change': WharfEnterpriseChangeEvent;
  }
}
