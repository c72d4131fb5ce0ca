import type { CodePurpose } from '@wharf/domain/auth';
import { init } from './init.ts';

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
    'wharf-code-sent': WharfCodeSentEvent;
  }
}
