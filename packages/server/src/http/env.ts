import type { Locale } from '@wharf/domain';
import type { Services } from '../services.ts';
import type { OperatorRole } from '@wharf/domain/rules';
import type { SessionUser } from '../modules/auth/sessions.ts';
import type { ActingMembership } from '../modules/enterprises/membership.ts';

/** What every request carries through Hono's context. */
export interface AppEnv {
  Variables: {
    services: Services;
    locale: Locale;
    /** Who is calling, for throttles and captcha (the IP, or what the trusted proxy says). */
    clientKey: string;
    auth?: SessionUser;
    /** The enterprise the caller acts in and their role there (set by `requireMembership`). */
    membership?: ActingMembership;
    /** The operator calling (set by `requireOperator`). */
    operator?: { id: string; email: string; roles: OperatorRole[] };
  };
}
