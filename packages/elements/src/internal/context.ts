import { createContext } from '@lit/context';
import type { Locale, User } from '@wharf/domain';
import type { WharfClient } from '@wharf/sdk';

/** Who is signed in, as the provider knows it. */
export type Session =
  | { status: 'unknown' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; user: User; token?: string; expiresAt?: string };

export const clientContext = createContext<WharfClient | undefined>(Symbol('wharf-client'));
export const sessionContext = createContext<Session>(Symbol('wharf-session'));
export const localeContext = createContext<Locale | undefined>(Symbol('wharf-locale'));
