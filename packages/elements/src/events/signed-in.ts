import type { User } from '@wharf/domain';
import { eventWith } from './with-detail.ts';

/** A user signed in (login or registration); carries the session token for cross-origin hosts. */
export class WharfSignedInEvent extends eventWith<{
  user: User;
  token: string;
  expiresAt: string;
}>('wharf-signed-in') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-signed-in': WharfSignedInEvent;
  }
}
