import type { Locale } from '@wharf/domain';
import type { Services } from '../services.ts';
import type { SessionUser } from '../modules/auth/sessions.ts';

/** What every request carries through Hono's context. */
export interface AppEnv {
  Variables: {
    services: Services;
    locale: Locale;
    /** Who is calling, for throttles and captcha (the IP, or what the trusted proxy says). */
    clientKey: string;
    auth?: SessionUser;
  };
}
