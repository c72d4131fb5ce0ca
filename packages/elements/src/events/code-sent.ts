import type { CodePurpose } from '@wharf/domain/auth';
import { eventWith } from './with-detail.ts';

/** A verification code was emailed. */
export class WharfCodeSentEvent extends eventWith<{
  email: string;
  purpose: CodePurpose;
}>('wharf-code-sent') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-code-sent': WharfCodeSentEvent;
  }
}
