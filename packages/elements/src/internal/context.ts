import { createContext } from '@lit/context';
import type { Locale, Membership, User } from '@wharf/domain';
import type { WharfClient } from '@wharf/sdk';

/** Who is signed in, as the provider knows it. */
export type Session =
  | { status: 'unknown' }
  | { status: 'signed-out' }
  | {
      status: 'signed-in';
      user: User;
      token?: string;
      expiresAt?: string;
      /** The user's enterprises and role in each (pending ones included). */
      memberships?: Membership[];
      /** The enterprise calls act in (the `Wharf-Enterprise` header), when there is one. */
      enterprise?: Membership;
    };

export const clientContext = createContext<WharfClient | undefined>(Symbol('wharf-client'));
export const sessionContext = createContext<Session>(Symbol('wharf-session'));
export const localeContext = createContext<Locale | undefined>(Symbol('wharf-locale'));
